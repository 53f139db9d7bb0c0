package io.fastscanner.rules;

import io.fastscanner.channels.ChannelBook;
import io.fastscanner.store.RecordStores;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Loads the rules and channels at startup (writing the default rules into a new store first), and, with
 * {@code scanner.store=redis}, keeps them in step with the other replicas: every {@code scanner.rules.sync-interval}
 * it reads the shared version ({@code <prefix>records-version}, increased by every write), and reloads both when it
 * changed. A load that fails (Redis unreachable) is tried again at the next check.
 */
@ApplicationScoped
class AlertingSync {

    private static final Logger LOG = Logger.getLogger(AlertingSync.class);

    private final RuleBook rules;
    private final ChannelBook channels;
    private final RecordStores stores;
    private final RulesConfig config;
    private final Vertx vertx;
    private final AtomicBoolean checking = new AtomicBoolean();
    private volatile Long loadedVersion;
    private volatile boolean seeded;
    private long timer = -1;

    AlertingSync(RuleBook rules, ChannelBook channels, RecordStores stores, RulesConfig config, Vertx vertx) {
        this.rules = rules;
        this.channels = channels;
        this.stores = stores;
        this.config = config;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent event) {
        check();
        if (stores.shared()) {
            timer = vertx.setPeriodic(Math.max(100, config.syncInterval().toMillis()), id -> check());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Seeds (once), then reloads when the shared version moved since the last load. */
    void check() {
        if (!checking.compareAndSet(false, true)) {
            return;
        }
        Uni<Void> seed =
                seeded ? Uni.createFrom().voidItem() : rules.seedDefaults().invoke(() -> seeded = true);
        seed.chain(stores::version)
                .chain(version -> version.equals(loadedVersion)
                        ? Uni.createFrom().voidItem()
                        : channels.reload().chain(rules::reload).invoke(() -> loadedVersion = version))
                .eventually(() -> checking.set(false))
                .subscribe()
                .with(
                        ignored -> {},
                        failure -> LOG.debugf("Rules and channels not reloaded: %s", failure.getMessage()));
    }
}
