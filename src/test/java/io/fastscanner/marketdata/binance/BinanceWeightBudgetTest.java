package io.fastscanner.marketdata.binance;

import static io.fastscanner.marketdata.binance.BinanceFixtures.EXCHANGE_INFO;
import static io.fastscanner.marketdata.binance.BinanceFixtures.KLINES;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With a budget of 20 weight per 1 s window, 40 symbols (20 + 40 x 2 = 100 weight) take at least five windows,
 * and the fake exchange never sees more than 20 weight in one window.
 */
@QuarkusTest
@TestProfile(BinanceBudgetTestProfile.class)
class BinanceWeightBudgetTest extends BinanceUpstreamTest {

    private static final List<String> BASES = BinanceFixtures.bases(40);

    @BeforeEach
    void reset() {
        resetUpstream();
        BinanceFixtures.stub(wireMock, EXCHANGE_INFO, 200, BinanceFixtures.exchangeInfo(BASES));
    }

    @Test
    void moreRequestsThanTheBudgetAllowsWaitForLaterWindowsAndAllComplete() {
        BinanceFixtures.stub(wireMock, KLINES, 200, BinanceFaultsTest.klines(40));

        List<Uni<Integer>> calls = BASES.stream().map(b -> source.candles(MarketSymbol.of(b, "USDT"),
                Timeframe.H1, 40).map(series -> series.size())).toList();
        List<Integer> sizes = Uni.join().all(calls).andFailFast().await().atMost(Duration.ofSeconds(60));

        assertThat(sizes).hasSize(40).containsOnly(40);
        Map<Long, Integer> perWindow = weightPerWindow();
        assertThat(perWindow.values()).as("weight per window %s", perWindow)
                .allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(BinanceBudgetTestProfile.BUDGET));
        assertThat(perWindow.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(20 + 40 * 2);
        assertThat(perWindow.size()).as("windows used %s", perWindow).isGreaterThanOrEqualTo(5);
    }

    private Map<Long, Integer> weightPerWindow() {
        Map<Long, Integer> perWindow = new TreeMap<>();
        for (ServeEvent event : wireMock.getAllServeEvents()) {
            long window = event.getRequest().getLoggedDate().getTime() / BinanceBudgetTestProfile.WINDOW_MS;
            String path = event.getRequest().getUrl();
            int weight = path.startsWith(EXCHANGE_INFO) ? 20 : path.startsWith(KLINES) ? 2 : 80;
            perWindow.merge(window, weight, Integer::sum);
        }
        return perWindow;
    }
}
