package io.fastscanner.marketdata.exchanges;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the numbers exchanges send, as JSON numbers or as strings (every exchange sends prices as strings, some send
 * times and counts as either). A value that is missing or not a number throws {@link MalformedAnswerException}, which
 * fails the call with reason {@code malformed_response}.
 */
public final class JsonValues {

    private JsonValues() {}

    /** A decimal number such as {@code "43250.1"} or {@code 43250.1}. */
    public static double decimal(JsonNode node, String what) {
        if (node != null && node.isNumber()) {
            return node.doubleValue();
        }
        if (node != null && node.isTextual()) {
            return decimalText(node.textValue(), what);
        }
        throw new MalformedAnswerException(what + " is missing or not a number: " + node);
    }

    /** A decimal number sent as text, such as {@code "43250.1"}. */
    public static double decimalText(String text, String what) {
        if (text != null && isDecimal(text)) {
            try {
                // the double nearest the decimal, as BigDecimal's would be, several times faster over many rows
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                // falls through to the refusal below
            }
        }
        throw new MalformedAnswerException(what + " is not a number: \"" + text + "\"");
    }

    /** Digits with an optional sign, point and exponent: what {@link Double#parseDouble} would also take as more. */
    private static boolean isDecimal(String text) {
        int n = text.length();
        boolean digits = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                return false;
            }
        }
        return digits;
    }

    /** A whole number such as {@code "1706803200000"} or {@code 1706803200}. */
    public static long integer(JsonNode node, String what) {
        if (node != null && node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node != null && node.isTextual()) {
            return integerText(node.textValue(), what);
        }
        throw new MalformedAnswerException(what + " is missing or not a whole number: " + node);
    }

    /** A whole number sent as text, such as {@code "1706803200000"}. */
    public static long integerText(String text, String what) {
        if (text != null) {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                // falls through to the refusal below
            }
        }
        throw new MalformedAnswerException(what + " is not a whole number: \"" + text + "\"");
    }

    /** Epoch seconds (as number or string) in milliseconds. */
    public static long secondsAsMillis(JsonNode node, String what) {
        return Math.multiplyExact(integer(node, what), 1000L);
    }

    /** Whether {@code row} lacks {@code field}, has it null, or as blank text (a pair without trades yet). */
    public static boolean blank(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null
                || value.isNull()
                || value.isTextual() && value.textValue().isBlank();
    }

    /** A text field; {@code ""} when absent. */
    public static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? "" : node.asText("");
    }

    /** The array at {@code node}, or a malformed answer naming {@code what}. */
    public static JsonNode array(JsonNode node, String what) {
        if (node == null || !node.isArray()) {
            throw new MalformedAnswerException(what + " is not a JSON array");
        }
        return node;
    }
}
