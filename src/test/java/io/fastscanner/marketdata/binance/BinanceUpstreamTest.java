package io.fastscanner.marketdata.binance;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.fastscanner.marketdata.budget.BudgetState;
import io.fastscanner.testing.Scans;
import io.fastscanner.testing.Waits;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Instant;

/** What every WireMock test of the Binance source shares: the fake exchange, the source, its clock and budget. */
abstract class BinanceUpstreamTest {

    static final Instant NOW = Instant.parse("2026-05-01T12:30:00Z");

    @InjectWireMock
    WireMockServer wireMock;

    @Inject
    BinanceMarketDataSource source;

    @Inject
    MutableClock clock;

    @Inject
    BinanceWeightBudget budget;

    /**
     * Once no scan of an earlier test is running any more: no stubs, no recorded requests, an empty weight budget,
     * closed circuits, a fresh symbol list, clock running from NOW.
     */
    void resetUpstream() {
        Scans.awaitIdle();
        wireMock.resetAll();
        budget.clear().await().atMost(Waits.AT_MOST);
        CircuitBreakerMaintenance.get().resetAll();
        source.invalidateExchangeInfo();
        clock.runFrom(NOW);
    }

    /** The weight budget now: used weight, pause, ban. */
    BudgetState budgetState() {
        return budget.state().await().atMost(Waits.AT_MOST);
    }
}
