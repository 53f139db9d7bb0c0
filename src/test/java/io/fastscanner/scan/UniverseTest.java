package io.fastscanner.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import java.util.List;
import org.junit.jupiter.api.Test;

class UniverseTest {

    private static Ticker24h t(String base, String quote, double quoteVolume) {
        return new Ticker24h(MarketSymbol.of(base, quote), 1, 0, quoteVolume, 0);
    }

    @Test
    void ranksByQuoteVolumeAndDropsStablecoinsFiatAndLeveragedTokens() {
        var tickers = List.of(
                t("BTC", "USDT", 900),
                t("USDC", "USDT", 5000),
                t("FDUSD", "USDT", 4000),
                t("EUR", "USDT", 800),
                t("BTCUP", "USDT", 700),
                t("ETH", "USDT", 600),
                t("ETH", "BTC", 10_000),
                t("JUP", "USDT", 500),
                t("SOL", "USDT", 550));
        assertThat(Universe.top(tickers, "USDT", 10))
                .extracting(MarketSymbol::toString)
                .containsExactly("BTC/USDT", "ETH/USDT", "SOL/USDT", "JUP/USDT");
    }

    @Test
    void capsAtTheConfiguredSize() {
        var tickers = List.of(t("A1", "USDT", 1), t("A2", "USDT", 2), t("A3", "USDT", 3));
        assertThat(Universe.top(tickers, "USDT", 2))
                .extracting(MarketSymbol::base)
                .containsExactly("A3", "A2");
    }
}
