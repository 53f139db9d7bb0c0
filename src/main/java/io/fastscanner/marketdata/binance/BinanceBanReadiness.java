package io.fastscanner.marketdata.binance;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketDataException;
import io.fastscanner.marketdata.SourceConfig;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code binance-ban} in {@code /q/health/ready}: DOWN while Binance bans this IP (HTTP 418), with the time the
 * ban ends ({@code bannedUntil}) and the request weight used in the current window. With {@code scanner.store=redis}
 * the ban is the one every replica shares, and the check is DOWN while it cannot be read ({@code error}), since no
 * request is sent then. With another {@code scanner.source} it is always UP and only names the source.
 */
@Readiness
@ApplicationScoped
public class BinanceBanReadiness implements AsyncHealthCheck {

    static final String NAME = "binance-ban";

    private final SourceConfig config;
    private final BinanceWeightBudget budget;

    BinanceBanReadiness(SourceConfig config, BinanceWeightBudget budget) {
        this.config = config;
        this.budget = budget;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        if (config.source() != Exchange.BINANCE) {
            return Uni.createFrom()
                    .item(HealthCheckResponse.named(NAME)
                            .up()
                            .withData("source", config.source().id())
                            .build());
        }
        return budget.state()
                .map(state -> HealthCheckResponse.named(NAME)
                        .status(state.banEnd().isEmpty())
                        .withData("source", Exchange.BINANCE.id())
                        .withData(
                                "bannedUntil",
                                state.banEnd().map(Object::toString).orElse("none"))
                        .withData("usedWeight", state.used())
                        .build())
                .onFailure(MarketDataException.class)
                .recoverWithItem(failure -> HealthCheckResponse.named(NAME)
                        .down()
                        .withData("source", Exchange.BINANCE.id())
                        .withData("bannedUntil", "unknown")
                        .withData("error", ((MarketDataException) failure).reason() + ": " + failure.getMessage())
                        .build());
    }
}
