package io.fastscanner.marketdata.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Worked examples of the 24 h tickers while streams run; times are milliseconds of a made-up clock. */
class LiveTickersTest {

    private static final MarketSymbol BTC = MarketSymbol.of("BTC", "USDT");
    private static final MarketSymbol ETH = MarketSymbol.of("ETH", "USDT");
    private static final MarketSymbol SOL = MarketSymbol.of("SOL", "USDT");
    private static final long MAX_AGE = 60_000;

    /** BTC last traded at 100, up 25 % on the day (so 80 a day ago); ETH at 2 000, down 4 %. */
    private static final Map<MarketSymbol, Ticker24h> FETCHED = Map.of(
            BTC, new Ticker24h(BTC, 100, 25, 5_000_000, 1_000),
            ETH, new Ticker24h(ETH, 2_000, -4, 3_000_000, 1_000));

    @Test
    void nothingBeforeTheFirstRequest() {
        LiveTickers tickers = new LiveTickers();
        tickers.price(BTC, 88);
        assertThat(tickers.current(1_000, MAX_AGE)).isEmpty();
    }

    @Test
    void nothingOnceTheLastRequestIsOlderThanTheMaximumAge() {
        LiveTickers tickers = new LiveTickers();
        tickers.remember(FETCHED, 1_000);
        assertThat(tickers.current(1_000 + MAX_AGE, MAX_AGE)).isPresent();
        assertThat(tickers.current(1_000 + MAX_AGE + 1, MAX_AGE)).isEmpty();
    }

    @Test
    void aStreamedPriceReplacesTheLastPriceAndTheChangeIsTakenAgainstTheSameDayAgoPrice() {
        LiveTickers tickers = new LiveTickers();
        tickers.remember(FETCHED, 1_000);
        tickers.price(BTC, 88); // 80 a day ago: +10 %
        tickers.price(SOL, 150); // not among the tickers: not added

        Map<MarketSymbol, Ticker24h> current = tickers.current(2_000, MAX_AGE).orElseThrow();
        Ticker24h btc = current.get(BTC);
        assertThat(btc.lastPrice()).isEqualTo(88);
        assertThat(btc.changePercent()).isCloseTo(10, within(1e-9));
        assertThat(btc.quoteVolume()).isEqualTo(5_000_000);
        assertThat(btc.asOfMs()).isEqualTo(2_000);
        assertThat(current.get(ETH)).isEqualTo(FETCHED.get(ETH));
        assertThat(current).containsOnlyKeys(BTC, ETH);
    }

    @Test
    void theLatestStreamedPriceCounts() {
        LiveTickers tickers = new LiveTickers();
        tickers.remember(FETCHED, 1_000);
        tickers.price(BTC, 88);
        tickers.price(BTC, 72); // 80 a day ago: -10 %
        Ticker24h btc = tickers.current(2_000, MAX_AGE).orElseThrow().get(BTC);
        assertThat(btc.lastPrice()).isEqualTo(72);
        assertThat(btc.changePercent()).isCloseTo(-10, within(1e-9));
    }

    @Test
    void theMergedTickersAreReusedFor250MsAndRebuiltAfterANewRequest() {
        LiveTickers tickers = new LiveTickers();
        tickers.remember(FETCHED, 1_000);
        tickers.price(BTC, 88);
        Map<MarketSymbol, Ticker24h> first = tickers.current(2_000, MAX_AGE).orElseThrow();

        tickers.price(BTC, 90);
        assertThat(tickers.current(2_249, MAX_AGE).orElseThrow()).isSameAs(first);
        Map<MarketSymbol, Ticker24h> second = tickers.current(2_250, MAX_AGE).orElseThrow();
        assertThat(second).isNotSameAs(first);
        assertThat(second.get(BTC).lastPrice()).isEqualTo(90);

        // a new request a moment later: its tickers are merged at once
        tickers.remember(Map.of(BTC, new Ticker24h(BTC, 90, 12.5, 6_000_000, 2_300)), 2_300);
        Map<MarketSymbol, Ticker24h> third = tickers.current(2_310, MAX_AGE).orElseThrow();
        assertThat(third).isNotSameAs(second).containsOnlyKeys(BTC);
        assertThat(third.get(BTC).quoteVolume()).isEqualTo(6_000_000);
        assertThat(third.get(BTC).changePercent()).isCloseTo(12.5, within(1e-9));
    }
}
