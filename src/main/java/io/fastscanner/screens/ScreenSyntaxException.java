package io.fastscanner.screens;

/**
 * A screen that cannot be parsed. The message is written for the person who typed the screen and names the
 * 0-based character {@link #position()} of the problem, what was {@link #found()} there and what was
 * {@link #expected()}.
 */
public class ScreenSyntaxException extends IllegalArgumentException {

    private final int position;
    private final String found;
    private final String expected;

    ScreenSyntaxException(String message, int position, String found, String expected) {
        super(message);
        this.position = position;
        this.found = found;
        this.expected = expected;
    }

    /** {@code [context: ]expected <expected> at position <position>, found <found>}. */
    static ScreenSyntaxException expected(String context, String expected, Token found) {
        return build(context, expected, found.position(), found.raw(), found.describe());
    }

    /** The same for characters that are not a token, e.g. an unexpected {@code #} or an unclosed text. */
    static ScreenSyntaxException expected(String context, String expected, int position, String found) {
        String shown = found.isEmpty() ? "the end of the screen" : "\"" + found + "\"";
        return build(context, expected, position, found, shown);
    }

    private static ScreenSyntaxException build(
            String context, String expected, int position, String found, String shown) {
        String prefix = context == null ? "" : context + ": ";
        return new ScreenSyntaxException(
                prefix + "expected " + expected + " at position " + position + ", found " + shown,
                position,
                found,
                expected);
    }

    /** The 0-based character offset in the screen's text where the problem is. */
    public int position() {
        return position;
    }

    /** The text found at {@link #position()}; empty at the end of the screen. */
    public String found() {
        return found;
    }

    /** What would have been valid at {@link #position()}. */
    public String expected() {
        return expected;
    }
}
