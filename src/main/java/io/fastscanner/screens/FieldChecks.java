package io.fastscanner.screens;

import java.util.Optional;

/**
 * Checks what a screen says about a field against the catalogue: that the field exists, that the value or the
 * other field has its type, that an enumerated text field is compared with one of its values, and that text and
 * true/false fields are only compared with == and !=. Errors name the field's type and what it accepts.
 */
final class FieldChecks {

    private FieldChecks() {}

    static ScreenField field(Token name) {
        ScreenField field = ScreenFields.field(name.raw());
        if (field == null) {
            throw unknownField(name);
        }
        return field;
    }

    /** The field on the right of {@code left op right}, of the same type as {@code left}. */
    static ScreenField otherField(ScreenField left, Token name) {
        ScreenField right = ScreenFields.field(name.raw());
        boolean fieldInOtherCase = Suggestions.closest(name.raw(), ScreenFields.names())
                .filter(s -> s.equalsIgnoreCase(name.raw()))
                .isPresent();
        if (right == null && left.type() == FieldType.TEXT && !fieldInOtherCase) {
            // Most likely a value without its quotes: signal == BUY
            throw ScreenSyntaxException.expected(
                    context(left), "a text value in quotes such as \"" + name.raw() + "\"", name);
        }
        if (right == null) {
            throw unknownField(name);
        }
        if (right.type() != left.type()) {
            String label = left.type().label();
            throw ScreenSyntaxException.expected(
                    context(left) + " but " + right.name() + " is a "
                            + right.type().label() + " field",
                    valueExpected(left) + " or another " + label + " field",
                    name);
        }
        return right;
    }

    /** The value of {@code token} for comparing with {@code field}. */
    static Literal literal(ScreenField field, Token token) {
        Token.Kind wanted = field.type() == FieldType.NUMBER
                ? Token.Kind.NUMBER
                : field.type() == FieldType.TEXT ? Token.Kind.TEXT : Token.Kind.BOOLEAN;
        if (!token.is(wanted)) {
            throw ScreenSyntaxException.expected(context(field), valueExpected(field), token);
        }
        if (!field.info().enumerated()) {
            return new Literal(field.type(), token.value());
        }
        String typed = (String) token.value();
        for (String allowed : field.info().values()) {
            if (allowed.equalsIgnoreCase(typed)) {
                return new Literal(FieldType.TEXT, allowed);
            }
        }
        Optional<String> suggestion = Suggestions.closest(typed, field.info().values());
        String expected = "one of " + String.join(", ", field.info().values());
        throw new ScreenSyntaxException(
                "unknown value " + token.describe() + " for " + field.name() + " at position " + token.position()
                        + suggestion.map(s -> " (did you mean \"" + s + "\"?)").orElse("") + ": expected "
                        + expected,
                token.position(),
                token.raw(),
                expected);
    }

    static ComparisonOperator operatorFor(ScreenField field, Token operator) {
        ComparisonOperator op = (ComparisonOperator) operator.value();
        if (field.type() != FieldType.NUMBER && !op.isEquality()) {
            String allowed = field.type() == FieldType.TEXT ? "==, != or in" : "== or !=";
            throw ScreenSyntaxException.expected(context(field), allowed, operator);
        }
        return op;
    }

    /** What may be compared with {@code field}, e.g. {@code a text value in quotes such as "BUY"}. */
    static String valueExpected(ScreenField field) {
        switch (field.type()) {
            case NUMBER:
                return "a number";
            case BOOLEAN:
                return "true or false";
            default:
                return field.info().enumerated()
                        ? "a text value in quotes such as \""
                                + field.info().values().get(0) + "\""
                        : "a text value in quotes";
        }
    }

    /** E.g. {@code signal is a text field (one of BUY, SELL, HOLD)}. */
    static String context(ScreenField field) {
        String values = field.info().enumerated()
                ? " (one of " + String.join(", ", field.info().values()) + ")"
                : "";
        return field.name() + " is a " + field.type().label() + " field" + values;
    }

    private static ScreenSyntaxException unknownField(Token name) {
        String typed = name.raw();
        Optional<String> suggestion = Suggestions.closest(typed, ScreenFields.names());
        String where = "unknown field \"" + typed + "\" at position " + name.position();
        String message;
        if (suggestion.isPresent() && suggestion.get().equalsIgnoreCase(typed)) {
            message = where + ": field names are case-sensitive, did you mean " + suggestion.get() + "?";
        } else {
            message = where + suggestion.map(s -> " (did you mean " + s + "?)").orElse("") + "; fields: "
                    + String.join(", ", ScreenFields.names());
        }
        return new ScreenSyntaxException(message, name.position(), typed, "a field name");
    }
}
