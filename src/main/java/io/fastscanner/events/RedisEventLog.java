package io.fastscanner.events;

import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.store.StoreHealth;
import io.fastscanner.time.TimeId;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.stream.ReactiveStreamCommands;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.redis.datasource.stream.StreamRange;
import io.quarkus.redis.datasource.stream.XReadArgs;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The events of every replica ({@code scanner.store=redis}): one Redis Stream, {@code <prefix>events}, trimmed to
 * about {@code scanner.events.replay-size} entries. A replica appends its events in order ({@link StreamAppender});
 * every replica, the author included, reads the stream back ({@code XREAD BLOCK}, no consumer group: each needs every
 * event) and hands each entry to its bus, so all clients of all replicas see the same events with the same ids (the
 * stream's ids, {@code <epochMillis>-<sequence>}) in the same order.
 */
final class RedisEventLog implements EventLog {

    static final String NAME = "name";
    static final String SCAN_ID = "scanId";
    static final String SYMBOL = "symbol";
    static final String DATA = "data";
    /** The ids of the saved screens the event's symbol passed, comma-separated; absent when none. */
    static final String SCREENS = "screens";

    private static final Logger LOG = Logger.getLogger(RedisEventLog.class);
    private static final Duration BLOCK = Duration.ofSeconds(2);
    private static final Duration RETRY = Duration.ofSeconds(1);
    private static final int READ_COUNT = 500;

    private final ReactiveStreamCommands<String, String, String> streams;
    private final String key;
    private final int replaySize;
    private final StreamAppender appender;
    private final StoreHealth health;
    private volatile boolean running;
    private volatile boolean loaded;
    private volatile String lastRead = "0-0";
    private Consumer<ScanEvent> sink;
    private volatile CompletableFuture<Void> flushed;

    RedisEventLog(ReactiveRedisDataSource redis, String key, int replaySize, StoreHealth health) {
        this.streams = redis.stream(String.class);
        this.key = key;
        this.replaySize = replaySize;
        this.health = health;
        this.appender = new StreamAppender(redis.getRedis(), key, replaySize, health);
        appender.onAppended(this::checkFlushed);
    }

    @Override
    public void open(Consumer<ScanEvent> sink) {
        this.sink = sink;
        running = true;
        loadRecent();
    }

    @Override
    public void append(EventName name, String scanId, MarketSymbol about, Set<String> screens, String json) {
        Map<String, String> fields = new HashMap<>();
        fields.put(NAME, name.wire());
        fields.put(SCAN_ID, scanId);
        if (about != null) {
            fields.put(SYMBOL, about.toString());
        }
        if (!screens.isEmpty()) {
            fields.put(SCREENS, String.join(",", new TreeSet<>(screens)));
        }
        fields.put(DATA, json);
        appender.append(fields);
    }

    @Override
    public boolean flush(Duration max) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        flushed = done;
        checkFlushed();
        try {
            done.get(max.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            LOG.warnf(
                    "Events of this replica not yet back from %s after %s: its clients get them on reconnecting",
                    key, max);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false;
        }
    }

    /** Completes a waiting {@link #flush} once nothing waits to be appended and the tail has read the last one. */
    private void checkFlushed() {
        CompletableFuture<Void> waiting = flushed;
        if (waiting == null || waiting.isDone() || !appender.idle()) {
            return;
        }
        TimeId last = appender.lastAppended();
        Optional<TimeId> read = TimeId.parse(lastRead);
        if (last == null || (read.isPresent() && !read.get().isBefore(last))) {
            waiting.complete(null);
        }
    }

    @Override
    public boolean ready() {
        return loaded;
    }

    /** The stream outlives processes: an id it no longer holds is older than its buffer, never "restarted". */
    @Override
    public TimeId origin() {
        return null;
    }

    void close() {
        running = false;
        appender.close();
    }

    /** What the stream holds now, for clients that reconnect with an older id; then the tail from there. */
    private void loadRecent() {
        streams.xrevrange(key, StreamRange.of("+", "-"), replaySize)
                .subscribe()
                .with(
                        recent -> {
                            health.reachable();
                            for (int i = recent.size() - 1; i >= 0; i--) {
                                hand(recent.get(i));
                            }
                            loaded = true;
                            tail();
                        },
                        failure -> retry("reading the event stream", failure, this::loadRecent));
    }

    private void tail() {
        if (!running) {
            return;
        }
        streams.xread(key, lastRead, new XReadArgs().block(BLOCK).count(READ_COUNT))
                .subscribe()
                .with(
                        messages -> {
                            health.reachable();
                            messages.forEach(this::hand);
                            tail();
                        },
                        failure -> retry("tailing the event stream", failure, this::tail));
    }

    private void hand(StreamMessage<String, String, String> message) {
        lastRead = message.id();
        toEvent(message)
                .ifPresentOrElse(sink, () -> LOG.warnf("Skipped entry %s of %s: not an event", message.id(), key));
    }

    private void retry(String what, Throwable failure, Runnable again) {
        if (!running) {
            return;
        }
        health.unreachable(what, failure);
        Uni.createFrom().voidItem().onItem().delayIt().by(RETRY).subscribe().with(ignored -> again.run());
    }

    static Optional<ScanEvent> toEvent(StreamMessage<String, String, String> message) {
        Map<String, String> f = message.payload();
        Optional<TimeId> id = TimeId.parse(message.id());
        Optional<EventName> name = EventName.ofWire(f.getOrDefault(NAME, ""));
        if (id.isEmpty() || name.isEmpty() || f.get(DATA) == null) {
            return Optional.empty();
        }
        MarketSymbol symbol =
                f.get(SYMBOL) == null ? null : MarketSymbol.parse(f.get(SYMBOL)).orElse(null);
        String screens = f.get(SCREENS);
        Set<String> passed = screens == null
                ? Set.of()
                : Arrays.stream(screens.split(",")).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return Optional.of(new ScanEvent(id.get(), name.get(), f.get(SCAN_ID), symbol, f.get(DATA), passed));
    }
}
