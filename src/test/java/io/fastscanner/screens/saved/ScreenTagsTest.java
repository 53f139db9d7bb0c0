package io.fastscanner.screens.saved;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.events.EventData;
import io.fastscanner.events.EventName;
import io.fastscanner.events.ScanEvents;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scan.ScanRow;
import io.fastscanner.scan.SignalStatus;
import io.fastscanner.scan.SymbolAnalysis;
import io.fastscanner.screens.Screen;
import io.fastscanner.signal.SignalType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which saved screens an event carries: those its symbol's latest row passes when it is published. */
class ScreenTagsTest {

    private static final Instant AT = Instant.parse("2026-04-21T00:00:00Z");
    private static final MarketSymbol BTC = MarketSymbol.of("BTC", "USDT");
    private static final MarketSymbol ETH = MarketSymbol.of("ETH", "USDT");

    private final ScreenMatcher matcher = new ScreenMatcher();
    private final ScreenTags tags = new ScreenTags(matcher, null);

    /** An event that names a symbol but no exchange, as an alert does. */
    private record AboutSymbol(MarketSymbol about) implements EventData {

        @Override
        public EventName name() {
            return EventName.ALERT;
        }

        @Override
        public String scanId() {
            return "s";
        }

        @Override
        public Instant timestamp() {
            return AT;
        }
    }

    @Test
    void anEventCarriesTheScreensItsSymbolsLatestRowPasses() {
        matcher.replace(1, List.of(saved("scr-buy", "signal == \"BUY\""), saved("scr-strong", "strength >= 50")));
        SymbolAnalysis btc = analysis(Exchange.REPLAY, BTC, SignalType.BUY, 60);
        SymbolAnalysis eth = analysis(Exchange.REPLAY, ETH, SignalType.SELL, 70);
        tags.keep(btc);
        tags.keep(eth);

        assertThat(tags.matching(analysed(btc))).containsExactly("scr-buy", "scr-strong");
        assertThat(tags.matching(analysed(eth))).containsExactly("scr-strong");
        assertThat(tags.matching(new ScanEvents.ScanStarted("s", AT, Timeframe.H1, null)))
                .isEmpty();

        tags.keep(analysis(Exchange.REPLAY, BTC, SignalType.HOLD, 10));
        assertThat(tags.matching(analysed(btc))).as("the latest row counts").isEmpty();
    }

    @Test
    void eachExchangesRowCountsForItsOwnEventsAndAnyForAnEventThatNamesNoExchange() {
        matcher.replace(1, List.of(saved("scr-buy", "signal == \"BUY\"")));
        SymbolAnalysis onOkx = analysis(Exchange.OKX, BTC, SignalType.BUY, 60);
        SymbolAnalysis onBinance = analysis(Exchange.BINANCE, BTC, SignalType.SELL, 60);
        tags.keep(onOkx);
        tags.keep(onBinance);

        assertThat(tags.matching(analysed(onOkx))).containsExactly("scr-buy");
        assertThat(tags.matching(analysed(onBinance))).isEmpty();
        assertThat(tags.matching(new AboutSymbol(BTC))).containsExactly("scr-buy");
        assertThat(tags.matching(new AboutSymbol(ETH)))
                .as("a symbol without a row")
                .isEmpty();
    }

    @Test
    void theMatcherKeepsTheNewestListItWasGiven() {
        SymbolAnalysis btc = analysis(Exchange.REPLAY, BTC, SignalType.BUY, 60);
        tags.keep(btc);
        assertThat(tags.matching(analysed(btc))).as("no screen saved").isEmpty();

        assertThat(matcher.replace(5, List.of(saved("scr-new", "signal == \"BUY\""))))
                .isTrue();
        assertThat(matcher.replace(4, List.of(saved("scr-old", "signal == \"BUY\""))))
                .isFalse();

        assertThat(tags.matching(analysed(btc))).containsExactly("scr-new");
        assertThat(matcher.version()).isEqualTo(5);
    }

    private static ScanEvents.SymbolAnalyzed analysed(SymbolAnalysis analysis) {
        return new ScanEvents.SymbolAnalyzed("s", AT, analysis.row().symbol(), analysis.row(), null);
    }

    private static SavedScreen saved(String id, String expression) {
        return new SavedScreen(id, id, Screen.parse(expression), AT, AT);
    }

    private static SymbolAnalysis analysis(Exchange exchange, MarketSymbol symbol, SignalType signal, int strength) {
        ScanRow row = new ScanRow(
                symbol,
                exchange,
                Timeframe.H1,
                100.0,
                1.0,
                1e6,
                signal,
                strength,
                strength / 100.0,
                50.0,
                null,
                null,
                SignalStatus.QUICK_SCAN,
                null,
                AT,
                AT,
                false,
                AT,
                null,
                null);
        return SymbolAnalysis.failed(row);
    }
}
