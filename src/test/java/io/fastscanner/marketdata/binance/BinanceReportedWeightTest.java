package io.fastscanner.marketdata.binance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fastscanner.marketdata.binance.BinanceFixtures.EXCHANGE_INFO;
import static io.fastscanner.marketdata.binance.BinanceFixtures.KLINES;
import static io.fastscanner.testing.Waits.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Binance's own count of the window ({@code X-MBX-USED-WEIGHT-1M}) holds back requests when it is higher than ours.
 * The clock stands still in each window, so which window a request is counted in is certain: it stands 59 s into
 * the window (outside both margins), and the test moves it to the next window to let a held request go.
 */
@QuarkusTest
@TestProfile(BinanceTestProfile.class)
class BinanceReportedWeightTest extends BinanceUpstreamTest {

    private static final List<String> BASES = BinanceFixtures.bases(3);
    /** Long enough for a held request to ask the budget again (it waits until the window's end: 1 s) more than once. */
    private static final Duration STILL_HELD = Duration.ofMillis(2500);

    @Test
    void aFullWindowReportedByBinanceMakesTheNextRequestWaitForTheNextWindow() {
        resetUpstream();
        BinanceFixtures.stub(wireMock, EXCHANGE_INFO, 200, BinanceFixtures.exchangeInfo(BASES));
        source.symbols().await().atMost(Duration.ofSeconds(30));
        wireMock.resetRequests();
        // the exchange says every window is full (other clients on the same IP)
        wireMock.stubFor(get(urlPathEqualTo(KLINES))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("X-MBX-USED-WEIGHT-1M", String.valueOf(BinanceTestProfile.WEIGHT_BUDGET))
                        .withBody(BinanceFaultsTest.klines(40))));

        clock.set(lateInWindow(1));
        assertThat(candles(BASES.get(0)).join().size()).isEqualTo(40);
        assertThat(klinesRequests()).isEqualTo(1);
        for (int i = 1; i < BASES.size(); i++) {
            CompletableFuture<CandleSeries> next = candles(BASES.get(i));
            int sent = i;
            await("no request while Binance reports window " + i + " full")
                    .during(STILL_HELD)
                    .atMost(STILL_HELD.plusSeconds(10))
                    .until(() -> klinesRequests() == sent && !next.isDone());
            clock.set(lateInWindow(i + 1));
            assertThat(next.join().size()).isEqualTo(40);
            assertThat(klinesRequests()).isEqualTo(i + 1);
        }
    }

    /** 59 s into the {@code n}-th weight window after {@link #NOW}. */
    private static Instant lateInWindow(int n) {
        return NOW.plus(BinanceTestProfile.WEIGHT_WINDOW.multipliedBy(n)).plusSeconds(59);
    }

    /** 40 hourly candles of {@code base}, completing within a minute or failing. */
    private CompletableFuture<CandleSeries> candles(String base) {
        return source.candles(MarketSymbol.of(base, "USDT"), Timeframe.H1, 40)
                .subscribeAsCompletionStage()
                .orTimeout(60, TimeUnit.SECONDS);
    }

    private int klinesRequests() {
        return wireMock.findAll(getRequestedFor(urlPathEqualTo(KLINES))).size();
    }
}
