package io.fastscanner.marketdata.binance;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fastscanner.marketdata.binance.BinanceFixtures.EXCHANGE_INFO;
import static io.fastscanner.marketdata.binance.BinanceFixtures.TICKER;
import static io.fastscanner.testing.Waits.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Binance's budget of 4800 weight per minute holds 60 all-symbol ticker requests (weight 80 each): 150 of them at once
 * are sent 60, 60 and 30 in three windows, the others wait, and all complete. The clock stands 59 s into a window
 * (outside both margins) until the test moves it on, so every request's window is certain.
 */
@QuarkusTest
@TestProfile(BinanceTestProfile.class)
class BinanceWeightBudgetTest extends BinanceUpstreamTest {

    private static final List<String> BASES = BinanceFixtures.bases(3);
    private static final int TICKER_WEIGHT = 80;
    private static final int PER_WINDOW = BinanceTestProfile.WEIGHT_BUDGET / TICKER_WEIGHT;
    private static final int CALLS = 150;
    /** Long enough for waiting requests to ask the budget again (they wait until the window's end: 1 s) more than once. */
    private static final Duration STILL_HELD = Duration.ofMillis(2500);

    @Test
    void moreRequestsThanTheBudgetAllowsWaitForLaterWindowsAndAllComplete() throws Exception {
        resetUpstream();
        BinanceFixtures.stub(wireMock, EXCHANGE_INFO, 200, BinanceFixtures.exchangeInfo(BASES));
        source.symbols().await().atMost(Duration.ofSeconds(30));
        BinanceFixtures.stub(wireMock, TICKER, 200, BinanceFixtures.tickers(BASES, NOW.toEpochMilli()));
        clock.set(lateInWindow(1));

        List<CompletableFuture<Map<MarketSymbol, Ticker24h>>> calls = IntStream.range(0, CALLS)
                .mapToObj(i -> source.tickers().subscribeAsCompletionStage())
                .toList();

        List<Integer> sentPerWindow = new ArrayList<>();
        for (int window = 1; sent() < CALLS; window++) {
            int expected = Math.min(CALLS, window * PER_WINDOW);
            await("the requests that fit into window " + window).until(() -> sent() >= expected);
            await("no more requests in window " + window)
                    .during(STILL_HELD)
                    .atMost(STILL_HELD.plusSeconds(10))
                    .until(() -> sent() == expected && done(calls) == expected);
            sentPerWindow.add(expected
                    - sentPerWindow.stream().mapToInt(Integer::intValue).sum());
            clock.set(lateInWindow(window + 1));
        }

        assertThat(sentPerWindow).containsExactly(PER_WINDOW, PER_WINDOW, CALLS - 2 * PER_WINDOW);
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        assertThat(calls).allSatisfy(call -> assertThat(call.join()).hasSize(BASES.size()));
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(EXCHANGE_INFO)));
    }

    /** 59 s into the {@code n}-th weight window after {@link #NOW}. */
    private static Instant lateInWindow(int n) {
        return NOW.plus(BinanceTestProfile.WEIGHT_WINDOW.multipliedBy(n)).plusSeconds(59);
    }

    private int sent() {
        return wireMock.findAll(getRequestedFor(urlPathEqualTo(TICKER))).size();
    }

    private static long done(List<? extends CompletableFuture<?>> calls) {
        return calls.stream().filter(CompletableFuture::isDone).count();
    }
}
