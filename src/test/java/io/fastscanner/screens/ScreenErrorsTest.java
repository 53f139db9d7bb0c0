package io.fastscanner.screens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Collections;
import org.junit.jupiter.api.Test;

/** Each mistake a trader can make, with the exact message, position, found text and expectation it gets. */
class ScreenErrorsTest {

    private static ScreenSyntaxException error(String text) {
        ScreenSyntaxException e = catchThrowableOfType(() -> Screen.parse(text), ScreenSyntaxException.class);
        assertThat(e).as("error for %s", text).isNotNull();
        return e;
    }

    private static void assertError(String text, int position, String found, String message) {
        ScreenSyntaxException e = error(text);
        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(e.position()).isEqualTo(position);
        assertThat(e.found()).isEqualTo(found);
        assertThat(e.getMessage()).contains("position " + position);
    }

    @Test
    void anEmptyScreenAsksForACondition() {
        assertError("", 0, "", "expected a condition such as rsi14 < 30 at position 0, found the end of the screen");
        assertError("   ", 3, "", "expected a condition such as rsi14 < 30 at position 3, found the end of the screen");
        assertError(null, 0, "", "expected a condition such as rsi14 < 30 at position 0, found the end of the screen");
    }

    @Test
    void aMissingOperatorIsNamed() {
        ScreenSyntaxException e = error("rsi14  30");
        assertThat(e.getMessage())
                .isEqualTo("expected a comparison operator (==, !=, <, <=, >, >=) at position 7, found \"30\"");
        assertThat(e.expected()).isEqualTo("a comparison operator (==, !=, <, <=, >, >=)");
        assertThat(e.found()).isEqualTo("30");
        assertError(
                "rsi14",
                5,
                "",
                "expected a comparison operator (==, !=, <, <=, >, >=) at position 5, found the end of the screen");
    }

    @Test
    void trailingGarbageIsPointedAt() {
        assertError(
                "rsi14 < 30 )",
                11,
                ")",
                "expected \"and\", \"or\" or the end of the screen at position 11, found \")\"");
        assertError(
                "rsi14 < 30 volume24h > 1",
                11,
                "volume24h",
                "expected \"and\", \"or\" or the end of the screen at position 11, found \"volume24h\"");
        assertError(
                "rsi14 < 30 # comment",
                11,
                "#",
                "expected a field name, a value, an operator or a parenthesis at position 11, found \"#\"");
    }

    @Test
    void anUnclosedParenthesisNamesWhereItOpened() {
        assertError(
                "(rsi14 < 30 and (rsi < 3)",
                25,
                "",
                "the \"(\" at position 0 is not closed: expected \")\" at position 25, found the end of the screen");
        assertError(
                "(rsi14 < 30 stale)", 12, "stale", "expected \"and\", \"or\" or \")\" at position 12, found \"stale\"");
        assertError(
                "signal in ('BUY',",
                17,
                "",
                "expected a text value in quotes such as \"BUY\" at position 17, found the end of the screen");
        assertError(
                "signal in ('BUY'",
                16,
                "",
                "the list starting at position 10 is not closed: expected \")\" at position 16, found the end of the"
                        + " screen");
    }

    @Test
    void anUnclosedTextNamesWhereItStarted() {
        assertError(
                "signal == \"BUY",
                14,
                "",
                "the text starting at position 10 is not closed: expected a closing \" at position 14, found the end of"
                        + " the screen");
        assertError(
                "base == 'a\\'",
                12,
                "",
                "the text starting at position 8 is not closed: expected a closing '"
                        + " at position 12, found the end of the screen");
        assertError(
                "base == \"a\\nb\"",
                10,
                "\\n",
                "expected \\\", \\' or \\\\ after a backslash at position 10, found \"\\n\"");
    }

    @Test
    void aMissingOperandIsNamed() {
        assertError("rsi14 <", 7, "", "expected a number at position 7, found the end of the screen");
        assertError(
                "signal == and stale",
                10,
                "and",
                "expected a text value in quotes such as \"BUY\" at position 10," + " found \"and\"");
        assertError(
                "rsi14 < 30 and",
                14,
                "",
                "expected a condition: a field name, a value, \"not\" or \"(\" at position 14, found the end of the screen");
        assertError(
                "or rsi14 < 30",
                0,
                "or",
                "expected a condition: a field name, a value, \"not\" or \"(\" at position 0, found \"or\"");
        assertError(
                "3 < 4",
                4,
                "4",
                "expected a field name (a comparison needs a field on one side) at position 4, found \"4\"");
    }

    @Test
    void anUnknownFieldSuggestsTheNearestNameAndListsThemAll() {
        ScreenSyntaxException e = error("rsi15 < 30");
        assertThat(e.getMessage())
                .startsWith("unknown field \"rsi15\" at position 0 (did you mean rsi14?); fields: symbol, base, quote,")
                .endsWith(", mlProbabilityUp");
        assertThat(e.expected()).isEqualTo("a field name");
        assertThat(error("volume > 1e6").getMessage())
                .startsWith("unknown field \"volume\" at position 0 (did you mean volume24h?); fields: ");
        assertThat(error("price > 1 and zzz > 1").getMessage())
                .startsWith("unknown field \"zzz\" at position 14; fields: ");
        assertThat(error("30 > rsi_14").getMessage())
                .startsWith("unknown field \"rsi_14\" at position 5 (did you mean rsi14?)");
    }

    @Test
    void aFieldInTheWrongCaseGetsItsRightName() {
        assertError(
                "RSI14 < 30",
                0,
                "RSI14",
                "unknown field \"RSI14\" at position 0: field names are case-sensitive, did you mean rsi14?");
        assertError(
                "base == Quote",
                8,
                "Quote",
                "unknown field \"Quote\" at position 8: field names are case-sensitive, did you mean quote?");
    }

    @Test
    void aValueOfTheWrongTypeNamesTheFieldsType() {
        assertError(
                "signal < 3",
                9,
                "3",
                "signal is a text field (one of BUY, SELL, HOLD): expected a text value in quotes such as \"BUY\" at"
                        + " position 9, found \"3\"");
        assertError(
                "rsi14 == \"x\"", 9, "\"x\"", "rsi14 is a number field: expected a number at position 9, found \"x\"");
        assertError(
                "stale == 1", 9, "1", "stale is a true/false field: expected true or false at position 9, found \"1\"");
        assertError(
                "symbol == BTC",
                10,
                "BTC",
                "symbol is a text field: expected a text value in quotes such as \"BTC\" at position 10, found \"BTC\"");
        assertError(
                "ema9 > signal",
                7,
                "signal",
                "ema9 is a number field but signal is a text field: expected a number or another number field at"
                        + " position 7, found \"signal\"");
        assertError(
                "rsi in (30, 'x')", 12, "'x'", "rsi is a number field: expected a number at position 12, found 'x'");
    }

    @Test
    void textAndTrueFalseFieldsOnlyCompareForEquality() {
        assertError(
                "signal < \"BUY\"",
                7,
                "<",
                "signal is a text field (one of BUY, SELL, HOLD): expected ==, != or in at position 7, found \"<\"");
        assertError(
                "stale > true", 6, ">", "stale is a true/false field: expected == or != at position 6, found \">\"");
    }

    @Test
    void anUnknownValueOfAnEnumeratedFieldListsTheValues() {
        ScreenSyntaxException e = error("signal == \"BYU\"");
        assertThat(e.getMessage())
                .isEqualTo(
                        "unknown value \"BYU\" for signal at position 10 (did you mean \"BUY\"?): expected one of BUY,"
                                + " SELL, HOLD");
        assertThat(e.expected()).isEqualTo("one of BUY, SELL, HOLD");
        assertError(
                "regime in ('bull', 'sideways')",
                19,
                "'sideways'",
                "unknown value 'sideways' for regime at position 19: expected one of bull, bear, ranging, volatile");
    }

    @Test
    void malformedNumbersAndOperatorsArePointedAt() {
        assertError(
                "volume24h > 10M",
                12,
                "10M",
                "expected a number such as 30, -2.5 or 10e6 at position 12, found \"10M\"");
        assertError("rsi14 < 1e", 8, "1e", "expected a number such as 30, -2.5 or 10e6 at position 8, found \"1e\"");
        assertError(
                "rsi14 < 1.2.3",
                8,
                "1.2.3",
                "expected a number such as 30, -2.5 or 10e6 at position 8, found \"1.2.3\"");
        assertError("rsi14 < 1e999", 8, "1e999", "expected a number of at most 1.7e308 at position 8, found \"1e999\"");
        assertError("stale & rsi < 3", 6, "&", "expected \"&&\" at position 6, found \"&\"");
        assertError("stale | rsi < 3", 6, "|", "expected \"||\" at position 6, found \"|\"");
        assertError(
                "signal not 'BUY'", 11, "'BUY'", "expected \"in\" after \"signal not\" at position 11, found 'BUY'");
        assertError(
                "signal in 'BUY'",
                10,
                "'BUY'",
                "expected \"(\" and a list of values, e.g. (\"BUY\", \"SELL\") at position 10, found 'BUY'");
    }

    @Test
    void aTooLongScreenIsRefusedBeforeParsing() {
        ScreenSyntaxException e = error("x".repeat(1001));
        assertThat(e.getMessage())
                .isEqualTo("the screen is too long: 1001 characters, at most 1000 (position 1000 is past the limit)");
        assertThat(e.position()).isEqualTo(1000);
        assertThat(e.expected()).isEqualTo("at most 1000 characters");
    }

    @Test
    void tenThousandNestedParenthesesAreAnErrorNotAStackOverflow() {
        String text = "(".repeat(10_000) + "rsi14 < 30" + ")".repeat(10_000);
        assertThat(error(text).getMessage()).startsWith("the screen is too long: 20010 characters");
    }

    @Test
    void nestingBeyondThirtyTwoLevelsIsRefusedWhereItHappens() {
        String parentheses = "(".repeat(500) + "rsi14 < 30" + ")".repeat(400);
        assertError(
                parentheses,
                32,
                "(",
                "the screen is nested too deeply at position 32: at most 32 levels of parentheses and \"not\"");
        String nots = "not (".repeat(16) + "not stale" + ")".repeat(16);
        assertError(
                nots,
                80,
                "not",
                "the screen is nested too deeply at position 80: at most 32 levels of parentheses and \"not\"");
        assertThat(error("!".repeat(999) + "x").position()).isEqualTo(32);
    }

    @Test
    void moreThanSixtyFourComparisonsAreRefused() {
        String text = String.join(" or ", Collections.nCopies(65, "rsi < 1"));
        assertError(text, 704, "rsi", "the screen has too many comparisons at position 704: at most 64");
        assertThat(error("signal in ('BUY') and " + "stale and ".repeat(64) + "stale")
                        .position())
                .isEqualTo(22 + 64 * 10 - 10);
    }

    @Test
    void aScreenThatOnlyFitsInShorthandIsRefused() {
        // 1000 characters as typed, more once written out: "1," is "1, " in the canonical text.
        String text = "rsi in (" + "1,".repeat(495) + "1)";
        assertThat(text).hasSize(1000);
        assertThat(error(text).getMessage())
                .isEqualTo("the screen is too long once written out in full (1495 characters, at most 1000)");
    }
}
