package io.fastscanner.marketdata.binance;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.SourceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code binance-ban} in {@code /q/health/ready}: DOWN while Binance bans this IP (HTTP 418), with the time the
 * ban ends ({@code bannedUntil}) and the request weight used in the current window. With another
 * {@code scanner.source} it is always UP and only names the source.
 */
@Readiness
@ApplicationScoped
public class BinanceBanReadiness implements HealthCheck {

    static final String NAME = "binance-ban";

    private final SourceConfig config;
    private final BinanceWeightBudget budget;

    BinanceBanReadiness(SourceConfig config, BinanceWeightBudget budget) {
        this.config = config;
        this.budget = budget;
    }

    @Override
    public HealthCheckResponse call() {
        if (config.source() != Exchange.BINANCE) {
            return HealthCheckResponse.named(NAME)
                    .up()
                    .withData("source", config.source().id())
                    .build();
        }
        var ban = budget.banEnd();
        return HealthCheckResponse.named(NAME)
                .status(ban.isEmpty())
                .withData("source", Exchange.BINANCE.id())
                .withData("bannedUntil", ban.map(Object::toString).orElse("none"))
                .withData("usedWeight", budget.used())
                .build();
    }
}
