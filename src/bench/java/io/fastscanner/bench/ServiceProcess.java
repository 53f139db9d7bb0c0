package io.fastscanner.bench;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The service under test as users run it: {@code java -jar target/quarkus-app/quarkus-run.jar} in its own JVM,
 * pointed at the simulator with its real {@code binance} source. Samples the process's resident memory from
 * {@code /proc/<pid>/status}.
 */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong peakRssKb = new AtomicLong();
    private ScheduledExecutorService sampler;

    private ServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the jar with {@code -D} properties and JVM options and waits until it is ready
     * ({@code /q/health/ready} answers 200, which also fetches and caches exchangeInfo).
     */
    public static ServiceProcess start(
            Path jar, List<String> jvmOptions, Map<String, String> properties, Path log, Duration readyWithin)
            throws IOException, InterruptedException {
        return start(Path.of(System.getProperty("java.home")), jar, jvmOptions, properties, log, readyWithin);
    }

    /**
     * The same on the JVM in {@code javaHome}. The working directory is the jar's own: an AOT cache recorded
     * there with {@code -jar quarkus-run.jar} (bench/training-run.sh) matches this class path.
     */
    public static ServiceProcess start(
            Path javaHome,
            Path jar,
            List<String> jvmOptions,
            Map<String, String> properties,
            Path log,
            Duration readyWithin)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.addAll(jvmOptions);
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.http.host=127.0.0.1");
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(jar.getFileName().toString());
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command)
                .directory(jar.toAbsolutePath().getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .start();
        ServiceProcess service = new ServiceProcess(process, port, log);
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy)); // the harness interrupted: no orphan
        service.awaitReady(readyWithin);
        return service;
    }

    private void awaitReady(Duration within) {
        await("the service to be ready (log: " + log + ")")
                .atMost(within)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(10)) // start-to-ready is measured (ColdStarts)
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("service exited with " + process.exitValue() + "; see " + log);
                    }
                    try {
                        HttpResponse<String> r = http.send(
                                HttpRequest.newBuilder(uri("/q/health/ready"))
                                        .timeout(Duration.ofSeconds(5))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        return r.statusCode() == 200;
                    } catch (IOException e) {
                        return false; // not listening yet
                    }
                });
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** POSTs a JSON body; returns the status and body. */
    public HttpResponse<String> post(String path, String json, Duration timeout)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .timeout(timeout)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** GETs a path; returns the status and body. */
    public HttpResponse<String> get(String path, Duration timeout) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path)).timeout(timeout).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Starts sampling VmRSS every {@code everyMs}; {@link #peakRssKb()} is the highest value seen. */
    public void sampleRss(long everyMs) {
        peakRssKb.set(0);
        sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rss-sampler");
            t.setDaemon(true);
            return t;
        });
        sampler.scheduleAtFixedRate(
                () -> peakRssKb.accumulateAndGet(status("VmRSS"), Math::max), 0, everyMs, TimeUnit.MILLISECONDS);
    }

    public long stopSampling() {
        if (sampler != null) {
            sampler.shutdownNow();
        }
        return peakRssKb.accumulateAndGet(status("VmRSS"), Math::max);
    }

    /** A {@code kB} field of {@code /proc/<pid>/status} (VmRSS, VmHWM), or 0 when it cannot be read. */
    public long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(
                            line.substring(field.length() + 1).replace("kB", "").trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process is gone or not on Linux
        }
        return 0;
    }

    /**
     * CPU time (user + system) the service process has used so far, in milliseconds, from {@code /proc/<pid>/stat}
     * (clock ticks of 10 ms); -1 when it cannot be read.
     */
    public long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state is field 3, utime field 14, stime field 15
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return ticks * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * CPU milliseconds used so far by each group of the service's threads, from {@code /proc/<pid>/task/<tid>/stat}:
     * threads are grouped by name without their number ({@code C2 CompilerThread}, {@code GC Thread},
     * {@code vert.x-eventloop-thread}, {@code executor-thread} ...). Threads that ended are not counted.
     */
    public Map<String, Long> cpuMillisByThreadGroup() {
        Map<String, Long> groups = new TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc", Long.toString(process.pid()), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                            .replaceAll("[-#\\s]*\\d+$", "")
                            .trim();
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    groups.merge(name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            // not on Linux
        }
        return groups;
    }

    /** {@code after - before} per group, largest first, without groups that used nothing. */
    public static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> d = new LinkedHashMap<>();
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> d.put(e.getKey(), e.getValue()));
        return d;
    }

    @Override
    public void close() throws InterruptedException {
        stop(Duration.ofSeconds(20));
    }

    /** Stops the service (SIGTERM) and waits for it to exit: a JVM writing its AOT cache at exit takes a while. */
    public void stop(Duration within) throws InterruptedException {
        if (sampler != null) {
            sampler.shutdownNow();
        }
        process.destroy();
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
