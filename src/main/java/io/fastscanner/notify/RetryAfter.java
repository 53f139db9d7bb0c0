package io.fastscanner.notify;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The wait a {@code Retry-After} header asks for: seconds ({@code 5}, {@code 1.5}) or an HTTP date. */
final class RetryAfter {

    private RetryAfter() {}

    static Optional<Duration> parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.trim();
        Optional<Duration> seconds = seconds(value);
        if (seconds.isPresent()) {
            return seconds;
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A number of seconds, whole or not, as a non-negative duration; empty for anything else. */
    static Optional<Duration> seconds(String value) {
        if (value == null || !value.matches("[0-9]{1,9}(\\.[0-9]{1,6})?")) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(Math.round(Double.parseDouble(value) * 1_000_000_000d)));
    }

    /** A JSON number of seconds (Telegram's and Discord's {@code retry_after}) as a duration; empty if absent. */
    static Optional<Duration> seconds(JsonNode node) {
        if (node == null || !node.isNumber() || node.asDouble() < 0 || node.asDouble() > 1e9) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(Math.round(node.asDouble() * 1_000_000_000d)));
    }
}
