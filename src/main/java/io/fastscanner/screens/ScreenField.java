package io.fastscanner.screens;

import io.fastscanner.scan.SymbolAnalysis;
import java.util.List;
import java.util.function.Function;

/**
 * A catalogued field with the function that reads it. {@link #valueOf} gives a {@code Double}, a {@code String}
 * or a {@code Boolean} as the field's type says, or null when the value is missing (a NaN counts as missing).
 */
record ScreenField(FieldInfo info, Function<SymbolAnalysis, ?> reader) {

    static ScreenField number(
            FieldSource source, String name, String description, Function<SymbolAnalysis, ? extends Number> reader) {
        return new ScreenField(new FieldInfo(name, FieldType.NUMBER, List.of(), source, description), reader);
    }

    static ScreenField text(
            FieldSource source, String name, String description, Function<SymbolAnalysis, String> reader) {
        return new ScreenField(new FieldInfo(name, FieldType.TEXT, List.of(), source, description), reader);
    }

    static ScreenField oneOf(
            FieldSource source,
            String name,
            List<String> values,
            String description,
            Function<SymbolAnalysis, String> reader) {
        return new ScreenField(new FieldInfo(name, FieldType.TEXT, values, source, description), reader);
    }

    static ScreenField flag(
            FieldSource source, String name, String description, Function<SymbolAnalysis, Boolean> reader) {
        return new ScreenField(new FieldInfo(name, FieldType.BOOLEAN, List.of(), source, description), reader);
    }

    /** {@code f(value)}, or null when {@code value} is null. */
    static <T, R> R map(T value, Function<T, R> f) {
        return value == null ? null : f.apply(value);
    }

    String name() {
        return info.name();
    }

    FieldType type() {
        return info.type();
    }

    Object valueOf(SymbolAnalysis analysis) {
        Object value = analysis == null ? null : reader.apply(analysis);
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return Double.isNaN(d) ? null : d;
        }
        return value;
    }
}
