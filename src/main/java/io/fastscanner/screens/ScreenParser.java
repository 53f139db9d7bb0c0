package io.fastscanner.screens;

import io.fastscanner.screens.Condition.AllOf;
import io.fastscanner.screens.Condition.AnyOf;
import io.fastscanner.screens.Condition.FieldVsField;
import io.fastscanner.screens.Condition.FieldVsValue;
import io.fastscanner.screens.Condition.FlagIsSet;
import io.fastscanner.screens.Condition.Membership;
import io.fastscanner.screens.Condition.Negation;
import io.fastscanner.screens.Token.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser of the screen grammar:
 *
 * <pre>
 * screen     = or END
 * or         = and { ("or" | "||") and }
 * and        = unary { ("and" | "&amp;&amp;") unary }
 * unary      = { "not" | "!" } primary
 * primary    = "(" or ")" | comparison
 * comparison = field operator (value | field) | value operator field
 *            | field ["not"] "in" "(" value { "," value } ")" | booleanField
 * </pre>
 *
 * Only parentheses recurse, and never deeper than {@link Screen#MAX_DEPTH}.
 */
final class ScreenParser {

    private static final String OPERATOR = "a comparison operator (" + ComparisonOperator.LIST + ")";

    private final ScreenLexer lexer;
    private final Set<String> fields = new LinkedHashSet<>();
    private Token current;
    private int depth;
    private int comparisons;

    private ScreenParser(String text) {
        lexer = new ScreenLexer(text);
        current = lexer.next();
    }

    static Screen parse(String text) {
        String source = text == null ? "" : text;
        ScreenLimits.checkLength(source);
        ScreenParser parser = new ScreenParser(source);
        Condition condition = parser.screen();
        StringBuilder canonical = new StringBuilder();
        condition.appendTo(canonical);
        ScreenLimits.checkCanonicalLength(canonical);
        return new Screen(canonical.toString(), condition, parser.fields);
    }

    private Condition screen() {
        if (current.is(Kind.END)) {
            throw ScreenSyntaxException.expected(null, "a condition such as rsi14 < 30", current);
        }
        Condition condition = or();
        if (!current.is(Kind.END)) {
            throw ScreenSyntaxException.expected(null, "\"and\", \"or\" or the end of the screen", current);
        }
        return condition;
    }

    private Condition or() {
        List<Condition> parts = new ArrayList<>();
        parts.add(and());
        while (current.is(Kind.OR)) {
            advance();
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new AnyOf(flatten(parts, AnyOf.class));
    }

    private Condition and() {
        List<Condition> parts = new ArrayList<>();
        parts.add(unary());
        while (current.is(Kind.AND)) {
            advance();
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new AllOf(flatten(parts, AllOf.class));
    }

    /** {@code a and (b and c)} is {@code a and b and c}: one list, so the canonical text needs no parentheses. */
    private static List<Condition> flatten(List<Condition> parts, Class<? extends Condition> kind) {
        List<Condition> flat = new ArrayList<>();
        for (Condition part : parts) {
            if (part instanceof AnyOf any && kind == AnyOf.class) {
                flat.addAll(any.parts());
            } else if (part instanceof AllOf all && kind == AllOf.class) {
                flat.addAll(all.parts());
            } else {
                flat.add(part);
            }
        }
        return List.copyOf(flat);
    }

    private Condition unary() {
        int nots = 0;
        while (current.is(Kind.NOT)) {
            enterLevel();
            advance();
            nots++;
        }
        Condition condition = primary();
        depth -= nots;
        for (int i = 0; i < nots; i++) {
            condition = new Negation(condition);
        }
        return condition;
    }

    private Condition primary() {
        if (!current.is(Kind.LEFT_PAREN)) {
            return comparison();
        }
        Token open = current;
        enterLevel();
        advance();
        Condition inside = or();
        if (current.is(Kind.END)) {
            throw ScreenSyntaxException.expected(
                    "the \"(\" at position " + open.position() + " is not closed", "\")\"", current);
        }
        if (!current.is(Kind.RIGHT_PAREN)) {
            throw ScreenSyntaxException.expected(null, "\"and\", \"or\" or \")\"", current);
        }
        depth--;
        advance();
        return inside;
    }

    private Condition comparison() {
        Token first = current;
        if (++comparisons > Screen.MAX_COMPARISONS) {
            throw ScreenLimits.tooManyComparisons(first);
        }
        if (first.is(Kind.FIELD_NAME)) {
            ScreenField field = field(first);
            advance();
            return afterField(field);
        }
        if (!first.isLiteral()) {
            throw ScreenSyntaxException.expected(null, "a condition: a field name, a value, \"not\" or \"(\"", first);
        }
        advance();
        Token operator = expectOperator();
        Token name = current;
        if (!name.is(Kind.FIELD_NAME)) {
            throw ScreenSyntaxException.expected(null, "a field name (a comparison needs a field on one side)", name);
        }
        ScreenField field = field(name);
        Literal value = FieldChecks.literal(field, first);
        ComparisonOperator op = FieldChecks.operatorFor(field, operator);
        advance();
        return new FieldVsValue(field, op.mirrored(), value);
    }

    private Condition afterField(ScreenField field) {
        if (current.is(Kind.IN)) {
            return membership(field, false);
        }
        if (current.is(Kind.NOT)) {
            advance();
            if (!current.is(Kind.IN)) {
                throw ScreenSyntaxException.expected(null, "\"in\" after \"" + field.name() + " not\"", current);
            }
            return membership(field, true);
        }
        if (current.is(Kind.OPERATOR)) {
            Token operator = expectOperator();
            Token right = current;
            if (right.is(Kind.FIELD_NAME)) {
                ScreenField other = FieldChecks.otherField(field, right);
                ComparisonOperator op = FieldChecks.operatorFor(field, operator);
                fields.add(other.name());
                advance();
                return new FieldVsField(field, op, other);
            }
            if (!right.isLiteral()) {
                throw ScreenSyntaxException.expected(null, FieldChecks.valueExpected(field), right);
            }
            Literal value = FieldChecks.literal(field, right);
            ComparisonOperator op = FieldChecks.operatorFor(field, operator);
            advance();
            return new FieldVsValue(field, op, value);
        }
        boolean ends =
                current.is(Kind.AND) || current.is(Kind.OR) || current.is(Kind.RIGHT_PAREN) || current.is(Kind.END);
        if (field.type() == FieldType.BOOLEAN && ends) {
            return new FlagIsSet(field);
        }
        throw ScreenSyntaxException.expected(null, OPERATOR, current);
    }

    private Condition membership(ScreenField field, boolean negated) {
        advance();
        Token open = current;
        if (!open.is(Kind.LEFT_PAREN)) {
            throw ScreenSyntaxException.expected(null, "\"(\" and a list of values, e.g. (\"BUY\", \"SELL\")", open);
        }
        advance();
        List<Literal> values = new ArrayList<>();
        while (true) {
            if (!current.isLiteral()) {
                throw ScreenSyntaxException.expected(null, FieldChecks.valueExpected(field), current);
            }
            values.add(FieldChecks.literal(field, current));
            advance();
            if (current.is(Kind.RIGHT_PAREN)) {
                advance();
                return new Membership(field, List.copyOf(values), negated);
            }
            if (current.is(Kind.END)) {
                throw ScreenSyntaxException.expected(
                        "the list starting at position " + open.position() + " is not closed", "\")\"", current);
            }
            if (!current.is(Kind.COMMA)) {
                throw ScreenSyntaxException.expected(null, "\",\" or \")\"", current);
            }
            advance();
        }
    }

    private Token expectOperator() {
        Token operator = current;
        if (!operator.is(Kind.OPERATOR)) {
            throw ScreenSyntaxException.expected(null, OPERATOR, operator);
        }
        advance();
        return operator;
    }

    private ScreenField field(Token name) {
        ScreenField field = FieldChecks.field(name);
        fields.add(field.name());
        return field;
    }

    private void enterLevel() {
        if (++depth > Screen.MAX_DEPTH) {
            throw ScreenLimits.tooDeep(current);
        }
    }

    private void advance() {
        current = lexer.next();
    }
}
