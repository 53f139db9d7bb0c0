package io.fastscanner.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The Redis the replicas share, as the harness sees it: its own command counters ({@code INFO commandstats}), the
 * event stream's entries, the round trip, and the deletion of a run's keys.
 */
final class RedisServer implements AutoCloseable {

    static final String URL = "redis://127.0.0.1:6379";

    /** Calls of one command and the microseconds Redis spent in them. */
    record CommandStat(long calls, long usec) {}

    private final Redis redis;

    RedisServer(Vertx vertx) {
        this.redis = Redis.createClient(vertx, URL);
    }

    /** {@code INFO commandstats}: per command (lower case, e.g. {@code xadd}), calls and microseconds so far. */
    Map<String, CommandStat> commandStats() {
        Map<String, CommandStat> stats = new TreeMap<>();
        for (String line :
                send(Request.cmd(Command.INFO).arg("commandstats")).toString().split("\r?\n")) {
            if (!line.startsWith("cmdstat_")) {
                continue;
            }
            String name = line.substring("cmdstat_".length(), line.indexOf(':'));
            long calls = 0;
            long usec = 0;
            for (String field : line.substring(line.indexOf(':') + 1).split(",")) {
                String[] kv = field.split("=");
                if (kv[0].equals("calls")) {
                    calls = Long.parseLong(kv[1]);
                } else if (kv[0].equals("usec")) {
                    usec = Long.parseLong(kv[1]);
                }
            }
            stats.put(name, new CommandStat(calls, usec));
        }
        return stats;
    }

    /** {@code after - before} per command, without the commands that were not called in between. */
    static Map<String, CommandStat> delta(Map<String, CommandStat> before, Map<String, CommandStat> after) {
        Map<String, CommandStat> d = new LinkedHashMap<>();
        after.forEach((name, a) -> {
            CommandStat b = before.getOrDefault(name, new CommandStat(0, 0));
            if (a.calls() > b.calls()) {
                d.put(name, new CommandStat(a.calls() - b.calls(), a.usec() - b.usec()));
            }
        });
        return d;
    }

    /** One entry of the event stream: its id in the harness's encoding ({@link SseLine#eventIdAfter}), its data. */
    record StreamEntry(long id, String data) {

        /** When Redis appended the entry: the milliseconds part of its id. */
        long appendedMillis() {
            return id / 1_000_000;
        }
    }

    /** The entries of stream {@code key} whose {@code scanId} field is {@code scanId}, oldest first. */
    List<StreamEntry> streamEntriesOf(String key, String scanId) {
        List<StreamEntry> entries = new ArrayList<>();
        for (Response entry : send(Request.cmd(Command.XRANGE).arg(key).arg("-").arg("+"))) {
            Map<String, String> fields = new LinkedHashMap<>();
            Response f = entry.get(1);
            for (int i = 0; i + 1 < f.size(); i += 2) {
                fields.put(f.get(i).toString(), f.get(i + 1).toString());
            }
            if (scanId.equals(fields.get("scanId"))) {
                entries.add(new StreamEntry(encode(entry.get(0).toString()), fields.get("data")));
            }
        }
        return entries;
    }

    static long encode(String streamId) {
        int dash = streamId.indexOf('-');
        return Long.parseLong(streamId.substring(0, dash)) * 1_000_000 + Long.parseLong(streamId.substring(dash + 1));
    }

    /** Mean round trip of {@code count} PINGs from this JVM, in microseconds. */
    double pingMicros(int count) {
        send(Request.cmd(Command.PING));
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            send(Request.cmd(Command.PING));
        }
        return (System.nanoTime() - start) / 1000.0 / count;
    }

    /** Deletes every key that starts with {@code prefix} ({@code SCAN MATCH} + {@code DEL}); returns how many. */
    long deleteKeys(String prefix) {
        long deleted = 0;
        String cursor = "0";
        do {
            Response page = send(Request.cmd(Command.SCAN)
                    .arg(cursor)
                    .arg("MATCH")
                    .arg(prefix + "*")
                    .arg("COUNT")
                    .arg(1000));
            cursor = page.get(0).toString();
            Request del = Request.cmd(Command.DEL);
            int keys = 0;
            for (Response key : page.get(1)) {
                del.arg(key.toString());
                keys++;
            }
            if (keys > 0) {
                deleted += send(del).toLong();
            }
        } while (!"0".equals(cursor));
        return deleted;
    }

    private Response send(Request request) {
        Future<Response> answer = redis.send(request);
        try {
            return answer.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Redis at " + URL + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        redis.close();
    }
}
