package io.fastscanner.screens;

import io.fastscanner.scan.SymbolAnalysis;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A filter over scan rows, written by a trader in a small expression language and parsed, never run as code:
 * {@code rsi14 < 30 and volume24h > 10e6 and signal == "BUY" and emaTrend == "bullish"}.
 *
 * <p>Conditions are comparisons of a field (see {@link ScreenFields}) with a value or with another field of the same
 * type ({@code == != < <= > >=}; text and true/false only {@code ==} and {@code !=}), memberships
 * ({@code signal in ("BUY", "SELL")}, {@code regime not in ("volatile")}) and true/false fields on their own
 * ({@code stale}), combined with {@code not}, {@code and}, {@code or} (in that order of precedence) and
 * parentheses. Numbers are compared as doubles; text ignoring case.
 *
 * <p><b>Missing values.</b> A field has no value when the symbol failed, is stale, its indicator has not enough
 * candles yet or its deep analysis is not done. Every comparison and membership that involves a missing value is
 * <em>false</em>, whatever the operator: with no RSI, {@code rsi14 < 30}, {@code rsi14 >= 30}, {@code rsi14 != 50}
 * and {@code regime not in ("bull")} are all false. {@code not} is plain negation of that result, so
 * {@code not (rsi14 < 30)} is <em>true</em> when the RSI is missing: write {@code rsi14 >= 30} to keep such
 * rows out.
 *
 * <p><b>Limits.</b> At most {@value #MAX_LENGTH} characters, {@value #MAX_DEPTH} levels of parentheses and
 * {@code not}, and {@value #MAX_COMPARISONS} comparisons; beyond, {@link #parse} throws a
 * {@link ScreenSyntaxException} like for any other mistake.
 *
 * <p>A screen is an immutable value equal to another when their canonical {@link #text()} is.
 */
public final class Screen {

    public static final int MAX_LENGTH = 1000;
    public static final int MAX_DEPTH = 32;
    public static final int MAX_COMPARISONS = 64;

    private final String text;
    private final Condition condition;
    private final Set<String> fields;
    private final boolean usesDeepFields;

    Screen(String text, Condition condition, Set<String> fields) {
        this.text = text;
        this.condition = condition;
        this.fields = Collections.unmodifiableSet(new LinkedHashSet<>(fields));
        this.usesDeepFields =
                fields.stream().anyMatch(f -> ScreenFields.field(f).info().source() == FieldSource.DEEP);
    }

    /**
     * @throws ScreenSyntaxException when {@code text} is not a valid screen; its message says where and why
     */
    public static Screen parse(String text) {
        return ScreenParser.parse(text);
    }

    /**
     * The canonical form: keywords in lower case, one space around operators, the field on the left of each
     * comparison, enumerated values spelled as the API spells them, no redundant parentheses. Parsing it gives an
     * equal screen.
     */
    public String text() {
        return text;
    }

    /** The names of the fields the screen reads, in order of first use. */
    public Set<String> fields() {
        return fields;
    }

    /** Whether the screen reads the deep analysis, which is missing until the background phase is done. */
    public boolean usesDeepFields() {
        return usesDeepFields;
    }

    /** Whether the symbol passes the screen; never throws, whatever is missing from {@code analysis}. */
    public boolean matches(SymbolAnalysis analysis) {
        return condition.test(analysis);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Screen screen && screen.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
