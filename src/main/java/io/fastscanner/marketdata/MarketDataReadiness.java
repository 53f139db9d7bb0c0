package io.fastscanner.marketdata;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the market data source can list its symbols. */
@Readiness
@ApplicationScoped
public class MarketDataReadiness implements AsyncHealthCheck {

    private final MarketDataSource source;

    MarketDataReadiness(MarketDataSource source) {
        this.source = source;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return source.symbols()
                .ifNoItem()
                .after(Duration.ofSeconds(5))
                .fail()
                .map(symbols -> HealthCheckResponse.named("market-data")
                        .status(!symbols.isEmpty())
                        .withData("source", source.exchange().id())
                        .withData("symbols", symbols.size())
                        .withData("clock", source.now().toString())
                        .build())
                .onFailure()
                .recoverWithItem(e -> HealthCheckResponse.named("market-data")
                        .down()
                        .withData("source", source.exchange().id())
                        .withData("error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                        .build());
    }
}
