package io.fastscanner.api;

import io.fastscanner.screens.FieldInfo;
import io.fastscanner.screens.ScreenFields;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /api/scanner/screen-fields}: every field a screen can test. */
@RegisterForReflection
@Schema(description = "Every field a screen can test: row fields, then indicators, then deep analysis")
public record ScreenFieldsAnswer(
        @Schema(enumeration = "true") boolean success, List<Field> fields, int count) {

    /** One field, as {@link FieldInfo} describes it. */
    @RegisterForReflection
    @Schema(name = "ScreenField", description = "A field a screen can test")
    public record Field(
            @Schema(description = "The name to write in a screen, case-sensitive", example = "rsi14")
            String name,

            @Schema(
                    description = "number: compared with == != < <= > >=; text: with == and != (or in), ignoring"
                            + " case; boolean: with true or false, or on its own",
                    enumeration = {"number", "text", "boolean"})
            String type,

            @Schema(
                    description = "The only values a text field takes, as the API spells them; empty when any is"
                            + " allowed",
                    example = "[\"BUY\", \"SELL\", \"HOLD\"]")
            List<String> values,

            @Schema(
                    description = "row: the scan's row; indicators: the indicator values on the row's candle"
                            + " (missing when the symbol failed or is stale); deep: the deep analysis (missing until"
                            + " it is done)",
                    enumeration = {"row", "indicators", "deep"})
            String source,

            @Schema(description = "One line about the field")
            String description) {

        static Field of(FieldInfo info) {
            return new Field(
                    info.name(),
                    info.type().name().toLowerCase(Locale.ROOT),
                    info.values(),
                    info.source().name().toLowerCase(Locale.ROOT),
                    info.description());
        }
    }

    static ScreenFieldsAnswer of(List<FieldInfo> infos) {
        List<Field> fields = infos.stream().map(Field::of).toList();
        return new ScreenFieldsAnswer(true, fields, fields.size());
    }

    static ScreenFieldsAnswer all() {
        return of(ScreenFields.all());
    }
}
