package io.fastscanner.screens;

import io.fastscanner.scan.SymbolAnalysis;
import java.util.List;

/**
 * A parsed screen, or a part of it. {@link #appendTo} writes the canonical text: keywords in lower case, one space
 * around operators and keywords, the field on the left of a comparison, parentheses only where precedence needs
 * them.
 */
sealed interface Condition {

    int OR = 1;
    int AND = 2;
    int NOT = 3;
    int ATOM = 4;

    boolean test(SymbolAnalysis analysis);

    /** How tightly the condition binds: {@link #OR} to {@link #ATOM}. */
    int precedence();

    void appendTo(StringBuilder out);

    /** {@code part}, in parentheses if it binds more loosely than {@code needed}. */
    static void append(StringBuilder out, Condition part, int needed) {
        if (part.precedence() < needed) {
            out.append('(');
            part.appendTo(out);
            out.append(')');
        } else {
            part.appendTo(out);
        }
    }

    record AnyOf(List<Condition> parts) implements Condition {
        @Override
        public boolean test(SymbolAnalysis analysis) {
            for (Condition part : parts) {
                if (part.test(analysis)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public int precedence() {
            return OR;
        }

        @Override
        public void appendTo(StringBuilder out) {
            for (int i = 0; i < parts.size(); i++) {
                out.append(i == 0 ? "" : " or ");
                append(out, parts.get(i), OR);
            }
        }
    }

    record AllOf(List<Condition> parts) implements Condition {
        @Override
        public boolean test(SymbolAnalysis analysis) {
            for (Condition part : parts) {
                if (!part.test(analysis)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int precedence() {
            return AND;
        }

        @Override
        public void appendTo(StringBuilder out) {
            for (int i = 0; i < parts.size(); i++) {
                out.append(i == 0 ? "" : " and ");
                append(out, parts.get(i), AND);
            }
        }
    }

    record Negation(Condition operand) implements Condition {
        @Override
        public boolean test(SymbolAnalysis analysis) {
            return !operand.test(analysis);
        }

        @Override
        public int precedence() {
            return NOT;
        }

        @Override
        public void appendTo(StringBuilder out) {
            out.append("not ");
            append(out, operand, NOT);
        }
    }

    record FieldVsValue(ScreenField field, ComparisonOperator op, Literal value) implements Condition {
        @Override
        public boolean test(SymbolAnalysis analysis) {
            return value.comparedWith(field.valueOf(analysis), op);
        }

        @Override
        public int precedence() {
            return ATOM;
        }

        @Override
        public void appendTo(StringBuilder out) {
            out.append(field.name()).append(' ').append(op.symbol()).append(' ');
            value.appendTo(out);
        }
    }

    record FieldVsField(ScreenField left, ComparisonOperator op, ScreenField right) implements Condition {
        @Override
        public boolean test(SymbolAnalysis analysis) {
            return Literal.compare(left.type(), left.valueOf(analysis), op, right.valueOf(analysis));
        }

        @Override
        public int precedence() {
            return ATOM;
        }

        @Override
        public void appendTo(StringBuilder out) {
            out.append(left.name()).append(' ').append(op.symbol()).append(' ').append(right.name());
        }
    }

    /** {@code field in (...)}, or {@code field not in (...)}: both false when the field is missing. */
    record Membership(ScreenField field, List<Literal> values, boolean negated) implements Condition {
        @Override
        public boolean test(SymbolAnalysis analysis) {
            Object actual = field.valueOf(analysis);
            if (actual == null) {
                return false;
            }
            boolean found = false;
            for (Literal v : values) {
                found |= v.comparedWith(actual, ComparisonOperator.EQUAL);
            }
            return found != negated;
        }

        @Override
        public int precedence() {
            return ATOM;
        }

        @Override
        public void appendTo(StringBuilder out) {
            out.append(field.name()).append(negated ? " not in (" : " in (");
            for (int i = 0; i < values.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                values.get(i).appendTo(out);
            }
            out.append(')');
        }
    }

    /** A true/false field on its own: {@code stale} means {@code stale == true}, and is false when missing. */
    record FlagIsSet(ScreenField field) implements Condition {
        @Override
        public boolean test(SymbolAnalysis analysis) {
            return Boolean.TRUE.equals(field.valueOf(analysis));
        }

        @Override
        public int precedence() {
            return ATOM;
        }

        @Override
        public void appendTo(StringBuilder out) {
            out.append(field.name());
        }
    }
}
