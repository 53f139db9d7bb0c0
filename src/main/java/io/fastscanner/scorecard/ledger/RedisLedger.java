package io.fastscanner.scorecard.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scorecard.PastSignal;
import io.fastscanner.store.RedisScript;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The signals in Redis, shared by every replica, under {@code <prefix>ledger:}: the hash {@code signals} (id -> the
 * signal as JSON), the sorted sets {@code kept} (id -> when first kept, for the count bound), {@code due:<exchange>}
 * (id -> close time of the next horizon's last candle, by the exchange's clock) and {@code series:<exchange>:<tf>} and
 * {@code series:<exchange>:<tf>:<symbol>} (id -> candle time, for reading and retention). A replica measures a due
 * signal after claiming it ({@code claim:<id>}, set only while the signal is still due at the time read, and only if
 * no replica holds it); saving its outcomes moves it to its next horizon, so no other replica measures it again.
 * Writes are compare-and-set: a change made meanwhile by another replica makes the writer read and apply again.
 */
final class RedisLedger implements LedgerStore {

    private static final Logger LOG = Logger.getLogger(RedisLedger.class);
    private static final int WRITE_TRIES = 5;

    /** KEYS signals, kept, due, series, symbol series; ARGV id, expected JSON ('' absent), JSON, due ('' none), candle ms, now ms. */
    private static final RedisScript WRITE = new RedisScript("""
            local current = redis.call('HGET', KEYS[1], ARGV[1]) or ''
            if current ~= ARGV[2] then return 0 end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
            redis.call('ZADD', KEYS[2], 'NX', ARGV[6], ARGV[1])
            if ARGV[4] == '' then redis.call('ZREM', KEYS[3], ARGV[1]) else redis.call('ZADD', KEYS[3], ARGV[4], ARGV[1]) end
            redis.call('ZADD', KEYS[4], ARGV[5], ARGV[1])
            redis.call('ZADD', KEYS[5], ARGV[5], ARGV[1])
            return 1
            """);

    /** KEYS signals, kept, due, series, symbol series, claim; ARGV id. */
    private static final RedisScript DROP = new RedisScript("""
            redis.call('HDEL', KEYS[1], ARGV[1])
            for i = 2, 5 do redis.call('ZREM', KEYS[i], ARGV[1]) end
            redis.call('DEL', KEYS[6])
            return 1
            """);

    /** KEYS due; ARGV claim key prefix, lease ms, owner, then (id, due) pairs: the ids claimed. */
    private static final RedisScript CLAIM = new RedisScript("""
            local won = {}
            for i = 4, #ARGV, 2 do
              local due = redis.call('ZSCORE', KEYS[1], ARGV[i])
              if due and tonumber(due) == tonumber(ARGV[i + 1])
                  and redis.call('SET', ARGV[1] .. ARGV[i], ARGV[3], 'NX', 'PX', ARGV[2]) then
                won[#won + 1] = ARGV[i]
              end
            end
            return won
            """);

    private final ReactiveRedisDataSource redis;
    private final String base;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration lease;
    private final String owner;

    RedisLedger(
            ReactiveRedisDataSource redis,
            String prefix,
            ObjectMapper json,
            Clock clock,
            Duration lease,
            String owner) {
        this.redis = redis;
        this.base = prefix + "ledger:";
        this.json = json;
        this.clock = clock;
        this.lease = lease;
        this.owner = owner;
    }

    @Override
    public Uni<Void> update(SignalKey key, Function<Optional<PastSignal>, Optional<PastSignal>> change) {
        return attempt(key, change, 1);
    }

    private Uni<Void> attempt(SignalKey key, Function<Optional<PastSignal>, Optional<PastSignal>> change, int tries) {
        return redis.execute("HGET", signals(), key.id()).chain(response -> {
            String before = response == null ? "" : response.toString();
            Optional<PastSignal> after = change.apply(before.isEmpty() ? Optional.empty() : read(key.id(), before));
            if (after.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            PastSignal signal = after.get();
            String due = LedgerEntries.dueAt(signal)
                    .map(at -> String.valueOf(at.toEpochMilli()))
                    .orElse("");
            return WRITE.run(
                            redis,
                            keys(key),
                            List.of(
                                    key.id(),
                                    before,
                                    write(signal),
                                    due,
                                    String.valueOf(key.candleTime().toEpochMilli()),
                                    String.valueOf(clock.millis())))
                    .chain(written -> {
                        if (written.toInteger() == 1) {
                            return Uni.createFrom().voidItem();
                        }
                        if (tries >= WRITE_TRIES) {
                            return Uni.createFrom()
                                    .failure(new IllegalStateException(
                                            "signal " + key.id() + " kept changing under " + tries + " writes"));
                        }
                        return attempt(key, change, tries + 1);
                    });
        });
    }

    @Override
    public Uni<Void> drop(SignalKey key) {
        List<String> keys = new ArrayList<>(keys(key));
        keys.add(claimKey(key.id()));
        return DROP.run(redis, keys, List.of(key.id())).replaceWithVoid();
    }

    @Override
    public Uni<List<PastSignal>> due(Exchange exchange, Instant now, int max) {
        return redis.execute(
                        "ZRANGEBYSCORE",
                        base + "due:" + exchange.id(),
                        "-inf",
                        String.valueOf(now.toEpochMilli()),
                        "LIMIT",
                        "0",
                        String.valueOf(max))
                .chain(this::signalsOf);
    }

    @Override
    public Uni<List<PastSignal>> claim(List<PastSignal> due) {
        if (due.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<String> args = new ArrayList<>(List.of(base + "claim:", String.valueOf(lease.toMillis()), owner));
        for (PastSignal signal : due) {
            args.add(SignalKey.of(signal).id());
            args.add(String.valueOf(LedgerEntries.dueAt(signal).orElseThrow().toEpochMilli()));
        }
        // one exchange per call: the signals of one measuring round share their due set
        String dueKey = base + "due:" + due.get(0).exchange().id();
        return CLAIM.run(redis, List.of(dueKey), args).map(won -> {
            List<String> ids = strings(won);
            return due.stream().filter(s -> ids.contains(SignalKey.of(s).id())).toList();
        });
    }

    @Override
    public Uni<Void> release(List<SignalKey> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return redis.execute("DEL", keys.stream().map(k -> claimKey(k.id())).toArray(String[]::new))
                .replaceWithVoid();
    }

    @Override
    public Uni<List<PastSignal>> newest(
            Exchange exchange, Timeframe timeframe, Optional<MarketSymbol> symbol, int limit) {
        String series = symbol.map(s -> symbolSeries(exchange, timeframe, s)).orElse(series(exchange, timeframe));
        return redis.execute("ZREVRANGE", series, "0", String.valueOf(limit - 1))
                .chain(this::signalsOf);
    }

    @Override
    public Uni<List<SignalKey>> olderThan(Exchange exchange, Instant cutoff) {
        return Multi.createFrom()
                .iterable(Arrays.asList(Timeframe.values()))
                .onItem()
                .transformToUniAndConcatenate(
                        tf -> redis.execute("ZRANGEBYSCORE", series(exchange, tf), "-inf", "(" + cutoff.toEpochMilli()))
                .onItem()
                .transformToIterable(RedisLedger::strings)
                .map(id -> SignalKey.parse(id))
                .filter(Optional::isPresent)
                .map(Optional::get)
                .collect()
                .asList();
    }

    @Override
    public Uni<Integer> trim(int max) {
        return redis.execute("ZCARD", base + "kept").chain(count -> {
            int over = count.toInteger() - max;
            if (over <= 0) {
                return Uni.createFrom().item(0);
            }
            return redis.execute("ZRANGE", base + "kept", "0", String.valueOf(over - 1))
                    .onItem()
                    .transformToMulti(ids -> Multi.createFrom().iterable(strings(ids)))
                    .onItem()
                    .transformToUniAndConcatenate(id -> SignalKey.parse(id)
                            .map(key -> drop(key).replaceWith(id))
                            .orElseGet(() ->
                                    redis.execute("ZREM", base + "kept", id).replaceWith(id)))
                    .collect()
                    .asList()
                    .map(List::size);
        });
    }

    private Uni<List<PastSignal>> signalsOf(Response ids) {
        List<String> fields = strings(ids);
        if (fields.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<String> args = new ArrayList<>(fields.size() + 1);
        args.add(signals());
        args.addAll(fields);
        return redis.execute("HMGET", args.toArray(String[]::new)).map(values -> {
            List<PastSignal> signals = new ArrayList<>(fields.size());
            for (int i = 0; i < fields.size(); i++) {
                Response value = values.get(i);
                if (value != null) {
                    read(fields.get(i), value.toString()).ifPresent(signals::add);
                }
            }
            return signals;
        });
    }

    private List<String> keys(SignalKey key) {
        return List.of(
                signals(),
                base + "kept",
                base + "due:" + key.exchange().id(),
                series(key.exchange(), key.timeframe()),
                symbolSeries(key.exchange(), key.timeframe(), key.symbol()));
    }

    private String signals() {
        return base + "signals";
    }

    private String claimKey(String id) {
        return base + "claim:" + id;
    }

    private String series(Exchange exchange, Timeframe timeframe) {
        return base + "series:" + exchange.id() + ":" + timeframe.label();
    }

    private String symbolSeries(Exchange exchange, Timeframe timeframe, MarketSymbol symbol) {
        return series(exchange, timeframe) + ":" + symbol;
    }

    private static List<String> strings(Response response) {
        List<String> out = new ArrayList<>();
        if (response != null) {
            response.forEach(r -> out.add(r.toString()));
        }
        return out;
    }

    private String write(PastSignal signal) {
        try {
            return json.writeValueAsString(signal);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a recorded signal cannot be serialised", e);
        }
    }

    private Optional<PastSignal> read(String id, String text) {
        try {
            return Optional.of(json.readValue(text, PastSignal.class));
        } catch (JsonProcessingException e) {
            LOG.warnf("Recorded signal %s cannot be read and is left out: %s", id, e.getOriginalMessage());
            return Optional.empty();
        }
    }
}
