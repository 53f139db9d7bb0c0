package io.fastscanner.marketdata.budget;

import io.fastscanner.store.RedisScript;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A {@link RequestBudget} in Redis ({@code scanner.store=redis}), shared by every replica under one prefix
 * ({@link BudgetKeys}). Each call is one Lua script or one read, so reservations of many processes never take a window
 * over the budget; reservations asked for while one is on its way go together in the next script call
 * ({@link ReservationBatches}), which admits them first to last while they fit (a heavy one that does not fit is not
 * passed by lighter ones behind it). The rules are those of {@link WeightWindow}: a reservation within {@code margin}
 * of a window's end is counted in the next window's key too; the exchange's count raises the window's key (never lowers
 * it), and is not sent when Redis's last answer already showed as much ({@link CountFloor}). Window keys expire one
 * window after their window ends, pause and ban keys when they end. A call that gets no answer within {@code timeout},
 * or fails, fails with {@link BudgetUnreachableException}.
 */
final class RedisRequestBudget implements RequestBudget {

    /** Reservations in one script call: a scan's concurrency fits, and the call stays short. */
    private static final int MAX_BATCH = 64;

    private static final RedisScript RESERVE = new RedisScript("""
            -- KEYS: ban, pause, this window, next window
            -- ARGV: now, budget, window end, margin, window length, then the weight of each request in order
            -- Admits the longest run of requests, first to last, that fits; answers {3, ban end}, {2, pause end},
            -- or {0, now, how many were admitted, wait of the others, the window's count after them}
            local now = tonumber(ARGV[1])
            local ban = tonumber(redis.call('GET', KEYS[1]) or '0')
            if ban > now then return {3, ban} end
            local pause = tonumber(redis.call('GET', KEYS[2]) or '0')
            if pause > now then return {2, pause} end
            local budget, finish = tonumber(ARGV[2]), tonumber(ARGV[3])
            local margin, length = tonumber(ARGV[4]), tonumber(ARGV[5])
            local nearEnd = now >= finish - margin
            local used = tonumber(redis.call('GET', KEYS[3]) or '0')
            local usedNext = nearEnd and tonumber(redis.call('GET', KEYS[4]) or '0') or 0
            local admitted, total = 0, 0
            for i = 6, #ARGV do
              local weight = tonumber(ARGV[i])
              if used + total + weight > budget or (nearEnd and usedNext + total + weight > budget) then break end
              total = total + weight
              admitted = admitted + 1
            end
            if total > 0 then
              redis.call('INCRBY', KEYS[3], total)
              redis.call('PEXPIRE', KEYS[3], finish + length - now)
              if nearEnd then
                redis.call('INCRBY', KEYS[4], total)
                redis.call('PEXPIRE', KEYS[4], finish + 2 * length - now)
              end
            end
            return {0, now, admitted, math.max(1, finish - now), used + total}
            """);

    private static final RedisScript RAISE = new RedisScript("""
            -- KEYS: a count or an end; ARGV: the value it must reach at least, its time to live (ms)
            local current = tonumber(redis.call('GET', KEYS[1]) or '0')
            if tonumber(ARGV[1]) > current then
              redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
              return tonumber(ARGV[1])
            end
            return current
            """);

    private final ReactiveRedisDataSource redis;
    private final WindowLimit limit;
    private final BudgetKeys keys;
    private final Duration timeout;
    private final ReservationBatches batches;
    private final CountFloor floor = new CountFloor();

    RedisRequestBudget(ReactiveRedisDataSource redis, String prefix, WindowLimit limit, Duration timeout) {
        this.redis = redis;
        this.limit = limit;
        this.keys = new BudgetKeys(prefix, limit.name());
        this.timeout = timeout;
        this.batches = new ReservationBatches(this::reserveAll, MAX_BATCH);
    }

    @Override
    public WindowLimit limit() {
        return limit;
    }

    @Override
    public Uni<Admission> tryReserve(int weight, long nowMs) {
        return batches.reserve(Math.min(weight, limit.budget()), nowMs);
    }

    /** One script call for {@code weights}, in order (package-private for its test). */
    Uni<List<Admission>> reserveAll(List<Integer> weights, long nowMs) {
        long start = limit.windowStart(nowMs);
        long end = start + limit.windowMs();
        List<String> windowKeys = List.of(keys.ban(), keys.pause(), keys.window(start), keys.window(end));
        List<String> args = new ArrayList<>(5 + weights.size());
        args.add(String.valueOf(nowMs));
        args.add(String.valueOf(limit.budget()));
        args.add(String.valueOf(end));
        args.add(String.valueOf(limit.marginMs()));
        args.add(String.valueOf(limit.windowMs()));
        weights.forEach(weight -> args.add(String.valueOf(weight)));
        return guarded("reserve", RESERVE.run(redis, windowKeys, args))
                .invoke(reply -> {
                    if (reply.size() > 4) {
                        floor.saw(start, reply.get(4).toLong());
                    }
                })
                .map(reply -> admissions(reply, weights.size()));
    }

    private static List<Admission> admissions(Response reply, int count) {
        long value = reply.get(1).toLong();
        Admission all = switch (reply.get(0).toInteger()) {
            case 2 -> new Admission.Paused(value);
            case 3 -> new Admission.Banned(value);
            case 0 -> null;
            default -> throw new IllegalStateException("unexpected reply of the reserve script: " + reply);
        };
        if (all != null) {
            return Collections.nCopies(count, all);
        }
        int admitted = reply.get(2).toInteger();
        Admission full = new Admission.WindowFull(reply.get(3).toLong());
        List<Admission> answers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            answers.add(i < admitted ? new Admission.Admitted(value) : full);
        }
        return answers;
    }

    @Override
    public Uni<Void> reportUsed(long reservedAtMs, int usedByExchange, long nowMs) {
        long start = limit.windowStart(nowMs);
        if (limit.windowStart(reservedAtMs) != start
                || reservedAtMs < start + limit.marginMs()
                || floor.covers(start, usedByExchange)) {
            return Uni.createFrom().voidItem();
        }
        long ttl = start + 2 * limit.windowMs() - nowMs;
        return raise("report", keys.window(start), usedByExchange, ttl)
                .invoke(count -> floor.saw(start, count))
                .replaceWithVoid();
    }

    @Override
    public Uni<Long> pauseUntil(long untilMs, long nowMs) {
        return raise("pause", keys.pause(), untilMs, untilMs - nowMs);
    }

    @Override
    public Uni<Long> banUntil(long untilMs, long nowMs) {
        return raise("ban", keys.ban(), untilMs, untilMs - nowMs);
    }

    private Uni<Long> raise(String what, String key, long atLeast, long ttlMs) {
        List<String> args = List.of(String.valueOf(atLeast), String.valueOf(Math.max(1, ttlMs)));
        return guarded(what, RAISE.run(redis, List.of(key), args)).map(Response::toLong);
    }

    @Override
    public Uni<BudgetState> state(long nowMs) {
        return guarded("state", redis.execute("MGET", keys.window(limit.windowStart(nowMs)), keys.pause(), keys.ban()))
                .map(r -> new BudgetState(nowMs, (int) number(r.get(0)), number(r.get(1)), number(r.get(2))));
    }

    private static long number(Response value) {
        return value == null ? 0 : value.toLong();
    }

    @Override
    public Uni<Void> clear() {
        floor.forget();
        return guarded("clear", deleteFrom("0"));
    }

    private Uni<Void> deleteFrom(String cursor) {
        return redis.execute("SCAN", cursor, "MATCH", keys.all(), "COUNT", "100")
                .chain(page -> {
                    List<String> found = new ArrayList<>();
                    page.get(1).forEach(key -> found.add(key.toString()));
                    Uni<Void> deleted = found.isEmpty()
                            ? Uni.createFrom().voidItem()
                            : redis.execute("DEL", found.toArray(String[]::new)).replaceWithVoid();
                    String next = page.get(0).toString();
                    return deleted.chain(
                            () -> "0".equals(next) ? Uni.createFrom().voidItem() : deleteFrom(next));
                });
    }

    private <T> Uni<T> guarded(String what, Uni<T> call) {
        String name = limit.name() + " budget (" + what + ")";
        return call.ifNoItem()
                .after(timeout)
                .failWith(() -> new BudgetUnreachableException(
                        name + ": no answer from Redis within " + timeout.toMillis() + " ms", null))
                .onFailure(failure -> !(failure instanceof BudgetUnreachableException))
                .transform(failure -> new BudgetUnreachableException(
                        name + ": " + failure.getClass().getSimpleName() + ": " + failure.getMessage(), failure));
    }
}
