package io.fastscanner.marketdata.exchanges;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.budget.BudgetGate;
import io.fastscanner.marketdata.budget.RequestBudgets;
import io.fastscanner.marketdata.budget.WindowLimit;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Opens the spot source of Bybit, OKX, Coinbase, Kraken or KuCoin when it is first used: its HTTP client (base URL
 * {@code quarkus.rest-client.<exchange>.url}), one {@link BudgetGate} per request limit of its {@link SpotApi} (shared
 * in Redis with the redis store), and its {@link SpotMarketDataSource}.
 */
@ApplicationScoped
public class SpotSources {

    private static final Logger LOG = Logger.getLogger(SpotSources.class);

    private final Vertx vertx;
    private final RequestBudgets budgets;
    private final Clock clock;
    private final SpotConfig config;
    private final MeterRegistry registry;
    private final ObjectMapper mapper;
    private final Config settings;
    private final Map<Exchange, SpotMarketDataSource> opened = new ConcurrentHashMap<>();
    private final Map<Exchange, HttpClient> clients = new ConcurrentHashMap<>();

    SpotSources(
            Vertx vertx,
            RequestBudgets budgets,
            Clock clock,
            SpotConfig config,
            MeterRegistry registry,
            ObjectMapper mapper,
            Config settings) {
        this.vertx = vertx;
        this.budgets = budgets;
        this.clock = clock;
        this.config = config;
        this.registry = registry;
        this.mapper = mapper;
        this.settings = settings;
    }

    /** Whether {@code exchange} is one of the spot exchanges served here. */
    public static boolean serves(Exchange exchange) {
        return SpotApis.of(exchange).isPresent();
    }

    /** The source of {@code exchange}; empty for an exchange that is not served here (Binance, replay, synthetic). */
    public Optional<SpotMarketDataSource> source(Exchange exchange) {
        return SpotApis.of(exchange).map(api -> opened.computeIfAbsent(exchange, e -> open(api)));
    }

    private SpotMarketDataSource open(SpotApi api) {
        String baseUrl = baseUrl(api);
        Map<String, BudgetGate> gates = new HashMap<>();
        for (WindowLimit limit : api.limits()) {
            gates.put(limit.name(), budgets.gate(limit));
        }
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(Math.max(1, config.maxConnections()))
                .setKeepAlive(true)
                .setTryUseCompression(true)
                .setConnectTimeout(
                        (int) Math.min(Integer.MAX_VALUE, config.timeout().toMillis())));
        clients.put(api.exchange(), client);
        LOG.infof("Market data of %s from %s", api.exchange(), baseUrl);
        return new SpotMarketDataSource(
                new SpotHttp(api, baseUrl, client, gates, clock, config, registry, mapper), clock, config);
    }

    private String baseUrl(SpotApi api) {
        return settings.getOptionalValue("quarkus.rest-client." + api.exchange().id() + ".url", String.class)
                .orElse(api.defaultBaseUrl());
    }

    @PreDestroy
    void close() {
        clients.values().forEach(c -> c.close().subscribe().with(ok -> {}, failure -> {}));
    }
}
