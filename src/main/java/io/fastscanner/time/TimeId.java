package io.fastscanner.time;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An id that sorts by the time it was issued: {@code <epochMillis>-<sequence>}, the form of a Redis Stream id. A
 * service that restarts later issues greater ids, so an id from before a restart is recognised as such and never
 * mistaken for a newer one.
 */
@Schema(
        type = SchemaType.STRING,
        description = "<epochMillis>-<sequence>, increasing",
        example = "1776729600000-0",
        pattern = "^[0-9]{1,19}-[0-9]{1,19}$")
public record TimeId(long millis, long sequence) implements Comparable<TimeId> {

    /** Before every id: as a {@code Last-Event-ID}, "I have seen nothing yet". */
    public static final TimeId ZERO = new TimeId(0, 0);

    private static final Pattern FORM = Pattern.compile("([0-9]{1,18})(?:-([0-9]{1,18}))?");

    public TimeId {
        if (millis < 0 || sequence < 0) {
            throw new IllegalArgumentException("negative id part: " + millis + "-" + sequence);
        }
    }

    /** Reads {@code 1776729600000-3}, or a bare {@code 1776729600000} (sequence 0), as Redis does. */
    public static Optional<TimeId> parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.trim());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new TimeId(Long.parseLong(m.group(1)), m.group(2) == null ? 0 : Long.parseLong(m.group(2))));
    }

    @JsonCreator
    public static TimeId fromJson(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not an id: " + text));
    }

    @Override
    public int compareTo(TimeId other) {
        int byTime = Long.compare(millis, other.millis);
        return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }

    public boolean isAfter(TimeId other) {
        return compareTo(other) > 0;
    }

    public boolean isBefore(TimeId other) {
        return compareTo(other) < 0;
    }

    @JsonValue
    @Override
    public String toString() {
        return millis + "-" + sequence;
    }
}
