package io.fastscanner.screens;

/**
 * The errors of a screen beyond {@link Screen#MAX_LENGTH}, {@link Screen#MAX_DEPTH} or
 * {@link Screen#MAX_COMPARISONS}. The limits bound the work of parsing and evaluating text from outside; the depth
 * limit also bounds the parser's recursion, so no input can exhaust the stack.
 */
final class ScreenLimits {

    private ScreenLimits() {}

    static void checkLength(String text) {
        if (text.length() > Screen.MAX_LENGTH) {
            int end = Math.min(text.length(), Screen.MAX_LENGTH + 20);
            throw new ScreenSyntaxException(
                    "the screen is too long: " + text.length() + " characters, at most " + Screen.MAX_LENGTH
                            + " (position " + Screen.MAX_LENGTH + " is past the limit)",
                    Screen.MAX_LENGTH,
                    text.substring(Screen.MAX_LENGTH, end),
                    "at most " + Screen.MAX_LENGTH + " characters");
        }
    }

    /**
     * Shorthand such as {@code a<3&&b} grows when written out; refusing a canonical text over the limit keeps every
     * screen's canonical text parseable again.
     */
    static void checkCanonicalLength(CharSequence canonical) {
        if (canonical.length() > Screen.MAX_LENGTH) {
            throw new ScreenSyntaxException(
                    "the screen is too long once written out in full (" + canonical.length() + " characters, at most "
                            + Screen.MAX_LENGTH + ")",
                    0,
                    "",
                    "at most " + Screen.MAX_LENGTH + " characters");
        }
    }

    static ScreenSyntaxException tooDeep(Token at) {
        return new ScreenSyntaxException(
                "the screen is nested too deeply at position " + at.position() + ": at most " + Screen.MAX_DEPTH
                        + " levels of parentheses and \"not\"",
                at.position(),
                at.raw(),
                "at most " + Screen.MAX_DEPTH + " nested levels");
    }

    static ScreenSyntaxException tooManyComparisons(Token at) {
        return new ScreenSyntaxException(
                "the screen has too many comparisons at position " + at.position() + ": at most "
                        + Screen.MAX_COMPARISONS,
                at.position(),
                at.raw(),
                "at most " + Screen.MAX_COMPARISONS + " comparisons");
    }
}
