package io.fastscanner.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.testing.Waits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replay directory with an exchange's own recordings ({@code okx/1h/ETH_USDT.csv} beside the default's
 * {@code 1h/BTC_USDT.csv}): a request naming that exchange replays them, its rows naming the exchange, while an
 * exchange without recordings stays live. The files are real 2022 candles ({@code src/test/resources/replay-2022});
 * what is tested is the layout.
 */
class ReplayOfExchangesTest {

    private static final Path RECORDED = Path.of("src/test/resources/replay-2022/1h");

    @TempDir
    Path dir;

    @Test
    void anExchangeWithRecordingsIsReplayedUnderItsOwnName() throws IOException {
        Files.createDirectories(dir.resolve("1h"));
        Files.createDirectories(dir.resolve("okx/1h"));
        Files.copy(RECORDED.resolve("BTC_USDT.csv"), dir.resolve("1h/BTC_USDT.csv"));
        Files.copy(RECORDED.resolve("ETH_USDT.csv"), dir.resolve("okx/1h/ETH_USDT.csv"));
        MarketDataSourceFactory factory = new MarketDataSourceFactory(
                sourceConfig(), replayConfig(dir), null, Clock.systemUTC(), null, null, null);

        MarketDataSource okx = factory.open(Exchange.OKX);

        assertThat(factory.replays(Exchange.OKX)).isTrue();
        assertThat(factory.replays(Exchange.BYBIT)).isFalse();
        assertThat(okx.exchange()).isEqualTo(Exchange.OKX);
        assertThat(okx.live()).isFalse();
        assertThat(okx.symbols().await().atMost(Waits.AT_MOST)).containsExactly(MarketSymbol.of("ETH", "USDT"));
        assertThat(okx.candles(MarketSymbol.of("ETH", "USDT"), Timeframe.H1, 50)
                        .await()
                        .atMost(Waits.AT_MOST)
                        .size())
                .isEqualTo(50);
        assertThat(factory.open(Exchange.REPLAY).symbols().await().atMost(Waits.AT_MOST))
                .containsExactly(MarketSymbol.of("BTC", "USDT"));
    }

    private static SourceConfig sourceConfig() {
        return new SourceConfig() {
            @Override
            public Exchange source() {
                return Exchange.REPLAY;
            }

            @Override
            public int cacheMaxSeries() {
                return 100;
            }
        };
    }

    private static ReplayConfig replayConfig(Path dir) {
        return new ReplayConfig() {
            @Override
            public Optional<String> dir() {
                return Optional.of(dir.toString());
            }

            @Override
            public boolean advancePerScan() {
                return false;
            }
        };
    }
}
