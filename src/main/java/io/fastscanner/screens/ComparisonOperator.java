package io.fastscanner.screens;

/** The six comparison operators. */
enum ComparisonOperator {
    EQUAL("=="),
    NOT_EQUAL("!="),
    LESS("<"),
    LESS_OR_EQUAL("<="),
    GREATER(">"),
    GREATER_OR_EQUAL(">=");

    static final String LIST = "==, !=, <, <=, >, >=";

    private final String symbol;

    ComparisonOperator(String symbol) {
        this.symbol = symbol;
    }

    String symbol() {
        return symbol;
    }

    /** {@code ==} and {@code !=}, the only operators for text and true/false. */
    boolean isEquality() {
        return this == EQUAL || this == NOT_EQUAL;
    }

    /** The operator with its sides swapped: {@code 30 > rsi14} is {@code rsi14 < 30}. */
    ComparisonOperator mirrored() {
        switch (this) {
            case LESS:
                return GREATER;
            case LESS_OR_EQUAL:
                return GREATER_OR_EQUAL;
            case GREATER:
                return LESS;
            case GREATER_OR_EQUAL:
                return LESS_OR_EQUAL;
            default:
                return this;
        }
    }

    boolean test(double a, double b) {
        switch (this) {
            case EQUAL:
                return a == b;
            case NOT_EQUAL:
                return a != b;
            case LESS:
                return a < b;
            case LESS_OR_EQUAL:
                return a <= b;
            case GREATER:
                return a > b;
            default:
                return a >= b;
        }
    }

    /** For text and true/false, whose only operators are == and !=. */
    boolean testEquality(boolean equal) {
        return this == EQUAL ? equal : !equal;
    }
}
