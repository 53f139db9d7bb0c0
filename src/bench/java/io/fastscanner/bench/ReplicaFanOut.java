package io.fastscanner.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * SSE fan-out across replicas: the clients are spread over the replicas (client i on replica i mod r), connected
 * before the warm-up scan; one measured scan runs on the first replica. Every client of every replica must get
 * exactly the events the scan appended to the Redis Stream, and the harness counts what Redis did meanwhile.
 */
final class ReplicaFanOut {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Commands that Redis counts when the budget's Lua scripts run them, apart from the EVALSHA that ran them. */
    private static final Set<String> IN_SCRIPTS = Set.of("get", "incrby", "pexpire", "set");

    private final BenchOptions options;
    private final ScanRuns runs;
    private final RedisServer redis;

    ReplicaFanOut(BenchOptions options, ScanRuns runs, RedisServer redis) {
        this.options = options;
        this.runs = runs;
        this.redis = redis;
    }

    Map<String, Object> run(ReplicaSet replicas, int n, int clients) throws Exception {
        Vertx clientLoops = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        List<SseClients> perReplica = new ArrayList<>();
        try {
            for (int r = 0; r < replicas.size(); r++) {
                int mine = (clients + replicas.size() - 1 - r) / replicas.size();
                perReplica.add(
                        new SseClients(clientLoops, "127.0.0.1", replicas.get(r).port(), mine));
            }
            FanOutRun.Recorder recorder = new FanOutRun.Recorder(clients);
            long connectStart = System.nanoTime();
            List<CompletableFuture<Void>> opened = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                opened.add(perReplica.get(i % replicas.size()).open(i, recorder));
            }
            CompletableFuture.allOf(opened.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
            if (!recorder.connected.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("not every SSE client got its connected event");
            }
            double connectMs = (System.nanoTime() - connectStart) / 1e6;
            Map<String, Object> idle = idleRedisRate(options.smoke ? 1_000 : 5_000);

            ServiceProcess author = replicas.get(0);
            runs.warmUp(author, recorder.log);
            Map<String, RedisServer.CommandStat> before = redis.commandStats();
            long start = System.nanoTime();
            Map<String, Object> scan = runs.measuredScan(author, recorder.log, n);
            double scanMs = (System.nanoTime() - start) / 1e6;
            Map<String, RedisServer.CommandStat> during = RedisServer.delta(before, redis.commandStats());
            String scanId = (String) scan.get("scanId");
            boolean all = recorder.log.completion(scanId).await(1, TimeUnit.SECONDS);

            Map<String, Object> result = recorder.report(scanId, all);
            result.remove("idsContiguous"); // stream ids are <millis>-<sequence>: gaps between them are normal
            List<RedisServer.StreamEntry> published = redis.streamEntriesOf(replicas.eventStream(), scanId);
            result.putAll(againstPublished(
                    recorder,
                    clients,
                    scanId,
                    published.stream().map(RedisServer.StreamEntry::id).toList()));
            result.put("appendDelayMs", appendDelays(published));
            int analysable = (int) scan.get("symbols") - (int) scan.get("quickFailed");
            result.put("expectedEventsPerClient", 3 + 2 * analysable);
            result.put("replicas", replicas.size());
            result.put("connectAllMs", Stats.round(connectMs));
            result.put("redis", redisCost(during, scanMs, idle));
            result.put("scan", scan);
            return result;
        } finally {
            perReplica.forEach(SseClients::close);
            clientLoops.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    /**
     * From an event's {@code timestamp} (when the replica published it) to its stream id's time (when Redis appended
     * it): the part of the delay spent before the stream, apart from reading it back and sending it to clients.
     */
    private static Map<String, Object> appendDelays(List<RedisServer.StreamEntry> entries) {
        double[] ms = entries.stream()
                .mapToDouble(e -> e.appendedMillis() - timestampMillis(e.data()))
                .toArray();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50", Stats.round(Stats.percentile(ms, 50)));
        m.put("p99", Stats.round(Stats.percentile(ms, 99)));
        m.put("max", Stats.round(Stats.max(ms)));
        return m;
    }

    private static double timestampMillis(String data) {
        try {
            Instant t = Instant.parse(JSON.readTree(data).path("timestamp").asText());
            return t.toEpochMilli() + (t.getNano() % 1_000_000) / 1e6;
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    /** Every client's ids against those the scan appended to the stream. */
    private static Map<String, Object> againstPublished(
            FanOutRun.Recorder recorder, int clients, String scanId, List<Long> ids) {
        Set<Long> published = new HashSet<>(ids);
        long missing = 0;
        long extra = 0;
        int identical = 0;
        for (int c = 0; c < clients; c++) {
            Set<Long> mine = recorder.ids(c, scanId);
            Set<Long> notSeen = new HashSet<>(published);
            notSeen.removeAll(mine);
            mine.removeAll(published);
            missing += notSeen.size();
            extra += mine.size();
            if (notSeen.isEmpty() && mine.isEmpty()) {
                identical++;
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("publishedEvents", published.size());
        m.put("clientsIdenticalToPublished", identical);
        m.put("lostVsPublished", missing);
        m.put("extraVsPublished", extra);
        return m;
    }

    /** Commands per second that idle replicas send (their {@code XREAD BLOCK} returning empty, health checks). */
    private Map<String, Object> idleRedisRate(long sampleMs) throws InterruptedException {
        Map<String, RedisServer.CommandStat> before = redis.commandStats();
        Thread.sleep(sampleMs);
        Map<String, Object> perSecond = new LinkedHashMap<>();
        RedisServer.delta(before, redis.commandStats())
                .forEach((name, s) -> perSecond.put(name, Stats.round(s.calls() * 1000.0 / sampleMs)));
        return perSecond;
    }

    private Map<String, Object> redisCost(
            Map<String, RedisServer.CommandStat> during, double scanMs, Map<String, Object> idle) {
        Map<String, Object> commands = new LinkedHashMap<>();
        long clientCommands = 0;
        long usec = 0;
        for (Map.Entry<String, RedisServer.CommandStat> e : during.entrySet()) {
            RedisServer.CommandStat s = e.getValue();
            commands.put(
                    e.getKey(),
                    Map.of(
                            "calls",
                            s.calls(),
                            "usec",
                            s.usec(),
                            "usecPerCall",
                            Stats.round((double) s.usec() / s.calls())));
            if (!IN_SCRIPTS.contains(e.getKey()) && !"info".equals(e.getKey())) { // info: the harness's own
                clientCommands += s.calls();
                usec += s.usec();
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("windowMs", Stats.round(scanMs));
        m.put("clientCommands", clientCommands);
        m.put("redisUsec", usec);
        m.put("commands", commands);
        m.put("idleCallsPerSecond", idle);
        m.put("pingRoundTripMicros", Stats.round(redis.pingMicros(200)));
        return m;
    }
}
