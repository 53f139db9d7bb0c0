package io.fastscanner.events;

import io.fastscanner.errors.ApiException;
import io.fastscanner.time.TimeId;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.vertx.core.http.HttpServerRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a client asked of the stream: where to resume ({@code Last-Event-ID}, or the {@code lastEventId} query
 * parameter for clients that cannot set headers) and which events it wants.
 *
 * @param lastEventId the last id the client saw, or null for a fresh connection
 */
record StreamRequest(TimeId lastEventId, EventFilter filter) {

    /** Reads and validates a request, with the statuses and codes the stream has always answered with. */
    static StreamRequest of(HttpServerRequest request) {
        if (!acceptsEventStream(request.getHeader("Accept"))) {
            throw new ApiException(ApiException.NOT_ACCEPTABLE, "NOT_ACCEPTABLE", "Not Acceptable");
        }
        Map<String, List<String>> query;
        try {
            // ';' is an ordinary character, as it was for Quarkus REST: "symbols=A;B" is one (malformed) symbol.
            query = new QueryStringDecoder(request.uri(), StandardCharsets.UTF_8, true, 1024, true).parameters();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("BAD_REQUEST", "The query string is not valid URL encoding");
        }
        return parse(
                request.getHeader("Last-Event-ID"),
                first(query, "lastEventId"),
                first(query, "scanId"),
                first(query, "symbols"),
                screenId(first(query, "screenId"), first(query, "screen")));
    }

    /** Validates the raw values (each may be null). */
    static StreamRequest parse(
            String lastEventIdHeader, String lastEventIdQuery, String scanId, String symbols, String screenId) {
        TimeId lastEventId = lastEventId(lastEventIdHeader != null ? lastEventIdHeader : lastEventIdQuery);
        EventFilter filter = EventFilter.parse(scanId, symbols, screenId)
                .orElseThrow(() -> ApiException.badRequest(
                        "INVALID_SYMBOL",
                        "symbols must be a comma-separated list of at most " + EventFilter.MAX_SYMBOLS
                                + " symbols such as BTC/USDT,ETH/USDT"));
        return new StreamRequest(lastEventId, filter);
    }

    /** The saved screen's id: {@code ?screenId=}, or {@code ?screen=} as its other name on the stream. */
    private static String screenId(String screenId, String screen) {
        if (screenId != null && screen != null && !screenId.equals(screen)) {
            throw ApiException.badRequest("INVALID_SCREEN", "Name the saved screen once: screenId or screen");
        }
        return screenId != null ? screenId : screen;
    }

    /** No Accept header, or one that names the stream's type or a wildcard covering it. */
    static boolean acceptsEventStream(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String range : accept.split(",")) {
            int parameters = range.indexOf(';');
            String type = (parameters < 0 ? range : range.substring(0, parameters))
                    .trim()
                    .toLowerCase(Locale.ROOT);
            if (type.equals("text/event-stream") || type.equals("text/*") || type.equals("*/*") || type.equals("*")) {
                return true;
            }
        }
        return false;
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static TimeId lastEventId(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return TimeId.parse(raw)
                .orElseThrow(() -> ApiException.badRequest(
                        "INVALID_LAST_EVENT_ID", "Last-Event-ID must be an event id such as 1776729600000-0"));
    }
}
