package io.fastscanner.screens;

import io.fastscanner.screens.Token.Kind;
import java.util.Locale;

/**
 * Splits a screen into tokens, one at a time as the parser asks, so that errors come in the order of the text.
 * Keywords ({@code and or not in true false}) are case-insensitive; {@code && || !} are {@code and or not}, and a
 * single {@code =} is {@code ==}. Numbers may carry a leading minus and an exponent; text values are in double or
 * single quotes, with {@code \"}, {@code \'} and {@code \\} as the only escapes.
 */
final class ScreenLexer {

    private static final String ANY_TOKEN = "a field name, a value, an operator or a parenthesis";
    private static final int SHOWN = 40;

    private final String text;
    private int pos;

    ScreenLexer(String text) {
        this.text = text;
    }

    Token next() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        if (pos >= text.length()) {
            return new Token(Kind.END, "", text.length(), null);
        }
        char c = text.charAt(pos);
        switch (c) {
            case '(':
                return symbol(Kind.LEFT_PAREN, 1, null);
            case ')':
                return symbol(Kind.RIGHT_PAREN, 1, null);
            case ',':
                return symbol(Kind.COMMA, 1, null);
            case '=':
                return symbol(Kind.OPERATOR, at(1) == '=' ? 2 : 1, ComparisonOperator.EQUAL);
            case '!':
                return at(1) == '='
                        ? symbol(Kind.OPERATOR, 2, ComparisonOperator.NOT_EQUAL)
                        : symbol(Kind.NOT, 1, null);
            case '<':
                return at(1) == '='
                        ? symbol(Kind.OPERATOR, 2, ComparisonOperator.LESS_OR_EQUAL)
                        : symbol(Kind.OPERATOR, 1, ComparisonOperator.LESS);
            case '>':
                return at(1) == '='
                        ? symbol(Kind.OPERATOR, 2, ComparisonOperator.GREATER_OR_EQUAL)
                        : symbol(Kind.OPERATOR, 1, ComparisonOperator.GREATER);
            case '&':
                return doubled('&', Kind.AND);
            case '|':
                return doubled('|', Kind.OR);
            case '"':
            case '\'':
                return text(c);
            default:
                break;
        }
        if (isDigit(c) || (c == '.' && isDigit(at(1))) || (c == '-' && (isDigit(at(1)) || at(1) == '.'))) {
            return number();
        }
        if (isWordStart(c)) {
            return word();
        }
        throw ScreenSyntaxException.expected(
                null, ANY_TOKEN, pos, new String(Character.toChars(text.codePointAt(pos))));
    }

    private Token symbol(Kind kind, int length, Object value) {
        int start = pos;
        pos += length;
        return new Token(kind, text.substring(start, pos), start, value);
    }

    private Token doubled(char c, Kind kind) {
        if (at(1) != c) {
            throw ScreenSyntaxException.expected(null, "\"" + c + c + "\"", pos, String.valueOf(c));
        }
        return symbol(kind, 2, null);
    }

    private Token text(char quote) {
        int start = pos;
        StringBuilder value = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw ScreenSyntaxException.expected(
                        "the text starting at position " + start + " is not closed", "a closing " + quote, pos, "");
            }
            char c = text.charAt(pos);
            if (c == quote) {
                pos++;
                return new Token(Kind.TEXT, text.substring(start, pos), start, value.toString());
            }
            if (c == '\\') {
                char escaped = at(1);
                if (escaped != '"' && escaped != '\'' && escaped != '\\') {
                    String found = pos + 1 < text.length() ? text.substring(pos, pos + 2) : "\\";
                    throw ScreenSyntaxException.expected(null, "\\\", \\' or \\\\ after a backslash", pos, found);
                }
                value.append(escaped);
                pos += 2;
            } else {
                value.append(c);
                pos++;
            }
        }
    }

    private Token number() {
        int start = pos;
        if (at(0) == '-') {
            pos++;
        }
        int digits = skipDigits();
        if (at(0) == '.') {
            pos++;
            digits += skipDigits();
        }
        boolean malformed = digits == 0;
        if (at(0) == 'e' || at(0) == 'E') {
            pos++;
            if (at(0) == '+' || at(0) == '-') {
                pos++;
            }
            malformed |= skipDigits() == 0;
        }
        if (malformed || isWordPart(at(0)) || at(0) == '.') {
            while (isWordPart(at(0)) || at(0) == '.') {
                pos++;
            }
            throw ScreenSyntaxException.expected(null, "a number such as 30, -2.5 or 10e6", start, shown(start));
        }
        String raw = text.substring(start, pos);
        double value = Double.parseDouble(raw);
        if (Double.isInfinite(value)) {
            throw ScreenSyntaxException.expected(null, "a number of at most 1.7e308", start, raw);
        }
        // -0 and 0 are the same number, and must have one canonical spelling
        return new Token(Kind.NUMBER, raw, start, value == 0 ? 0.0 : value);
    }

    private Token word() {
        int start = pos;
        while (isWordPart(at(0))) {
            pos++;
        }
        String raw = text.substring(start, pos);
        switch (raw.toLowerCase(Locale.ROOT)) {
            case "and":
                return new Token(Kind.AND, raw, start, null);
            case "or":
                return new Token(Kind.OR, raw, start, null);
            case "not":
                return new Token(Kind.NOT, raw, start, null);
            case "in":
                return new Token(Kind.IN, raw, start, null);
            case "true":
                return new Token(Kind.BOOLEAN, raw, start, Boolean.TRUE);
            case "false":
                return new Token(Kind.BOOLEAN, raw, start, Boolean.FALSE);
            default:
                return new Token(Kind.FIELD_NAME, raw, start, null);
        }
    }

    private String shown(int start) {
        String raw = text.substring(start, pos);
        return raw.length() > SHOWN ? raw.substring(0, SHOWN) + "..." : raw;
    }

    private int skipDigits() {
        int start = pos;
        while (isDigit(at(0))) {
            pos++;
        }
        return pos - start;
    }

    /** The character {@code offset} after the current one, or 0 past the end. */
    private char at(int offset) {
        int i = pos + offset;
        return i < text.length() ? text.charAt(i) : 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isWordPart(char c) {
        return isWordStart(c) || isDigit(c);
    }
}
