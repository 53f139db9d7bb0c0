package io.fastscanner.process;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** One client of the event stream, as a plain HTTP client reads it: every line, and how the stream ended. */
final class StreamReader {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> ended;

    private StreamReader(CompletableFuture<Void> ended) {
        this.ended = ended;
    }

    static StreamReader open(URI uri, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
        headers.forEach(request::header);
        CompletableFuture<Void> done = new CompletableFuture<>();
        StreamReader reader = new StreamReader(done);
        HttpClient.newHttpClient()
                .sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    try (Stream<String> body = response.body()) {
                        body.forEach(reader.lines::add);
                        done.complete(null);
                    } catch (RuntimeException e) {
                        done.completeExceptionally(e);
                    }
                })
                .exceptionally(failure -> {
                    done.completeExceptionally(failure);
                    return null;
                });
        return reader;
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    boolean has(String line) {
        return lines.contains(line);
    }

    /** The {@code data:} line that follows {@code event:<name>}, or null. */
    String dataOf(String name) {
        List<String> all = lines();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).equals("event:" + name)) {
                for (int j = i + 1; j < all.size() && !all.get(j).isEmpty(); j++) {
                    if (all.get(j).startsWith("data:")) {
                        return all.get(j).substring(5);
                    }
                }
            }
        }
        return null;
    }

    /** Completes when the server ended the stream cleanly; fails when the connection broke. */
    CompletableFuture<Void> ended() {
        return ended;
    }
}
