package io.fastscanner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.Listing;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scan.QuickSignalCalculator;
import io.fastscanner.scan.SymbolAnalysis;
import io.fastscanner.schedule.AlertKind;
import io.fastscanner.screens.Screen;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When rules fire, on hand-made candles and looks: {@code enters} against {@code every}, once per candle, the
 * cooldown, the scope, change events, and what a rule forgets when it changes.
 */
class RuleEngineTest {

    private static final MarketSymbol BTC = MarketSymbol.of("BTC", "USDT");
    private static final Listing BTC_ON_BINANCE = new Listing(Exchange.BINANCE, BTC);
    private static final Instant T0 = Instant.parse("2026-04-21T00:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    private final RuleEngine engine = new RuleEngine();

    @Test
    void entersFiresWhenTheSymbolStartsMatchingAndEveryAtEachCandleWhileItMatches() {
        List<SymbolAnalysis> candles = fallThenRise();
        Screen oversold = Screen.parse("rsi14 < 30");
        List<Boolean> matches = candles.stream().map(oversold::matches).toList();
        assertThat(matches).as("the series dips below RSI 30 and comes back").contains(true, false);

        AlertRule enters = screenRule("enters", "rsi14 < 30", RuleTrigger.ENTERS, Duration.ZERO, true);
        AlertRule every = screenRule("every", "rsi14 < 30", RuleTrigger.EVERY, Duration.ZERO, true);
        List<Instant> entered = new ArrayList<>();
        List<Instant> matched = new ArrayList<>();
        for (SymbolAnalysis candle : candles) {
            Instant at = candle.row().candleTime();
            int events = oversold.matches(candle) ? 1 : 0;
            if (engine.look(enters, look(at, at.plus(HOUR), events)) > 0) {
                entered.add(at);
            }
            if (engine.look(every, look(at, at.plus(HOUR), events)) > 0) {
                matched.add(at);
            }
        }

        List<Instant> starts = new ArrayList<>();
        List<Instant> whileMatching = new ArrayList<>();
        for (int i = 0; i < candles.size(); i++) {
            Instant at = candles.get(i).row().candleTime();
            if (matches.get(i)) {
                whileMatching.add(at);
                if (i == 0 || !matches.get(i - 1)) {
                    starts.add(at);
                }
            }
        }
        assertThat(entered)
                .as("enters: the candles where the symbol starts matching")
                .isEqualTo(starts);
        assertThat(matched).as("every: each candle while it matches").isEqualTo(whileMatching);
        assertThat(starts).as("it leaves and enters again").hasSizeGreaterThanOrEqualTo(2);
        assertThat(whileMatching.size()).isGreaterThan(starts.size());
    }

    @Test
    void aSymbolFiresAtMostOncePerCandleUnlessTheRuleAllowsMore() {
        AlertRule once = screenRule("once", "signal == \"BUY\"", RuleTrigger.EVERY, Duration.ZERO, true);
        AlertRule each = screenRule("each", "signal == \"BUY\"", RuleTrigger.EVERY, Duration.ZERO, false);

        // two scans of the same candle, then the next candle
        assertThat(engine.look(once, look(T0, T0.plusSeconds(3600), 1))).isEqualTo(1);
        assertThat(engine.look(once, look(T0, T0.plusSeconds(3900), 1)))
                .as("same candle")
                .isZero();
        assertThat(engine.look(once, look(T0.plus(HOUR), T0.plusSeconds(7200), 1)))
                .isEqualTo(1);

        assertThat(engine.look(each, look(T0, T0.plusSeconds(3600), 1))).isEqualTo(1);
        assertThat(engine.look(each, look(T0, T0.plusSeconds(3900), 1))).isEqualTo(1);
    }

    @Test
    void theCooldownSilencesASymbolAfterItFired() {
        AlertRule every = screenRule("cool", "signal == \"BUY\"", RuleTrigger.EVERY, Duration.ofMinutes(150), true);
        List<Integer> fired = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Instant candle = T0.plus(HOUR.multipliedBy(i));
            fired.add(engine.look(every, look(candle, candle.plus(HOUR), 1)));
        }
        assertThat(fired).as("every candle matches; 2.5 h between alerts").containsExactly(1, 0, 0, 1, 0, 0);

        AlertRule enters =
                screenRule("cool-enters", "signal == \"BUY\"", RuleTrigger.ENTERS, Duration.ofHours(3), true);
        int[] events = {1, 0, 1, 0, 0, 1};
        List<Integer> entered = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            Instant candle = T0.plus(HOUR.multipliedBy(i));
            entered.add(engine.look(enters, look(candle, candle.plus(HOUR), events[i])));
        }
        assertThat(entered)
                .as("it enters again after 2 h, within the cooldown, and after 5 h, past it")
                .containsExactly(1, 0, 0, 0, 0, 1);
    }

    @Test
    void aRuleLooksOnlyAtTheSymbolsOfItsScopeAndNotAtAllWhenDisabled() {
        AlertRule onlyEth = new AlertRule(
                "eth-4h",
                "ETH on Binance 4h",
                new RuleCondition.ScreenMatch(Screen.parse("signal == \"BUY\"")),
                new RuleScope(List.of(MarketSymbol.of("ETH", "USDT")), Exchange.BINANCE, Timeframe.H4),
                RuleTrigger.EVERY,
                Duration.ZERO,
                true,
                List.of(),
                true,
                T0,
                T0);
        Listing eth = new Listing(Exchange.BINANCE, MarketSymbol.of("ETH", "USDT"));
        Listing ethOnOkx = new Listing(Exchange.OKX, MarketSymbol.of("ETH", "USDT"));

        assertThat(engine.look(onlyEth, new RuleEngine.Look(BTC_ON_BINANCE, Timeframe.H4, T0, T0, 1)))
                .isZero();
        assertThat(engine.look(onlyEth, new RuleEngine.Look(ethOnOkx, Timeframe.H4, T0, T0, 1)))
                .isZero();
        assertThat(engine.look(onlyEth, new RuleEngine.Look(eth, Timeframe.H1, T0, T0, 1)))
                .isZero();
        assertThat(engine.size()).as("nothing remembered outside the scope").isZero();
        assertThat(engine.look(onlyEth, new RuleEngine.Look(eth, Timeframe.H4, T0, T0, 1)))
                .isEqualTo(1);

        AlertRule off = onlyEth.withEnabled(false, T0);
        assertThat(engine.look(off, new RuleEngine.Look(eth, Timeframe.H4, T0.plus(Duration.ofHours(4)), T0, 1)))
                .isZero();
    }

    @Test
    void aChangeRuleFiresForEachChangeOfItsKindAndEntersOnlyAfterAQuietLook() {
        AlertRule every = changeRule("rsi", RuleTrigger.EVERY, false);
        assertThat(engine.look(every, look(T0, T0, 2)))
                .as("RSI crossed 30 and 70 at once")
                .isEqualTo(2);
        assertThat(engine.look(every, look(T0.plus(HOUR), T0, 0))).isZero();

        AlertRule oncePerCandle = changeRule("rsi-once", RuleTrigger.EVERY, true);
        assertThat(engine.look(oncePerCandle, look(T0, T0, 2))).isEqualTo(1);

        AlertRule enters = changeRule("rsi-enters", RuleTrigger.ENTERS, false);
        List<Integer> fired = new ArrayList<>();
        for (int events : new int[] {1, 1, 0, 1}) {
            Instant candle = T0.plus(HOUR.multipliedBy(fired.size()));
            fired.add(engine.look(enters, look(candle, candle, events)));
        }
        assertThat(fired).containsExactly(1, 0, 0, 1);
    }

    @Test
    void aChangedRuleStartsAfresh() {
        AlertRule enters = screenRule("fresh", "signal == \"BUY\"", RuleTrigger.ENTERS, Duration.ZERO, true);
        assertThat(engine.look(enters, look(T0, T0, 1))).isEqualTo(1);
        assertThat(engine.look(enters, look(T0.plus(HOUR), T0, 1))).isZero();
        assertThat(engine.state("fresh", BTC_ON_BINANCE, Timeframe.H1)).hasValue(new RuleState(true, T0, T0));

        engine.forget("fresh");
        assertThat(engine.state("fresh", BTC_ON_BINANCE, Timeframe.H1)).isEmpty();
        assertThat(engine.look(enters, look(T0.plus(HOUR.multipliedBy(2)), T0, 1)))
                .as("a symbol that matches is new to the changed rule")
                .isEqualTo(1);
    }

    private static RuleEngine.Look look(Instant candle, Instant at, int events) {
        return new RuleEngine.Look(BTC_ON_BINANCE, Timeframe.H1, candle, at, events);
    }

    private static AlertRule screenRule(
            String id, String screen, RuleTrigger trigger, Duration cooldown, boolean oncePerCandle) {
        return new AlertRule(
                id,
                id,
                new RuleCondition.ScreenMatch(Screen.parse(screen)),
                RuleScope.ALL,
                trigger,
                cooldown,
                oncePerCandle,
                List.of(),
                true,
                T0,
                T0);
    }

    private static AlertRule changeRule(String id, RuleTrigger trigger, boolean oncePerCandle) {
        return new AlertRule(
                id,
                id,
                new RuleCondition.ChangeOf(AlertKind.RSI_CROSS),
                RuleScope.ALL,
                trigger,
                Duration.ZERO,
                oncePerCandle,
                List.of(),
                true,
                T0,
                T0);
    }

    /**
     * The quick analysis after each of the last 30 of 90 hourly candles: flat, then a steady fall (RSI well below
     * 30), a bounce, a second fall and a rise.
     */
    private static List<SymbolAnalysis> fallThenRise() {
        List<Candle> candles = new ArrayList<>();
        double close = 100;
        for (int i = 0; i < 90; i++) {
            double step = i < 60 ? (i % 2 == 0 ? 0.3 : -0.3) : i < 68 ? -1.5 : i < 72 ? 2.0 : i < 78 ? -1.5 : 1.2;
            double open = close;
            close = open + step;
            candles.add(new Candle(
                    T0.toEpochMilli() + i * HOUR.toMillis(),
                    open,
                    Math.max(open, close) + 0.2,
                    Math.min(open, close) - 0.2,
                    close,
                    1000));
        }
        CandleSeries series = CandleSeries.of(BTC, Timeframe.H1, candles);
        List<SymbolAnalysis> analyses = new ArrayList<>();
        for (int end = 60; end <= 90; end++) {
            CandleSeries upTo = series.slice(0, end);
            Instant closeTime = Instant.ofEpochMilli(upTo.lastCloseTimeMs());
            analyses.add(QuickSignalCalculator.analyse(upTo, null, Exchange.BINANCE, false, closeTime, closeTime));
        }
        return analyses;
    }
}
