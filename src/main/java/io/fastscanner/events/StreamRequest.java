package io.fastscanner.events;

import io.fastscanner.api.ApiException;

/**
 * What a client asked of the stream: where to resume ({@code Last-Event-ID}, or the {@code lastEventId} query
 * parameter for clients that cannot set headers) and which events it wants.
 *
 * @param lastEventId the last id the client saw, or null for a fresh connection
 */
record StreamRequest(Long lastEventId, EventFilter filter) {

    /** Validates the raw values (each may be null); a malformed one is a 400 with the same code as ever. */
    static StreamRequest parse(String lastEventIdHeader, String lastEventIdQuery, String scanId, String symbols) {
        Long lastEventId = lastEventId(lastEventIdHeader != null ? lastEventIdHeader : lastEventIdQuery);
        EventFilter filter = EventFilter.parse(scanId, symbols).orElseThrow(() -> ApiException.badRequest(
                "INVALID_SYMBOL", "symbols must be a comma-separated list of at most " + EventFilter.MAX_SYMBOLS
                        + " symbols such as BTC/USDT,ETH/USDT"));
        return new StreamRequest(lastEventId, filter);
    }

    private static Long lastEventId(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(raw.trim());
            if (id < 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("INVALID_LAST_EVENT_ID", "Last-Event-ID must be a non-negative integer");
        }
    }
}
