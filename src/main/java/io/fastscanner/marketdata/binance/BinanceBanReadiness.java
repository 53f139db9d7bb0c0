package io.fastscanner.marketdata.binance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    @ConfigProperty(name = "scanner.source", defaultValue = "replay")
    String source;

    @Inject
    BinanceWeightBudget budget;

    @Override
    public HealthCheckResponse call() {
        if (!BinanceMarketDataSource.NAME.equalsIgnoreCase(source.trim())) {
            return HealthCheckResponse.named(NAME).up().withData("source", source.trim()).build();
        }
        var ban = budget.banEnd();
        return HealthCheckResponse.named(NAME).status(ban.isEmpty())
                .withData("source", BinanceMarketDataSource.NAME)
                .withData("bannedUntil", ban.map(Object::toString).orElse("none"))
                .withData("usedWeight", budget.used())
                .build();
    }
}
