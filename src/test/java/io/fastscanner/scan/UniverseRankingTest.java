package io.fastscanner.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UniverseRankingTest {

    private static final Instant SEEN = Instant.parse("2026-01-01T00:00:00Z");
    private static final MarketSymbol BTC = MarketSymbol.of("BTC", "USDT");
    private static final MarketSymbol ETH = MarketSymbol.of("ETH", "USDT");
    private static final Map<MarketSymbol, Ticker24h> TICKERS =
            Map.of(BTC, new Ticker24h(BTC, 1, 0, 500, 0), ETH, new Ticker24h(ETH, 1, 0, 900, 0));

    private final UniverseRanking ranking = new UniverseRanking();

    @Test
    void nothingSeenNoRanking() {
        assertThat(ranking.top(Exchange.BINANCE, "USDT", 2, Duration.ofMinutes(5), SEEN))
                .isEmpty();
    }

    @Test
    void tickersSeenWithinTheMaxAgeRankByVolume() {
        ranking.remember(Exchange.BINANCE, TICKERS, SEEN);

        assertThat(ranking.top(Exchange.BINANCE, "USDT", 2, Duration.ofMinutes(5), SEEN.plusSeconds(300)))
                .hasValue(List.of(ETH, BTC));
        assertThat(ranking.top(Exchange.BINANCE, "USDT", 1, Duration.ofMinutes(5), SEEN.plusSeconds(10)))
                .hasValue(List.of(ETH));
    }

    @Test
    void olderTickersAnotherSourceOrAZeroMaxAgeGiveNoRanking() {
        ranking.remember(Exchange.BINANCE, TICKERS, SEEN);

        assertThat(ranking.top(Exchange.BINANCE, "USDT", 2, Duration.ofMinutes(5), SEEN.plusSeconds(301)))
                .isEmpty();
        assertThat(ranking.top(Exchange.REPLAY, "USDT", 2, Duration.ofMinutes(5), SEEN))
                .isEmpty();
        assertThat(ranking.top(Exchange.BINANCE, "USDT", 2, Duration.ZERO, SEEN))
                .isEmpty();
    }
}
