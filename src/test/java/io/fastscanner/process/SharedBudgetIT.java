package io.fastscanner.process;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.fastscanner.testing.Waits.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.binance.BinanceFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Three replicas on one Redis spend one Binance request-weight budget: each scans symbols of its own, all at once,
 * against a Binance (WireMock) that records when each request arrived. Counted in the service's windows (4 s here,
 * for a short test), the replicas together never send more weight than one replica's budget, though they need
 * several windows of it.
 */
class SharedBudgetIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long WINDOW_MS = 4_000;
    private static final int BUDGET = 200;
    private static final int REPLICAS = 3;
    private static final int SYMBOLS_EACH = 8;
    private static final List<String> BASES = BinanceFixtures.bases(REPLICAS * SYMBOLS_EACH);

    private final PrefixKeys redis = PrefixKeys.fresh();
    private final List<ServiceProcess> replicas = new ArrayList<>();
    private WireMockServer binance;

    @BeforeEach
    void startBinance() {
        binance = new WireMockServer(options().dynamicPort());
        binance.start();
        long now = System.currentTimeMillis();
        BinanceFixtures.stub(binance, BinanceFixtures.EXCHANGE_INFO, 200, BinanceFixtures.exchangeInfo(BASES));
        BinanceFixtures.stub(binance, BinanceFixtures.TICKER, 200, BinanceFixtures.tickers(BASES, now));
        for (Timeframe tf : Timeframe.values()) {
            long lastClosedOpen = now / tf.millis() * tf.millis() - tf.millis();
            binance.stubFor(get(urlPathEqualTo(BinanceFixtures.KLINES))
                    .withQueryParam("interval", equalTo(tf.label()))
                    .willReturn(aResponse()
                            .withStatus(200)
                            .withHeader("Content-Type", "application/json")
                            .withBody(BinanceFixtures.klines(lastClosedOpen - 999 * tf.millis(), tf.millis(), 1000))));
        }
    }

    @AfterEach
    void stop() throws Exception {
        replicas.forEach(ServiceProcess::close);
        binance.stop();
        redis.deleteAll();
    }

    @Test
    void threeReplicasScanningAtOnceStayWithinOneBudget() throws Exception {
        startReplicas();
        StreamReader events = StreamReader.open(replicas.get(0).uri("/api/scanner/events"), Map.of());
        await("connected").until(() -> events.dataOf("connected") != null);

        List<CompletableFuture<String>> scans = new ArrayList<>();
        for (int r = 0; r < REPLICAS; r++) {
            List<String> mine = BASES.subList(r * SYMBOLS_EACH, (r + 1) * SYMBOLS_EACH).stream()
                    .map(b -> b + "/USDT")
                    .toList();
            scans.add(scan(replicas.get(r), mine));
        }
        for (CompletableFuture<String> scan : scans) {
            String scanId = scan.join();
            await("the closing event of " + scanId + " on the first replica")
                    .until(() -> closingEvent(events, scanId) != null);
            assertThat(JSON.readTree(closingEvent(events, scanId)).get("failed").asInt())
                    .as("symbols whose deep analysis failed in " + scanId)
                    .isZero();
        }

        Map<Long, Integer> weightByWindow = weightByWindow();
        int total = weightByWindow.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(total)
                .as("the replicas needed more than one window's budget")
                .isGreaterThan(2 * BUDGET);
        assertThat(weightByWindow.values())
                .as("weight Binance received per window, by window start: " + weightByWindow)
                .allSatisfy(weight -> assertThat(weight).isLessThanOrEqualTo(BUDGET));
    }

    private void startReplicas() {
        List<String> options = List.of(
                "-Dscanner.store=redis",
                "-Dscanner.redis.prefix=" + redis.prefix(),
                "-Dquarkus.redis.hosts=redis://127.0.0.1:6379",
                "-Dquarkus.shutdown.delay=0s",
                "-Dscanner.source=binance",
                "-Dquarkus.rest-client.binance.url=" + binance.baseUrl(),
                "-Dscanner.binance.weight-budget=" + BUDGET,
                "-Dscanner.binance.weight-window=" + WINDOW_MS + "ms");
        List<CompletableFuture<ServiceProcess>> starting = new ArrayList<>();
        for (int r = 0; r < REPLICAS; r++) {
            String name = "budget-" + (char) ('a' + r);
            starting.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return ServiceProcess.start(name, options);
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            }));
        }
        starting.forEach(s -> replicas.add(s.join()));
    }

    private static CompletableFuture<String> scan(ServiceProcess replica, List<String> symbols) throws Exception {
        String body = JSON.writeValueAsString(Map.of("symbols", symbols));
        return replica.quickScan(body).thenApply(r -> {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            try {
                return JSON.readTree(r.body()).get("scanId").asText();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
    }

    /** The data of the scan's deepAnalysisComplete event, or null. */
    private static String closingEvent(StreamReader events, String scanId) {
        return events.lines().stream()
                .filter(l -> l.startsWith("data:") && l.contains(scanId) && l.contains("\"failed\""))
                .map(l -> l.substring(5))
                .findFirst()
                .orElse(null);
    }

    /** Request weight per window of {@link #WINDOW_MS} (aligned to the epoch, as the service's), by arrival time. */
    private Map<Long, Integer> weightByWindow() {
        Map<Long, Integer> byWindow = new TreeMap<>();
        for (ServeEvent e : binance.getAllServeEvents()) {
            long window = Math.floorDiv(e.getRequest().getLoggedDate().getTime(), WINDOW_MS) * WINDOW_MS;
            byWindow.merge(window, weight(e.getRequest().getUrl()), Integer::sum);
        }
        return byWindow;
    }

    /** Binance's documented weights of the calls the service makes. */
    private static int weight(String url) {
        if (url.startsWith(BinanceFixtures.TICKER)) {
            return 80;
        }
        if (url.startsWith(BinanceFixtures.EXCHANGE_INFO)) {
            return 20;
        }
        return url.startsWith(BinanceFixtures.KLINES) ? 2 : 1;
    }
}
