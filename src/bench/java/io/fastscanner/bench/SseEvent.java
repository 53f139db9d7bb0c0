package io.fastscanner.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * The event a {@link SseClients.Parser} is reading, reused for the next one: its id and name, when its data line
 * arrived, and the start of that line, from which {@code scanId} and {@code timestamp} are read on demand.
 */
final class SseEvent {

    private static final byte[] SCAN_ID = SseLine.ascii("\"scanId\":\"");
    private static final byte[] TIMESTAMP = SseLine.ascii("\"timestamp\":");

    private final byte[] data = new byte[SseLine.KEEP];
    private int dataLength = -1;
    private long id = -1;
    private String name;
    private long receivedMicros;
    /** The last scanId this connection read, kept so that the next event of the scan allocates no string. */
    private byte[] lastScanIdBytes = new byte[0];

    private String lastScanId;

    long id() {
        return id;
    }

    String name() {
        return name;
    }

    /** When the buffer holding the data line was handed to the client (epoch microseconds). */
    long receivedMicros() {
        return receivedMicros;
    }

    void id(long id) {
        this.id = id;
    }

    void name(String name) {
        this.name = name;
    }

    boolean hasData() {
        return dataLength >= 0;
    }

    void data(SseLine line, long receivedMicros) {
        this.dataLength = line.copyData(data);
        this.receivedMicros = receivedMicros;
    }

    boolean complete() {
        return name != null && hasData();
    }

    void reset() {
        id = -1;
        name = null;
        dataLength = -1;
    }

    /** The first bytes of the data as text (a JSON document may be cut short). */
    String dataStart() {
        return hasData() ? new String(data, 0, dataLength, StandardCharsets.UTF_8) : null;
    }

    /** {@code scanId} of the JSON data, or null. */
    String scanId() {
        int at = SseLine.indexOf(data, Math.max(0, dataLength), SCAN_ID);
        if (at < 0) {
            return null;
        }
        int from = at + SCAN_ID.length;
        int to = from;
        while (to < dataLength && data[to] != '"') {
            to++;
        }
        if (to == dataLength) {
            return null;
        }
        if (to - from != lastScanIdBytes.length || !SseLine.startsWith(data, to, from, lastScanIdBytes)) {
            lastScanIdBytes = Arrays.copyOfRange(data, from, to);
            lastScanId = new String(lastScanIdBytes, StandardCharsets.UTF_8);
        }
        return lastScanId;
    }

    /** {@code timestamp} of the JSON data in epoch microseconds (ISO-8601 text or epoch seconds), or -1. */
    long timestampMicros() {
        int at = SseLine.indexOf(data, Math.max(0, dataLength), TIMESTAMP);
        if (at < 0) {
            return -1;
        }
        int from = at + TIMESTAMP.length;
        if (from < dataLength && data[from] == '"') {
            int to = from + 1;
            while (to < dataLength && data[to] != '"') {
                to++;
            }
            return to == dataLength ? -1 : isoMicros(data, from + 1, to);
        }
        int to = from;
        while (to < dataLength && (Character.isDigit(data[to]) || data[to] == '.')) {
            to++;
        }
        try {
            return Math.round(Double.parseDouble(new String(data, from, to - from, StandardCharsets.US_ASCII)) * 1e6);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} without building a string; other forms through {@link Instant}. */
    static long isoMicros(byte[] b, int from, int to) {
        int n = to - from;
        if (n >= 20
                && b[from + 4] == '-'
                && b[from + 7] == '-'
                && b[from + 10] == 'T'
                && b[from + 13] == ':'
                && b[from + 16] == ':'
                && b[to - 1] == 'Z'
                && (n == 20 || b[from + 19] == '.')) {
            long day = LocalDate.of(digits(b, from, 4), digits(b, from + 5, 2), digits(b, from + 8, 2))
                    .toEpochDay();
            long seconds = day * 86_400
                    + digits(b, from + 11, 2) * 3600L
                    + digits(b, from + 14, 2) * 60L
                    + digits(b, from + 17, 2);
            long micros = 0;
            int scale = 100_000;
            for (int i = from + 20; i < to - 1 && scale > 0; i++, scale /= 10) {
                micros += (b[i] - '0') * (long) scale;
            }
            return seconds * 1_000_000L + micros;
        }
        try {
            Instant t = Instant.parse(new String(b, from, n, StandardCharsets.US_ASCII));
            return t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
        } catch (DateTimeParseException e) {
            return -1;
        }
    }

    private static int digits(byte[] b, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (b[i] - '0');
        }
        return value;
    }
}
