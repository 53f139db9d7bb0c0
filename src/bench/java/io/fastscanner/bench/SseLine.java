package io.fastscanner.bench;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/** The start of one line of an event stream, as bytes: at most {@value #KEEP} of them are kept. */
final class SseLine {

    static final int KEEP = 512;
    static final byte[] ID = ascii("id:");
    static final byte[] EVENT = ascii("event:");
    static final byte[] DATA = ascii("data:");
    /** The names the service sends, so that receiving one allocates nothing. */
    private static final String[] NAMES = {
        "connected",
        "scanStarted",
        "quickScanComplete",
        "symbolAnalyzed",
        "analysisProgress",
        "deepAnalysisComplete",
        "scanFailed",
        "alert",
        "resync",
        "error",
        "signalUpdated"
    };

    private static final byte[][] NAME_BYTES = new byte[NAMES.length][];

    static {
        for (int i = 0; i < NAMES.length; i++) {
            NAME_BYTES[i] = ascii(NAMES[i]);
        }
    }

    private final byte[] bytes = new byte[KEEP];
    private int length;

    void append(ByteBuf from, int start, int end) {
        int n = Math.min(KEEP - length, end - start);
        if (n > 0) {
            from.getBytes(start, bytes, length, n);
            length += n;
        }
    }

    void clear() {
        length = 0;
    }

    /** Empty, or only the {@code \r} of a CRLF line end. */
    boolean isEmpty() {
        return end() == 0;
    }

    boolean startsWith(byte[] prefix) {
        return startsWith(bytes, end(), 0, prefix);
    }

    /**
     * The event id {@code <millis>-<sequence>} after {@code offset}, as one long that orders and tells ids apart:
     * {@code millis x 1,000,000 + sequence} (a service issues far fewer than a million events a millisecond); -1 when
     * there is none.
     */
    long eventIdAfter(int offset) {
        long millis = 0;
        long sequence = 0;
        boolean digits = false;
        boolean inSequence = false;
        for (int i = offset; i < end(); i++) {
            byte b = bytes[i];
            if (b >= '0' && b <= '9') {
                if (inSequence) {
                    sequence = sequence * 10 + (b - '0');
                } else {
                    millis = millis * 10 + (b - '0');
                }
                digits = true;
            } else if (b == '-' && digits && !inSequence) {
                inSequence = true;
            } else if (b != ' ' || digits) {
                break;
            }
        }
        return digits ? millis * 1_000_000 + sequence : -1;
    }

    /** The name of an {@code event:} line. */
    String eventName() {
        int from = EVENT.length;
        while (from < end() && bytes[from] == ' ') {
            from++;
        }
        int n = end() - from;
        for (int i = 0; i < NAMES.length; i++) {
            if (NAME_BYTES[i].length == n && startsWith(bytes, end(), from, NAME_BYTES[i])) {
                return NAMES[i];
            }
        }
        return new String(bytes, from, n, StandardCharsets.UTF_8);
    }

    /** Copies the text after {@code data:} (one leading space skipped) into {@code target}; returns its length. */
    int copyData(byte[] target) {
        int from = DATA.length;
        if (from < end() && bytes[from] == ' ') {
            from++;
        }
        int n = end() - from;
        System.arraycopy(bytes, from, target, 0, n);
        return n;
    }

    private int end() {
        return length > 0 && bytes[length - 1] == '\r' ? length - 1 : length;
    }

    static boolean startsWith(byte[] bytes, int end, int at, byte[] prefix) {
        if (end - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code key} starts in {@code bytes[0, end)}, or -1. */
    static int indexOf(byte[] bytes, int end, byte[] key) {
        for (int at = 0; at + key.length <= end; at++) {
            if (startsWith(bytes, end, at, key)) {
                return at;
            }
        }
        return -1;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
