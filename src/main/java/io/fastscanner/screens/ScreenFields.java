package io.fastscanner.screens;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of fields a screen can test: the single source of truth for parsing, evaluation, the field table of
 * {@code docs/screens.md} and autocompletion.
 */
public final class ScreenFields {

    private static final Map<String, ScreenField> BY_NAME = catalogue();
    private static final List<FieldInfo> INFOS =
            BY_NAME.values().stream().map(ScreenField::info).toList();

    private ScreenFields() {}

    /** Every field, row fields first, then indicators, then deep analysis. */
    public static List<FieldInfo> all() {
        return INFOS;
    }

    /** The field named exactly {@code name} (names are case-sensitive). */
    public static Optional<FieldInfo> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name)).map(ScreenField::info);
    }

    static ScreenField field(String name) {
        return BY_NAME.get(name);
    }

    static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    private static Map<String, ScreenField> catalogue() {
        List<ScreenField> fields = new ArrayList<>();
        fields.addAll(RowFields.all());
        fields.addAll(IndicatorFields.all());
        fields.addAll(DeepFields.all());
        Map<String, ScreenField> byName = new LinkedHashMap<>();
        for (ScreenField f : fields) {
            if (byName.put(f.name(), f) != null) {
                throw new IllegalStateException("two screen fields are named " + f.name());
            }
        }
        return byName;
    }
}
