package io.fastscanner.scan;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.marketdata.MarketDataException;
import io.fastscanner.store.Replica;
import io.fastscanner.store.StoreConfig;
import io.fastscanner.store.StoreHealth;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.sortedset.ScoredValue;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The scans' leases across replicas ({@code scanner.store=redis}). Every third of {@code scanner.redis.lease} this
 * replica renews its claims ({@link ScanClaims}) and looks for running scans whose owner's claim has expired: the
 * first replica to take such a scan over closes it, so no scan stays running forever. Its symbols still waiting for
 * their deep analysis fail with reason {@code owner_lost} and it gets its closing event; a scan that died in its quick
 * phase gets {@code scanFailed} with code {@code owner_lost}.
 */
@ApplicationScoped
public class ScanLeases {

    static final String OWNER_LOST =
            "owner_lost: the replica that ran this scan stopped before its deep analysis was done";

    private static final Logger LOG = Logger.getLogger(ScanLeases.class);

    private final StoreConfig store;
    private final ScanClaims claims;
    private final SharedScanWriter writer;
    private final ScanLifecycle lifecycle;
    private final Replica replica;
    private final StoreHealth health;
    private final ObjectMapper json;
    private final Instance<ReactiveRedisDataSource> redis;
    private final Vertx vertx;
    private final Clock clock;
    private final ScanKeys keys;
    private long timer = -1;

    ScanLeases(
            StoreConfig store,
            ScanClaims claims,
            SharedScanWriter writer,
            ScanLifecycle lifecycle,
            Replica replica,
            StoreHealth health,
            ObjectMapper json,
            Instance<ReactiveRedisDataSource> redis,
            Vertx vertx,
            Clock clock) {
        this.store = store;
        this.claims = claims;
        this.writer = writer;
        this.lifecycle = lifecycle;
        this.replica = replica;
        this.health = health;
        this.json = json;
        this.redis = redis;
        this.vertx = vertx;
        this.clock = clock;
        this.keys = new ScanKeys(store.redisPrefix());
    }

    void start(@Observes StartupEvent event) {
        if (store.redis()) {
            long every = Math.max(100, store.redisLease().toMillis() / 3);
            timer = vertx.setPeriodic(every, id -> tick());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    void onStarted(@Observes @Priority(ScanLifecycle.ObserverOrder.PUBLISH_EVENT) ScanLifecycle.Started event) {
        claims.owned(event.scanId());
    }

    void onClosed(
            @Observes @Priority(ScanLifecycle.ObserverOrder.PUBLISH_EVENT) ScanLifecycle.DeepAnalysisCompleted event) {
        claims.closed(event.scanId());
    }

    void onFailed(@Observes @Priority(ScanLifecycle.ObserverOrder.PUBLISH_EVENT) ScanLifecycle.Failed event) {
        claims.closed(event.scanId());
    }

    void onSuperseded(@Observes @Priority(ScanLifecycle.ObserverOrder.PUBLISH_EVENT) ScanLifecycle.Superseded event) {
        claims.closed(event.scanId());
    }

    private void tick() {
        claims.renew(replica.tag())
                .chain(this::takeOverOrphans)
                .subscribe()
                .with(ignored -> {}, failure -> health.unreachable("renewing this replica's scans", failure));
    }

    /** Running scans started more than a lease ago whose owner's claim is gone. */
    private Uni<Void> takeOverOrphans() {
        long startedBefore = clock.millis() - store.redisLease().toMillis();
        return data().sortedSet(String.class)
                .zrangeWithScores(keys.running(), 0, -1)
                .onItem()
                .transformToMulti(running -> Multi.createFrom().iterable(running))
                .filter(scan -> scan.score() < startedBefore && !claims.owns(scan.value()))
                .onItem()
                .transformToUniAndConcatenate(this::takeOverIfOrphaned)
                .collect()
                .last()
                .replaceWithVoid();
    }

    private Uni<Void> takeOverIfOrphaned(ScoredValue<String> scan) {
        String scanId = scan.value();
        return data().key()
                .exists(keys.owner(scanId))
                .flatMap(owned -> owned
                        ? Uni.createFrom().voidItem()
                        : data().value(String.class)
                                .setnx(keys.takeover(scanId), replica.tag())
                                .flatMap(ours -> ours
                                        ? close(scanId, (long) scan.score())
                                        : Uni.createFrom().voidItem()));
    }

    private Uni<Void> close(String scanId, long startedAtMs) {
        return data().key()
                .expire(keys.takeover(scanId), store.redisScanTtl().toSeconds())
                .chain(() -> new RedisScanView(data(), keys, 1, json).scan(scanId))
                .map(found -> {
                    LOG.warnf("Scan %s lost its replica; this replica (%s) closes it", scanId, replica.tag());
                    if (found.isEmpty()) {
                        lifecycle.scanFailed(
                                scanId,
                                new MarketDataException(
                                        "owner_lost",
                                        "the replica that ran this scan stopped before its quick phase was done"));
                        writer.closed(scanId);
                    } else {
                        closeDeepPhase(found.get(), startedAtMs);
                    }
                    return null;
                });
    }

    private void closeDeepPhase(ScanResult scan, long startedAtMs) {
        List<SymbolAnalysis> analyses = scan.analyses();
        int total = analyses.size();
        int completed = (int) analyses.stream().filter(a -> finished(a.row())).count();
        for (SymbolAnalysis analysis : analyses) {
            if (!finished(analysis.row())) {
                SymbolAnalysis lost = analysis.withRow(analysis.row().withStatus(SignalStatus.FAILED, OWNER_LOST));
                writer.updated(scan.scanId(), lost);
                completed++;
                lifecycle.symbolAnalyzed(scan.scanId(), lost, completed, total - completed, total);
            }
        }
        int failed = (int) analyses.stream()
                .filter(a -> !finished(a.row()) || a.row().failed())
                .count();
        lifecycle.deepAnalysisComplete(scan.scanId(), total, failed, clock.millis() - startedAtMs);
    }

    private static boolean finished(ScanRow row) {
        return row.status() == SignalStatus.COMPLETE || row.status() == SignalStatus.FAILED;
    }

    private ReactiveRedisDataSource data() {
        return redis.get();
    }
}
