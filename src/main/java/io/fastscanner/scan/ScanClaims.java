package io.fastscanner.scan;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.store.RedisScript;
import io.fastscanner.store.StoreConfig;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One scan per request across the replicas ({@code scanner.store=redis}). The first replica to claim a request (its
 * timeframe and symbols) runs the scan; an identical request on another replica while that quick phase runs waits
 * for that scan's result and answers it, so the exchange is asked once. A claim is a key that expires after
 * {@code scanner.redis.lease} unless renewed ({@link #renew}): if its replica dies, the next identical request runs
 * the scan itself.
 */
@ApplicationScoped
public class ScanClaims {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final int ATTEMPTS = 3;
    private static final RedisScript RENEW = new RedisScript("""
            -- KEYS: claims; ARGV: lease ms, then the value each claim must still hold
            local renewed = 0
            for i, key in ipairs(KEYS) do
              if redis.call('GET', key) == ARGV[i + 1] then
                redis.call('PEXPIRE', key, ARGV[1])
                renewed = renewed + 1
              end
            end
            return renewed
            """);

    private static final RedisScript RELEASE = new RedisScript("""
            -- KEYS: a claim; ARGV: the value it holds while it is ours
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0
            """);

    /** What became of a scan this replica waits for. */
    private sealed interface Outcome {
        record Done(ScanResult result) implements Outcome {}

        record Failed(ScanFailure failure) implements Outcome {}

        record Running() implements Outcome {}

        /** Its claim is gone without a result: its replica died in the quick phase. */
        record Abandoned() implements Outcome {}
    }

    private final StoreConfig store;
    private final Instance<ReactiveRedisDataSource> redis;
    private final SharedScanWriter writer;
    private final ObjectMapper json;
    private final ScanKeys keys;
    private final Set<String> requestClaims = ConcurrentHashMap.newKeySet();
    private final Set<String> ownedScans = ConcurrentHashMap.newKeySet();
    private volatile RedisScanView view;

    ScanClaims(StoreConfig store, Instance<ReactiveRedisDataSource> redis, SharedScanWriter writer, ObjectMapper json) {
        this.store = store;
        this.redis = redis;
        this.writer = writer;
        this.json = json;
        this.keys = new ScanKeys(store.redisPrefix());
    }

    /**
     * Runs {@code scan} (which starts scan {@code scanId}) unless another replica runs the same request: then answers
     * that scan's result, or fails as it failed. With the memory store, simply runs it.
     */
    Uni<ScanResult> once(String request, String scanId, Supplier<Uni<ScanResult>> scan) {
        if (!store.redis()) {
            return scan.get();
        }
        return attempt(keys.request(sha256(request)), scanId, scan, 1);
    }

    private Uni<ScanResult> attempt(String claim, String scanId, Supplier<Uni<ScanResult>> scan, int attempt) {
        var values = data().value(String.class);
        return values.setGet(claim, scanId, new SetArgs().nx().px(store.redisLease()))
                .flatMap(holder -> {
                    if (holder == null) { // ours
                        requestClaims.add(claim + "\n" + scanId);
                        return scan.get().onTermination().invoke(() -> release(claim, scanId));
                    }
                    return follow(claim, holder).flatMap(outcome -> {
                        if (outcome instanceof Outcome.Done done) {
                            return Uni.createFrom().item(done.result());
                        }
                        if (outcome instanceof Outcome.Failed failed) {
                            return Uni.createFrom().failure(failed.failure().exception());
                        }
                        return attempt < ATTEMPTS
                                ? attempt(claim, scanId, scan, attempt + 1)
                                : scan.get(); // claims keep vanishing (Redis lost them?): scan rather than wait
                    });
                });
    }

    /** Waits until the scan {@code holder} has a result or a failure, or its claim is gone. */
    private Uni<Outcome> follow(String claim, String holder) {
        return Multi.createFrom()
                .ticks()
                .every(POLL)
                .onOverflow()
                .drop() // a tick while the previous check is still reading Redis is skipped
                .onItem()
                .transformToUniAndConcatenate(tick -> outcome(claim, holder))
                .filter(outcome -> !(outcome instanceof Outcome.Running))
                .toUni();
    }

    private Uni<Outcome> outcome(String claim, String holder) {
        var values = data().value(String.class);
        return Uni.combine()
                .all()
                .unis(view().scan(holder), values.get(keys.failure(holder)), values.get(claim))
                .with((result, failure, current) -> {
                    if (result.isPresent()) {
                        return new Outcome.Done(result.get());
                    }
                    if (failure != null) {
                        return new Outcome.Failed(read(failure));
                    }
                    return holder.equals(current) ? new Outcome.Running() : new Outcome.Abandoned();
                });
    }

    /** The request's claim is given back once the scan's result (or failure) is in Redis: it is queued behind it. */
    private void release(String claim, String scanId) {
        requestClaims.remove(claim + "\n" + scanId);
        writer.submit("giving back a request's claim", () -> RELEASE.run(data(), List.of(claim), List.of(scanId)));
    }

    void owned(String scanId) {
        ownedScans.add(scanId);
    }

    void closed(String scanId) {
        ownedScans.remove(scanId);
    }

    boolean owns(String scanId) {
        return ownedScans.contains(scanId);
    }

    /** Extends this replica's claims: the requests it scans and the scans it owns. */
    Uni<Void> renew(String replicaTag) {
        List<String> claimKeys = new ArrayList<>();
        List<String> args =
                new ArrayList<>(List.of(String.valueOf(store.redisLease().toMillis())));
        requestClaims.forEach(entry -> {
            String[] parts = entry.split("\n", 2);
            claimKeys.add(parts[0]);
            args.add(parts[1]);
        });
        ownedScans.forEach(scanId -> {
            claimKeys.add(keys.owner(scanId));
            args.add(replicaTag);
        });
        return claimKeys.isEmpty()
                ? Uni.createFrom().voidItem()
                : RENEW.run(data(), claimKeys, args).replaceWithVoid();
    }

    private RedisScanView view() {
        RedisScanView current = view;
        if (current == null) {
            current = new RedisScanView(data(), keys, 1, json);
            view = current;
        }
        return current;
    }

    private ScanFailure read(String text) {
        try {
            return json.readValue(text, ScanFailure.class);
        } catch (IOException e) {
            return new ScanFailure("scan_failed", "the scan failed on another replica");
        }
    }

    private ReactiveRedisDataSource data() {
        return redis.get();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
