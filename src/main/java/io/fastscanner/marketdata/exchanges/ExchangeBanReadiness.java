package io.fastscanner.marketdata.exchanges;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.ExchangeState;
import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.marketdata.MarketDataSources;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code exchange-ban} in {@code /q/health/ready}: DOWN while the default exchange ({@code scanner.source}) bans this
 * IP, since the scans that name no exchange cannot run; data: the end of every running ban of an exchange in use
 * ({@code <exchange>.bannedUntil}). A ban of another exchange leaves the service ready: the default's scans go on, and
 * the scans naming that exchange say why they fail. Binance's own check, with its weight, is {@code binance-ban}.
 */
@Readiness
@ApplicationScoped
public class ExchangeBanReadiness implements AsyncHealthCheck {

    static final String NAME = "exchange-ban";

    private final MarketDataSources sources;

    ExchangeBanReadiness(MarketDataSources sources) {
        this.sources = sources;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<ExchangeState>> states = sources.choosable().stream()
                .map(sources::inUse)
                .flatMap(Optional::stream)
                .map(MarketDataSource::state)
                .toList();
        return Uni.join().all(states).andCollectFailures().map(all -> {
            Exchange byDefault = sources.defaultExchange();
            HealthCheckResponseBuilder check =
                    HealthCheckResponse.named(NAME).up().withData("source", byDefault.id());
            for (ExchangeState state : all) {
                state.bannedUntil().ifPresent(until -> {
                    check.withData(state.exchange().id() + ".bannedUntil", until.toString());
                    if (state.exchange() == byDefault) {
                        check.down();
                    }
                });
            }
            return check.build();
        });
    }
}
