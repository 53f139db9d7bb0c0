package io.fastscanner.screens;

import java.util.List;
import java.util.Objects;

/**
 * One field a screen can test.
 *
 * @param name        the name to write in a screen, case-sensitive
 * @param values      the allowed values of an enumerated text field, as the API spells them; empty otherwise
 * @param description one line for documentation, autocompletion and error messages
 */
public record FieldInfo(String name, FieldType type, List<String> values, FieldSource source, String description) {

    public FieldInfo {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        Objects.requireNonNull(source);
        Objects.requireNonNull(description);
        values = List.copyOf(values);
        if (!values.isEmpty() && type != FieldType.TEXT) {
            throw new IllegalArgumentException("only text fields have a list of values: " + name);
        }
    }

    /** Whether only the listed values can be compared with this field. */
    public boolean enumerated() {
        return !values.isEmpty();
    }
}
