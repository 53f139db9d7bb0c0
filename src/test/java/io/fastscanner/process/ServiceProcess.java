package io.fastscanner.process;

import static io.fastscanner.testing.Waits.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The packaged service ({@code target/quarkus-app/quarkus-run.jar}) as a real process of its own, on a free port. */
final class ServiceProcess implements AutoCloseable {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    private final Process process;
    private final Path log;
    private final int port;

    private ServiceProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the service with these {@code -D} options and waits until it is ready. */
    static ServiceProcess start(String name, List<String> options) throws IOException {
        return start(name, options, "/q/health/ready");
    }

    /** Starts the service and waits until it runs ({@code /q/health/live}), ready or not. */
    static ServiceProcess startLive(String name, List<String> options) throws IOException {
        return start(name, options, "/q/health/live");
    }

    private static ServiceProcess start(String name, List<String> options, String upWhen) throws IOException {
        int port = freePort();
        Path log = Files.createDirectories(Path.of("target/process-tests")).resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx224m",
                "-Dquarkus.http.port=" + port,
                "-Dscanner.schedule.enabled=false"));
        command.addAll(options);
        command.addAll(List.of("-jar", JAR.toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ServiceProcess service = new ServiceProcess(process, log, port);
        await("the service on port " + port + " to answer " + upWhen).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited:\n" + service.log());
            }
            return service.status(upWhen) == 200;
        });
        return service;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** {@code POST /api/scanner/quick-scan} with {@code body} (empty: none), as JSON. */
    CompletableFuture<HttpResponse<String>> quickScan(String body) {
        return HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(uri("/api/scanner/quick-scan"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    int status(String path) {
        try {
            return HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** SIGKILL: the process dies at once, as a node that fails. */
    void kill() {
        process.destroyForcibly();
    }

    /** SIGTERM, as Kubernetes and {@code docker stop} send it. */
    void terminate() {
        process.destroy();
    }

    /** Waits for the process to exit; its exit code, or null when it is still running after {@code timeout}. */
    Integer awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
