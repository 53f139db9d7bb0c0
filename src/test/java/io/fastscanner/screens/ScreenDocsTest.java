package io.fastscanner.screens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/screens.md tells the truth: its field table is the catalogue, and its examples parse as shown. */
class ScreenDocsTest {

    private static final Path DOC = Path.of("docs/screens.md");
    private static final String START = "<!-- screen-fields:start -->\n";
    private static final String END = "<!-- screen-fields:end -->";

    /** The field table as docs/screens.md shows it, written from {@link ScreenFields#all()}. */
    static String fieldTable() {
        StringBuilder table = new StringBuilder("| field | type | values | from | description |\n");
        table.append("| --- | --- | --- | --- | --- |\n");
        for (FieldInfo f : ScreenFields.all()) {
            String values = f.values().stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
            table.append("| `")
                    .append(f.name())
                    .append("` | ")
                    .append(f.type().label())
                    .append(" | ")
                    .append(values)
                    .append(" | ")
                    .append(f.source().label())
                    .append(" | ")
                    .append(f.description())
                    .append(" |\n");
        }
        return table.toString();
    }

    @Test
    void theFieldTableIsTheCatalogue() throws IOException {
        String doc = Files.readString(DOC);
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        assertThat(start).as("docs/screens.md has the field table markers").isPositive();
        assertThat(doc.substring(start + START.length(), end))
                .as("the field table of docs/screens.md; replace it with the expected text")
                .isEqualTo(fieldTable());
    }

    @Test
    void theExamplesTableParses() throws IOException {
        Matcher row = Pattern.compile("(?m)^\\| `([^`]+)` \\| [^|]+ \\|$").matcher(section("## Examples"));
        int screens = 0;
        while (row.find()) {
            Screen.parse(row.group(1));
            screens++;
        }
        assertThat(screens).isGreaterThanOrEqualTo(8);
    }

    @Test
    void theCanonicalExamplesAreWhatTextGives() throws IOException {
        for (String[] example : block("## Canonical text")) {
            if (example[1].startsWith("error:")) {
                assertThat(catchThrowableOfType(() -> Screen.parse(example[0]), ScreenSyntaxException.class))
                        .isNotNull();
            } else {
                assertThat(Screen.parse(example[0]).text()).isEqualTo(example[1]);
            }
        }
    }

    @Test
    void theErrorExamplesAreTheMessagesGiven() throws IOException {
        List<String[]> examples = block("## Errors");
        assertThat(examples).hasSizeGreaterThanOrEqualTo(6);
        for (String[] example : examples) {
            String message = catchThrowableOfType(() -> Screen.parse(example[0]), ScreenSyntaxException.class)
                    .getMessage();
            String shown = example[1];
            if (shown.endsWith("...")) {
                assertThat(message).startsWith(shown.substring(0, shown.length() - 3));
            } else {
                assertThat(message).isEqualTo(shown);
            }
        }
    }

    private static String section(String heading) throws IOException {
        String doc = Files.readString(DOC);
        int start = doc.indexOf(heading + "\n");
        int end = doc.indexOf("\n## ", start + heading.length());
        return doc.substring(start, end < 0 ? doc.length() : end);
    }

    /** The lines of the section's ```text block, as {screen, what it gives}, split at the first run of 2+ spaces. */
    private static List<String[]> block(String heading) throws IOException {
        String section = section(heading);
        int start = section.indexOf("```text\n") + "```text\n".length();
        List<String[]> lines = new ArrayList<>();
        for (String line :
                section.substring(start, section.indexOf("```", start)).split("\n")) {
            lines.add(line.split(" {2,}", 2));
        }
        return lines;
    }
}
