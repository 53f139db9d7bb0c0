package io.fastscanner.screens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.fastscanner.scan.SymbolAnalysis;
import io.fastscanner.signal.EmaTrend;
import io.fastscanner.signal.SignalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random screens, from token soup and from the grammar (with typos): parsing either succeeds or throws a
 * {@link ScreenSyntaxException} pointing inside the text, a parsed screen's canonical text parses to an equal
 * screen, and evaluation never throws, whatever is missing.
 */
class ScreenFuzzTest {

    private static final int RUNS = 10_000;
    private static final String[] TOKENS = {
        "(",
        ")",
        ",",
        "==",
        "!=",
        "=",
        "<",
        "<=",
        ">",
        ">=",
        "<>",
        "!",
        "&&",
        "||",
        "&",
        "|",
        "and",
        "AND",
        "or",
        "Or",
        "not",
        "NOT",
        "in",
        "IN",
        "true",
        "False",
        "30",
        "-2.5",
        "10e6",
        "1.5E-3",
        ".5",
        "-.",
        "1e",
        "1e999",
        "\"BUY\"",
        "'sell'",
        "\"bull",
        "'a\\'b'",
        "\"\\\\\"",
        "\"\\x\"",
        "rsi",
        "RSI14",
        "volume",
        "-",
        "#",
        "\\",
        "\t",
        "\n",
        "∧",
        "\uD83D\uDE80",
        "\u0000"
    };
    private static final String TYPOS = "()'\"\\=<>!&|, -.e0aZ\t";

    private final List<SymbolAnalysis> analyses = List.of(
            Analyses.nothing(),
            Analyses.blankRow(),
            Analyses.quick(SignalType.HOLD, null, null, null, true),
            Analyses.quick(SignalType.BUY, 25.0, 20e6, EmaTrend.BULLISH, false),
            Analyses.btcComplete());

    @Test
    void tokenSoupParsesOrFailsCleanly() {
        Random random = new Random(20260421L);
        int parsed = 0;
        for (int i = 0; i < RUNS; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(25);
            for (int p = 0; p < pieces; p++) {
                text.append(piece(random)).append(random.nextInt(3) == 0 ? "" : " ");
            }
            parsed += check(text.toString()) ? 1 : 0;
        }
        assertThat(parsed).isPositive();
    }

    @Test
    void grammarScreensWithTyposParseOrFailCleanly() {
        Random random = new Random(7L);
        int parsed = 0;
        for (int i = 0; i < RUNS; i++) {
            StringBuilder text = new StringBuilder(new ScreenGenerator(random).condition(0));
            if (random.nextBoolean()) {
                int edits = 1 + random.nextInt(3);
                for (int e = 0; e < edits && text.length() > 0; e++) {
                    int at = random.nextInt(text.length());
                    if (random.nextBoolean()) {
                        text.deleteCharAt(at);
                    } else {
                        text.insert(at, TYPOS.charAt(random.nextInt(TYPOS.length())));
                    }
                }
            }
            parsed += check(text.toString()) ? 1 : 0;
        }
        assertThat(parsed).isGreaterThan(RUNS / 3);
    }

    private String piece(Random random) {
        int kind = random.nextInt(10);
        if (kind < 6) {
            return TOKENS[random.nextInt(TOKENS.length)];
        }
        if (kind < 9) {
            List<FieldInfo> fields = ScreenFields.all();
            return fields.get(random.nextInt(fields.size())).name();
        }
        return String.valueOf((char) random.nextInt(0x3000));
    }

    /** Whether {@code text} parsed; fails the test on anything but a clean parse or a {@link ScreenSyntaxException}. */
    private boolean check(String text) {
        Screen screen;
        try {
            screen = Screen.parse(text);
        } catch (ScreenSyntaxException e) {
            assertThat(e.getMessage()).as(text).isNotBlank();
            assertThat(e.position()).as(text).isBetween(0, text.length());
            assertThat(e.expected()).as(text).isNotBlank();
            return false;
        } catch (RuntimeException | Error e) {
            throw new AssertionError("parsing " + text + " threw " + e, e);
        }
        try {
            Screen again = Screen.parse(screen.text());
            assertThat(again).as(text).isEqualTo(screen);
            assertThat(again.text()).as(text).isEqualTo(screen.text());
            assertThat(again.fields()).as(text).isEqualTo(screen.fields());
            for (SymbolAnalysis analysis : analyses) {
                assertThat(again.matches(analysis)).as(text).isEqualTo(screen.matches(analysis));
            }
        } catch (ScreenSyntaxException e) {
            fail("the canonical text of %s does not parse: %s", text, e.getMessage());
        }
        return true;
    }

    /** Random screens that follow the grammar, in every accepted spelling. */
    private static final class ScreenGenerator {

        private final Random random;

        ScreenGenerator(Random random) {
            this.random = random;
        }

        String condition(int depth) {
            switch (random.nextInt(depth > 3 ? 2 : 7)) {
                case 0:
                case 1:
                    return comparison();
                case 2:
                    return "(" + condition(depth + 1) + ")";
                case 3:
                    return random.nextBoolean()
                            ? pick("not ", "NOT ", "!") + condition(depth + 1)
                            : "not (" + condition(depth + 1) + ")";
                case 4:
                    return condition(depth + 1) + pick(" and ", " AND ", "&&", " && ") + condition(depth + 1);
                default:
                    return condition(depth + 1) + pick(" or ", " OR ", "||", " || ") + condition(depth + 1);
            }
        }

        private String comparison() {
            List<FieldInfo> fields = ScreenFields.all();
            FieldInfo field = fields.get(random.nextInt(fields.size()));
            String name = field.name();
            switch (random.nextInt(5)) {
                case 0:
                    List<String> values = new ArrayList<>();
                    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                        values.add(value(field));
                    }
                    return name + pick(" in (", " not in (", " IN(") + String.join(",", values) + ")";
                case 1:
                    return value(field) + operator(field) + name;
                case 2:
                    FieldInfo other = fields.get(random.nextInt(fields.size()));
                    return name + operator(field) + (other.type() == field.type() ? other.name() : value(field));
                default:
                    return field.type() == FieldType.BOOLEAN && random.nextBoolean()
                            ? name
                            : name + operator(field) + value(field);
            }
        }

        private String operator(FieldInfo field) {
            return field.type() == FieldType.NUMBER
                    ? pick(" < ", "<=", " > ", ">=", " == ", "!=", "=")
                    : pick(" == ", "!=", "=");
        }

        private String value(FieldInfo field) {
            switch (field.type()) {
                case NUMBER:
                    return pick("30", "-2.5", "10e6", "1.5E-3", ".5", "0", "-0", "1e308", "123456789.125", "7e-320");
                case BOOLEAN:
                    return pick("true", "FALSE");
                default:
                    if (field.enumerated()) {
                        String v =
                                field.values().get(random.nextInt(field.values().size()));
                        return random.nextBoolean() ? "\"" + v.toUpperCase() + "\"" : "'" + v + "'";
                    }
                    return pick("\"BTC\"", "'eth/usdt'", "\"a\\\"b\"", "'it\\'s'", "\"\\\\\"", "\"\"");
            }
        }

        private String pick(String... choices) {
            return choices[random.nextInt(choices.length)];
        }
    }
}
