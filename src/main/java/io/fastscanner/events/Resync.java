package io.fastscanner.events;

/** Why a reconnecting client cannot be given the events it missed, as the {@code reason} of a {@code resync} event. */
enum Resync {
    /** The client's id is from before this process started: the events of the earlier one are gone. */
    RESTARTED("restarted", "the service restarted since this id was sent: the events before the restart are gone"),
    /** The client's id is older than the oldest event the replay buffer still holds. */
    OLDER_THAN_BUFFER("older_than_buffer", "the missed events are no longer in the replay buffer"),
    /** The client's id is from this process's lifetime, but no event with that id was sent. */
    UNKNOWN_ID("unknown_id", "no event with this id was sent");

    private final String code;
    private final String message;

    Resync(String code, String message) {
        this.code = code;
        this.message = message;
    }

    String code() {
        return code;
    }

    String message() {
        return message;
    }
}
