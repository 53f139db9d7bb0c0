package io.fastscanner.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The SSE fan-out run: {@code clients} connections on the event stream of a fresh service, connected before its
 * warm-up scan (a service that has been serving its dashboards for a while), then one measured scan whose events
 * every client must receive. Delay = receipt time at the client − the event's {@code timestamp}.
 *
 * <p>The clients run on their own Vert.x event loops, apart from the exchange simulator's, and record what they
 * receive in per-client arrays: the harness shares the service's CPUs and must cost as little as it can.
 */
final class FanOutRun {

    private final BenchOptions options;
    private final ScanRuns runs;
    private final ExchangeSimulator simulator;
    private final Path logs;

    FanOutRun(BenchOptions options, ScanRuns runs, ExchangeSimulator simulator, Path logs) {
        this.options = options;
        this.runs = runs;
        this.simulator = simulator;
        this.logs = logs;
    }

    Map<String, Object> run(int n, int clients) throws Exception {
        simulator.reset();
        Path log = logs.resolve("service-sse-n" + n + ".log");
        Vertx clientLoops = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        try (ServiceProcess service = ServiceProcess.start(
                        options.javaHome(),
                        options.jar,
                        runs.jvmOptions(),
                        runs.serviceProperties(n),
                        log,
                        Duration.ofMinutes(2));
                SseClients sse = new SseClients(clientLoops, "127.0.0.1", service.port(), clients)) {
            Recorder recorder = new Recorder(clients);
            long connectStart = System.nanoTime();
            List<CompletableFuture<Void>> opened = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                opened.add(sse.open(i, recorder));
            }
            CompletableFuture.allOf(opened.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
            if (!recorder.connected.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("not every SSE client got its connected event");
            }
            double connectMs = (System.nanoTime() - connectStart) / 1e6;
            runs.warmUp(service, recorder.log);
            Map<String, Object> scan = runs.measuredScan(service, recorder.log, n);
            String scanId = (String) scan.get("scanId");
            boolean all = recorder.log.completion(scanId).await(options.deepTimeout.toSeconds(), TimeUnit.SECONDS);
            Map<String, Object> result = recorder.report(scanId, all);
            int analysable = (int) scan.get("symbols") - (int) scan.get("quickFailed");
            result.put("expectedEventsPerClient", 3 + 2 * analysable);
            result.put("connectAllMs", Stats.round(connectMs));
            result.put("scan", scan);
            return result;
        } finally {
            clientLoops.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    /** What every client received. */
    static final class Recorder implements SseClients.Listener {
        final CountDownLatch connected;
        final ScanRuns.EventLog log;
        private final Received[] clients;

        Recorder(int clients) {
            this.connected = new CountDownLatch(clients);
            this.log = new ScanRuns.EventLog(clients);
            this.clients = new Received[clients];
            Arrays.setAll(this.clients, i -> new Received());
        }

        @Override
        public void onEvent(int client, SseEvent event) {
            if ("connected".equals(event.name())) {
                connected.countDown();
                return;
            }
            String scanId = event.scanId();
            if (scanId == null) {
                return;
            }
            long timestamp = event.timestampMicros();
            clients[client].add(
                    event.id(),
                    event.name(),
                    scanId,
                    timestamp < 0 ? Long.MIN_VALUE : event.receivedMicros() - timestamp);
            if ("deepAnalysisComplete".equals(event.name())) {
                log.onEvent(client, event);
            }
        }

        /** The ids of {@code scanId}'s events that {@code client} received. */
        Set<Long> ids(int client, String scanId) {
            Set<Long> ids = new HashSet<>();
            clients[client].idsOf(scanId, ids);
            return ids;
        }

        Map<String, Object> report(String scanId, boolean allCompleted) {
            Set<Long> union = new TreeSet<>();
            for (Received r : clients) {
                r.idsOf(scanId, union);
            }
            List<Double> delays = new ArrayList<>();
            Map<String, List<Double>> byName = new TreeMap<>();
            long lost = 0;
            long duplicates = 0;
            int complete = 0;
            for (Received r : clients) {
                Set<Long> mine = new HashSet<>();
                duplicates += r.idsOf(scanId, mine) - mine.size();
                mine.retainAll(union);
                lost += union.size() - mine.size();
                if (mine.size() == union.size()) {
                    complete++;
                }
                r.delaysOf(scanId, delays, byName);
            }
            Map<String, Object> perEvent = new LinkedHashMap<>();
            byName.forEach((name, values) -> {
                double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
                perEvent.put(
                        name,
                        Map.of(
                                "p50",
                                Stats.round(Stats.percentile(v, 50)),
                                "p99",
                                Stats.round(Stats.percentile(v, 99)),
                                "max",
                                Stats.round(Stats.max(v))));
            });
            double[] d = delays.stream().mapToDouble(Double::doubleValue).toArray();
            long first = union.isEmpty() ? 0 : ((TreeSet<Long>) union).first();
            long last = union.isEmpty() ? -1 : ((TreeSet<Long>) union).last();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("clients", clients.length);
            m.put("allCompleted", allCompleted);
            m.put("eventsPerClient", union.size());
            m.put("idsContiguous", last - first + 1 == union.size());
            m.put("deliveries", d.length);
            m.put("clientsWithEveryEvent", complete);
            m.put("lostEvents", lost);
            m.put("duplicateEvents", duplicates);
            m.put("delayMsP50", Stats.round(Stats.percentile(d, 50)));
            m.put("delayMsP99", Stats.round(Stats.percentile(d, 99)));
            m.put("delayMsMax", Stats.round(Stats.max(d)));
            m.put("delayMsByEvent", perEvent);
            return m;
        }
    }

    /**
     * One client's deliveries in arrival order. Written on the client's event loop, read by the harness after the
     * scan: the lock is never contended but makes the arrays visible.
     */
    static final class Received {
        private long[] ids = new long[256];
        private long[] delaysMicros = new long[256];
        private String[] names = new String[256];
        private String[] scanIds = new String[256];
        private int count;

        synchronized void add(long id, String name, String scanId, long delayMicros) {
            if (count == ids.length) {
                ids = Arrays.copyOf(ids, count * 2);
                delaysMicros = Arrays.copyOf(delaysMicros, count * 2);
                names = Arrays.copyOf(names, count * 2);
                scanIds = Arrays.copyOf(scanIds, count * 2);
            }
            ids[count] = id;
            delaysMicros[count] = delayMicros;
            names[count] = name;
            scanIds[count] = scanId;
            count++;
        }

        /** Adds the ids received of {@code scanId} to {@code into}; returns how many deliveries there were. */
        synchronized int idsOf(String scanId, Set<Long> into) {
            int deliveries = 0;
            for (int i = 0; i < count; i++) {
                if (scanId.equals(scanIds[i])) {
                    into.add(ids[i]);
                    deliveries++;
                }
            }
            return deliveries;
        }

        synchronized void delaysOf(String scanId, List<Double> all, Map<String, List<Double>> byName) {
            for (int i = 0; i < count; i++) {
                if (scanId.equals(scanIds[i]) && delaysMicros[i] != Long.MIN_VALUE) {
                    double ms = delaysMicros[i] / 1000.0;
                    all.add(ms);
                    byName.computeIfAbsent(names[i], k -> new ArrayList<>()).add(ms);
                }
            }
        }
    }
}
