package io.fastscanner.screens;

/**
 * One token of a screen.
 *
 * @param raw      the characters as typed
 * @param position the 0-based offset of its first character
 * @param value    a {@code Double}, {@code String} or {@code Boolean} for literals, the {@link ComparisonOperator} of
 *                 an operator, null otherwise
 */
record Token(Kind kind, String raw, int position, Object value) {

    enum Kind {
        FIELD_NAME,
        NUMBER,
        TEXT,
        BOOLEAN,
        AND,
        OR,
        NOT,
        IN,
        LEFT_PAREN,
        RIGHT_PAREN,
        COMMA,
        OPERATOR,
        END
    }

    private static final int SHOWN = 40;

    boolean is(Kind k) {
        return kind == k;
    }

    boolean isLiteral() {
        return kind == Kind.NUMBER || kind == Kind.TEXT || kind == Kind.BOOLEAN;
    }

    /** The token as an error message shows it: quoted (text values keep their own quotes), shortened if long. */
    String describe() {
        if (kind == Kind.END) {
            return "the end of the screen";
        }
        String shown = raw.length() > SHOWN ? raw.substring(0, SHOWN) + "..." : raw;
        return kind == Kind.TEXT ? shown : "\"" + shown + "\"";
    }
}
