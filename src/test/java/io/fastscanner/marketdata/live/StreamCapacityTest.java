package io.fastscanner.marketdata.live;

import static io.fastscanner.marketdata.live.LiveApi.streams;
import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.testing.LiveStreamsProfile;
import io.fastscanner.testing.Waits;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * More streams than one Binance connection carries (1024): the service opens another connection instead of having
 * the exchange close the first. The 1025 series are watched as the default universe of that size would be (through
 * {@link LiveStreams#watch}, as start-up does), each holding 40 candles so their loads stay small.
 */
@QuarkusTest
@TestProfile(LiveStreamsProfile.class)
class StreamCapacityTest extends LiveTestBase {

    @Inject
    LiveStreams live;

    @Test
    void streamsBeyondBinancesLimitOfAConnectionGoOnAnotherConnection() {
        halfPastANewHour();
        List<String> names = LiveSymbols.MANY.stream()
                .map(base -> BinanceDialect.hourly(base + "USDT"))
                .toList();

        live.watch(
                Exchange.BINANCE,
                LiveSymbols.MANY.stream()
                        .map(base -> new StreamKey(MarketSymbol.of(base, "USDT"), Timeframe.H1))
                        .toList(),
                40);

        Waits.await("all 1025 streams subscribed").until(() -> subscribed(names).size() == names.size());
        List<LoopbackConnection> binance = exchange.streams().connections().stream()
                .filter(c -> c.path().equals(BinanceDialect.PATH))
                .toList();
        assertThat(binance)
                .allSatisfy(c -> assertThat(c.streams().size()).isLessThanOrEqualTo(BinanceDialect.MAX_STREAMS))
                .allSatisfy(c -> assertThat(c.ending()).isNotEqualTo("too many streams"));
        assertThat(binance.stream().filter(c -> c.isOpen() && names.stream().anyMatch(c::carries)))
                .as("open connections carrying the 1025 streams")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(streams("binance"))
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(s -> assertThat(s.path("streams").asInt()).isLessThanOrEqualTo(1024));
        assertThat(streams("binance").stream()
                        .mapToInt(s -> s.path("streams").asInt())
                        .sum())
                .isGreaterThanOrEqualTo(names.size());
    }

    private Set<String> subscribed(List<String> names) {
        Set<String> carried = exchange.streams().connections().stream()
                .filter(LoopbackConnection::isOpen)
                .flatMap(c -> c.streams().stream())
                .collect(Collectors.toSet());
        return names.stream().filter(carried::contains).collect(Collectors.toSet());
    }
}
