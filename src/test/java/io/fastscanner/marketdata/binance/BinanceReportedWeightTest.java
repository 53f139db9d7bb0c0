package io.fastscanner.marketdata.binance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fastscanner.marketdata.binance.BinanceFixtures.EXCHANGE_INFO;
import static io.fastscanner.marketdata.binance.BinanceFixtures.KLINES;
import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Binance's own count of the window ({@code X-MBX-USED-WEIGHT-1M}) holds back requests when it is higher than ours. */
@QuarkusTest
@TestProfile(BinanceReportedWeightTestProfile.class)
class BinanceReportedWeightTest extends BinanceUpstreamTest {

    private static final List<String> BASES = BinanceFixtures.bases(3);

    @Test
    void aFullWindowReportedByBinanceMakesTheNextRequestWaitForTheNextWindow() {
        resetUpstream();
        BinanceFixtures.stub(wireMock, EXCHANGE_INFO, 200, BinanceFixtures.exchangeInfo(BASES));
        source.symbols().await().atMost(Duration.ofSeconds(30));
        wireMock.resetRequests();
        // the exchange says the window is full (other clients on the same IP)
        wireMock.stubFor(get(urlPathEqualTo(KLINES)).willReturn(aResponse().withStatus(200)
                .withHeader("X-MBX-USED-WEIGHT-1M", String.valueOf(BinanceBudgetTestProfile.BUDGET))
                .withBody(BinanceFaultsTest.klines(40))));

        for (String base : BASES) {
            source.candles(MarketSymbol.of(base, "USDT"), Timeframe.H1, 40).await().atMost(Duration.ofSeconds(30));
        }

        List<Long> windows = wireMock.getAllServeEvents().stream()
                .map(e -> e.getRequest().getLoggedDate().getTime() / BinanceBudgetTestProfile.WINDOW_MS)
                .sorted().toList();
        assertThat(windows).hasSize(3).doesNotHaveDuplicates();
    }
}
