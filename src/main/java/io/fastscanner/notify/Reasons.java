package io.fastscanner.notify;

import java.util.List;

/** Reasons as deliveries carry them: one short line, with every secret of the target replaced by {@code ***}. */
final class Reasons {

    static final String QUEUE_FULL = "queue_full";
    static final String CHANNEL_PAUSED = "channel_paused";
    static final String CHANNEL_REMOVED = "channel_removed";
    static final String UNKNOWN_CHANNEL = "unknown_channel";
    static final String TIMEOUT = "timeout";

    private static final int MAX_DETAIL = 200;

    private Reasons() {}

    /** {@code code}, followed by {@code detail} when there is one: {@code http_400: Bad Request: chat not found}. */
    static String of(String code, String detail) {
        String line = oneLine(detail);
        return line.isEmpty() ? code : code + ": " + line;
    }

    /** {@code text} on one line, without control characters, at most {@value #MAX_DETAIL} characters. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("[\\p{Cntrl}\\s]+", " ").trim();
        return MessageTemplate.truncate(line, MAX_DETAIL);
    }

    /** {@code text} with each of {@code secrets} replaced by {@code ***}. */
    static String scrub(String text, List<String> secrets) {
        if (text == null) {
            return null;
        }
        String clean = text;
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                clean = clean.replace(secret, "***");
            }
        }
        return clean;
    }
}
