package io.fastscanner.marketdata.exchanges;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.fastscanner.marketdata.binance.MutableClock;
import io.fastscanner.marketdata.budget.BudgetGate;
import io.fastscanner.marketdata.budget.WindowLimit;
import io.fastscanner.testing.Waits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.mutiny.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * One exchange's spot source against a WireMock stand-in of the exchange, without starting Quarkus: local budgets, a
 * clock the test sets, a meter registry whose request counter the test can read. Close it after each test.
 */
public final class SpotHarness implements AutoCloseable {

    public final WireMockServer wireMock;
    public final MutableClock clock = new MutableClock();
    public final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    public final Map<String, BudgetGate> gates = new HashMap<>();
    public final SpotMarketDataSource source;
    private final Vertx vertx = Vertx.vertx();

    public SpotHarness(SpotApi api, Instant now) {
        this(api, now, settings(Duration.ofSeconds(5)));
    }

    public SpotHarness(SpotApi api, Instant now, SpotConfig config) {
        wireMock = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        wireMock.start();
        clock.set(now);
        for (WindowLimit limit : api.limits()) {
            gates.put(limit.name(), BudgetGate.local(limit, clock));
        }
        SpotHttp http = new SpotHttp(
                api, wireMock.baseUrl(), vertx.createHttpClient(), gates, clock, config, registry, new ObjectMapper());
        source = new SpotMarketDataSource(http, clock, config);
    }

    /** The settings of {@code scanner.exchanges.*} with their defaults, but {@code timeout}. */
    public static SpotConfig settings(Duration timeout) {
        return new SpotConfig() {
            @Override
            public Duration timeout() {
                return timeout;
            }

            @Override
            public Duration instrumentsTtl() {
                return Duration.ofHours(1);
            }

            @Override
            public Duration defaultBan() {
                return Duration.ofMinutes(10);
            }

            @Override
            public int pageConcurrency() {
                return 4;
            }

            @Override
            public int maxConnections() {
                return 10;
            }
        };
    }

    /** A test resource as text, e.g. {@code exchanges/bybit/klines.json}. */
    public static String resource(String path) {
        try (var in = SpotHarness.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many requests reached the stand-in whose URL path is {@code path}. */
    public int requests(String path) {
        return (int) wireMock.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().split("\\?")[0].equals(path))
                .count();
    }

    /** The value of {@code scanner.upstream.requests} for one endpoint and status. */
    public double counted(String endpoint, String status) {
        var counter = registry.find(UpstreamCounter.METRIC)
                .tag("endpoint", endpoint)
                .tag("status", status)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    /** Awaits a Uni of the source within the tests' bound. */
    public static <T> T await(io.smallrye.mutiny.Uni<T> uni) {
        return uni.await().atMost(Waits.AT_MOST);
    }

    @Override
    public void close() {
        wireMock.stop();
        vertx.closeAndAwait();
    }
}
