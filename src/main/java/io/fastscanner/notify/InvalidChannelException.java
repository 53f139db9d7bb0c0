package io.fastscanner.notify;

/**
 * A channel that cannot be created as given: a missing or malformed field, or a refused target. The message names
 * the field and what is wrong, never a secret, so it can be answered as a 400.
 */
public class InvalidChannelException extends IllegalArgumentException {

    private final String field;

    public InvalidChannelException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field at fault, e.g. {@code url}, {@code template}. */
    public String field() {
        return field;
    }
}
