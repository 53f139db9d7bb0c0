package io.fastscanner.bench;

import io.fastscanner.marketdata.Exchange;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Command-line options of {@code bench/run.sh} (see {@link #USAGE}). */
final class BenchOptions {

    static final String USAGE = """
            bench/run.sh [--smoke | --quick | --live] [options]
              --smoke                N=5, 1 repetition, 5 ms latency, 20 SSE clients, 1 cold start (N=5), each
                                     other exchange once at N=5, the live part at N=5 with 3 scans and no candle
                                     boundary, JMH benchmarks run once (no timed runs); writes target/bench/smoke/
                                     instead of bench/results/
              --quick                2 repetitions and short JMH runs
              --sizes 20,100,400,1000   universe sizes N of the end-to-end runs ('' to skip them)
              --reps 5               repetitions per size (a fresh service each)
              --latency-ms 100       simulated exchange latency L
              --jitter-ms 10         uniform jitter around L (+-)
              --concurrency 0        scanner.quick-scan.concurrency of the service (0: its default, 20)
              --warmup-symbols 200   symbols of the warm-up scan (the least traded; never in a measured universe)
              --sse-clients 1000     SSE fan-out clients (0: skip the fan-out run)
              --sse-symbols 100      universe size of the fan-out run
              --jmh full|quick|smoke|off   JMH micro-benchmarks
              --replica-clients 1000 SSE clients of the replicas part, spread over 3 replicas on the Redis at
                                     127.0.0.1:6379 (0: skip the part)
              --replica-symbols 100  universe size of the replicas' fan-out scan and of the memory/redis pairs
              --replica-reps 2       pairs of end-to-end runs, memory store then redis store, at --replica-symbols
              --budget-symbols 1000  symbols of the one-budget run, split over the 3 replicas (0: skip it)
              --replicas-only        run only the replicas part (no other end-to-end runs, fan-out or JMH)
              --exchanges LIST       run only the quick scan on the other exchanges, e.g. bybit,okx,coinbase,
                                     kraken,kucoin: each its own simulator and floor (the full run includes all five)
              --no-exchanges         leave the other exchanges out of the run
              --live                 run only the live streams part (the service with scanner.live.enabled against
                                     the simulated REST API and kline streams); writes live.md and live.json
              --live-symbols 400     scanner.universe.size of the live part (the streamed symbols)
              --live-timeframes 1m,1h   scanner.live.timeframes of the live part
              --live-scans 30        quick scans of the default universe on 1h, answered from memory
              --live-idle 60         seconds the service streams alone (CPU and RSS measured), at least until
              --live-boundaries 2    1m candle boundaries have passed (signalUpdated delay)
              --live-warm 300        seconds allowed for the streams to be connected and a scan answered live
              --exchange-size 100    N of the quick scan on each other exchange
              --exchange-reps 3      repetitions per exchange (a fresh service each)
              --xmx 224m             -Xmx of the service JVM ('' for the JVM default)
              --plain-jvm            leave out the service JVM options recommended for small containers
                                     (-XX:+UseSerialGC -XX:TieredStopAtLevel=1, see bench/README.md)
              --jvm-opt OPT          extra JVM option of the service (repeatable)
              -Dkey=value            extra configuration of the service (repeatable), e.g.
                                     -Dquarkus.rest-client.binance.connection-pool-size=100
              --jar PATH             the packaged service (target/quarkus-app/quarkus-run.jar)
              --out DIR              where latest.md and latest.json go (bench/results)
              --deep-timeout 300     seconds to wait for deepAnalysisComplete
              --cold-sizes 100       N of the cold-start runs: start-to-ready, first and second scan of a fresh
                                     service ('' to skip them)
              --cold-reps 5          repetitions of the cold-start runs (a fresh service each)
              --java DIR             Java home of every service JVM (the harness's own by default), e.g.
                                     /usr/lib/jvm/temurin-25-jdk-amd64
              --cold-java DIR        another Java home for the cold-start runs only (repeatable): each repetition
                                     starts the service on every JVM in turn, so they share the machine's load
              --aot-cache FILE       an AOT cache of the service (bench/training-run.sh, JDK 25): the cold-start
                                     runs then also start the last JVM given with it
            """;

    boolean smoke;
    List<Integer> sizes = List.of(20, 100, 400, 1000);
    int reps = 5;
    long latencyMs = 100;
    long jitterMs = 10;
    int concurrency = 0;
    int warmupSymbols = 200;
    int sseClients = 1000;
    int sseSymbols = 100;
    String jmh = "full";
    int replicaClients = 1000;
    int replicaSymbols = 100;
    int replicaReps = 2;
    int budgetSymbols = 1000;
    List<Exchange> exchanges = SpotSimulator.EXCHANGES;
    int exchangeSize = 100;
    int exchangeReps = 3;
    String xmx = "224m";
    /** The JVM options recommended for a 2-CPU, 512 MiB container (bench/README.md): the service runs as measured. */
    static final List<String> SMALL_CONTAINER_JVM = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    List<String> serviceJvmOptions = new ArrayList<>(SMALL_CONTAINER_JVM);
    Map<String, String> serviceProperties = new LinkedHashMap<>();
    Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
    Path out = Path.of("bench/results");
    Duration deepTimeout = Duration.ofSeconds(300);
    String mode = "full";
    List<Integer> coldSizes = List.of(100);
    int coldReps = 5;
    Path java;
    Path aotCache;
    List<Path> coldJavas = new ArrayList<>();
    /** Run the live part (--live, and a short one in --smoke). */
    boolean live;
    /** Only the live part: --live. */
    boolean liveOnly;

    int liveSymbols = 400;
    String liveTimeframes = "1m,1h";
    int liveScans = 30;
    int liveIdleSeconds = 60;
    int liveBoundaries = 2;
    int liveWarmSeconds = 300;

    static BenchOptions parse(String[] args) {
        BenchOptions o = new BenchOptions();
        List<String> list = new ArrayList<>(Arrays.asList(args));
        if (list.contains("--smoke")) {
            o.smoke = true;
            o.mode = "smoke";
            o.sizes = List.of(5);
            o.reps = 1;
            o.latencyMs = 5;
            o.jitterMs = 1;
            o.warmupSymbols = 3;
            o.sseClients = 20;
            o.sseSymbols = 5;
            o.jmh = "smoke";
            o.replicaClients = 30;
            o.replicaSymbols = 5;
            o.replicaReps = 0; // the end-to-end runs above already prove that path
            o.budgetSymbols = 15;
            o.out = Path.of("target/bench/smoke");
            o.deepTimeout = Duration.ofSeconds(60);
            o.coldSizes = List.of(5);
            o.coldReps = 1;
            o.exchangeSize = 5;
            o.exchangeReps = 1;
            o.live = true;
            o.liveSymbols = 5;
            o.liveScans = 3;
            o.liveIdleSeconds = 5;
            o.liveBoundaries = 0;
            o.liveWarmSeconds = 120;
        } else if (list.contains("--quick")) {
            o.mode = "quick";
            o.reps = 2;
            o.jmh = "quick";
            o.coldReps = 2;
            o.exchangeReps = 2;
        }
        for (int i = 0; i < list.size(); i++) {
            String a = list.get(i);
            switch (a) {
                case "--smoke", "--quick" -> {}
                case "--sizes" -> o.sizes = sizes(list.get(++i));
                case "--reps" -> o.reps = Integer.parseInt(list.get(++i));
                case "--latency-ms" -> o.latencyMs = Long.parseLong(list.get(++i));
                case "--jitter-ms" -> o.jitterMs = Long.parseLong(list.get(++i));
                case "--concurrency" -> o.concurrency = Integer.parseInt(list.get(++i));
                case "--warmup-symbols" -> o.warmupSymbols = Integer.parseInt(list.get(++i));
                case "--sse-clients" -> o.sseClients = Integer.parseInt(list.get(++i));
                case "--sse-symbols" -> o.sseSymbols = Integer.parseInt(list.get(++i));
                case "--jmh" -> o.jmh = list.get(++i);
                case "--replica-clients" -> o.replicaClients = Integer.parseInt(list.get(++i));
                case "--replica-symbols" -> o.replicaSymbols = Integer.parseInt(list.get(++i));
                case "--replica-reps" -> o.replicaReps = Integer.parseInt(list.get(++i));
                case "--budget-symbols" -> o.budgetSymbols = Integer.parseInt(list.get(++i));
                case "--replicas-only" -> {
                    o.sizes = List.of();
                    o.sseClients = 0;
                    o.jmh = "off";
                }
                case "--exchanges" -> {
                    o.exchanges = exchanges(list.get(++i));
                    o.sizes = List.of();
                    o.sseClients = 0;
                    o.jmh = "off";
                    o.replicaClients = 0;
                    o.coldSizes = List.of();
                }
                case "--no-exchanges" -> o.exchanges = List.of();
                case "--live" -> {
                    o.live = true;
                    o.liveOnly = true;
                    o.mode = "live";
                    o.sizes = List.of();
                    o.sseClients = 0;
                    o.jmh = "off";
                    o.replicaClients = 0;
                    o.coldSizes = List.of();
                    o.exchanges = List.of();
                }
                case "--live-symbols" -> o.liveSymbols = Integer.parseInt(list.get(++i));
                case "--live-timeframes" -> o.liveTimeframes = list.get(++i);
                case "--live-scans" -> o.liveScans = Integer.parseInt(list.get(++i));
                case "--live-idle" -> o.liveIdleSeconds = Integer.parseInt(list.get(++i));
                case "--live-boundaries" -> o.liveBoundaries = Integer.parseInt(list.get(++i));
                case "--live-warm" -> o.liveWarmSeconds = Integer.parseInt(list.get(++i));
                case "--exchange-size" -> o.exchangeSize = Integer.parseInt(list.get(++i));
                case "--exchange-reps" -> o.exchangeReps = Integer.parseInt(list.get(++i));
                case "--xmx" -> o.xmx = list.get(++i);
                case "--jvm-opt" -> o.serviceJvmOptions.add(list.get(++i));
                case "--plain-jvm" -> o.serviceJvmOptions.removeAll(SMALL_CONTAINER_JVM);
                case "--jar" -> o.jar = Path.of(list.get(++i));
                case "--out" -> o.out = Path.of(list.get(++i));
                case "--deep-timeout" -> o.deepTimeout = Duration.ofSeconds(Long.parseLong(list.get(++i)));
                case "--cold-sizes" -> o.coldSizes = sizes(list.get(++i));
                case "--cold-reps" -> o.coldReps = Integer.parseInt(list.get(++i));
                case "--java" -> o.java = Path.of(list.get(++i));
                case "--cold-java" -> o.coldJavas.add(Path.of(list.get(++i)));
                case "--aot-cache" -> o.aotCache = Path.of(list.get(++i));
                case "-h", "--help" -> {
                    System.out.println(USAGE);
                    System.exit(0);
                }
                default -> {
                    if (a.startsWith("-D") && a.contains("=")) {
                        int eq = a.indexOf('=');
                        o.serviceProperties.put(a.substring(2, eq), a.substring(eq + 1));
                    } else {
                        throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
                    }
                }
            }
        }
        return o;
    }

    private static List<Integer> sizes(String csv) {
        return Arrays.stream(csv.split(","))
                .map(String::trim)
                .filter(t -> !t.isEmpty())
                .map(Integer::parseInt)
                .toList();
    }

    private static List<Exchange> exchanges(String csv) {
        return Arrays.stream(csv.split(","))
                .map(String::trim)
                .filter(t -> !t.isEmpty())
                .map(id -> Exchange.fromId(id)
                        .filter(SpotSimulator.EXCHANGES::contains)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "not a simulated exchange: " + id + " (one of " + SpotSimulator.EXCHANGES + ")")))
                .toList();
    }

    /** The Java home of the service JVMs. */
    Path javaHome() {
        return java != null ? java : Path.of(System.getProperty("java.home"));
    }

    /** Symbols of the simulated market: the largest universe plus the warm-up symbols. */
    int marketSize() {
        int largest = Math.max(
                sseClients > 0 ? sseSymbols : 0,
                sizes.stream().mapToInt(Integer::intValue).max().orElse(0));
        if (replicaClients > 0) {
            largest = Math.max(largest, Math.max(replicaSymbols, budgetSymbols));
        }
        if (live) {
            largest = Math.max(largest, liveSymbols);
        }
        largest = Math.max(
                largest,
                2 * coldSizes.stream().mapToInt(Integer::intValue).max().orElse(0));
        return largest + Math.max(0, warmupSymbols);
    }

    Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", mode);
        m.put("sizes", sizes);
        m.put("repetitions", reps);
        m.put("latencyMs", latencyMs);
        m.put("jitterMs", jitterMs);
        m.put("quickScanConcurrency", concurrency > 0 ? concurrency : "service default (20)");
        m.put("warmupSymbols", warmupSymbols);
        m.put("sseClients", sseClients);
        m.put("sseSymbols", sseSymbols);
        m.put("jmh", jmh);
        m.put("replicaClients", replicaClients);
        m.put("replicaSymbols", replicaSymbols);
        m.put("replicaReps", replicaReps);
        m.put("budgetSymbols", budgetSymbols);
        m.put("serviceXmx", xmx.isBlank() ? "JVM default" : xmx);
        m.put("serviceJvmOptions", serviceJvmOptions);
        m.put("serviceProperties", serviceProperties);
        m.put("marketSymbols", marketSize());
        m.put("coldSizes", coldSizes);
        m.put("coldRepetitions", coldReps);
        m.put("serviceJavaHome", javaHome().toString());
        m.put("coldJavas", coldJavas.stream().map(Path::toString).toList());
        m.put("aotCache", aotCache == null ? null : aotCache.toString());
        m.put("exchanges", exchanges.stream().map(Exchange::id).toList());
        m.put("exchangeSize", exchangeSize);
        m.put("exchangeRepetitions", exchangeReps);
        if (live) {
            m.put("liveSymbols", liveSymbols);
            m.put("liveTimeframes", liveTimeframes);
            m.put("liveScans", liveScans);
            m.put("liveIdleSeconds", liveIdleSeconds);
            m.put("liveBoundaries", liveBoundaries);
        }
        return m;
    }
}
