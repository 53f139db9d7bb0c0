package io.fastscanner.screens.saved;

import io.fastscanner.screens.Screen;
import io.fastscanner.store.StoreConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Saves, replaces and deletes screens in the {@link ScreenStore}, and keeps the {@link ScreenMatcher} up to date: at
 * once after a change made here, and, with {@code scanner.store=redis}, within {@code scanner.screens.refresh} of a
 * change another replica made (each replica compares the store's version with its own).
 */
@ApplicationScoped
public class SavedScreens {

    private static final Logger LOG = Logger.getLogger(SavedScreens.class);
    private static final String ID_PREFIX = "scr-";
    private static final int ID_BYTES = 6;

    private final ScreenStore store;
    private final ScreenMatcher matcher;
    private final ScreensConfig config;
    private final StoreConfig storeConfig;
    private final Clock clock;
    private final Vertx vertx;
    private final SecureRandom random = new SecureRandom();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private long timer = -1;

    SavedScreens(
            ScreenStore store,
            ScreenMatcher matcher,
            ScreensConfig config,
            StoreConfig storeConfig,
            Clock clock,
            Vertx vertx) {
        this.store = store;
        this.matcher = matcher;
        this.config = config;
        this.storeConfig = storeConfig;
        this.clock = clock;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent event) {
        reload().subscribe()
                .with(
                        ok -> {},
                        failure -> LOG.warnf("The saved screens could not be read yet: %s", failure.getMessage()));
        if (storeConfig.redis()) {
            timer = vertx.setPeriodic(Math.max(100, config.refresh().toMillis()), id -> refresh());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Most screens that can be saved ({@code scanner.screens.max}). */
    public int max() {
        return config.max();
    }

    /** Every saved screen, oldest first. */
    public Uni<List<SavedScreen>> list() {
        return store.list();
    }

    public Uni<Optional<SavedScreen>> get(String id) {
        return store.get(id);
    }

    /** Saves a new screen; empty when {@link #max()} are saved already. */
    public Uni<Optional<SavedScreen>> create(String name, Screen screen) {
        Instant now = clock.instant();
        SavedScreen saved = new SavedScreen(newId(), name, screen, now, now);
        return store.create(saved, config.max()).flatMap(done -> afterChange(done, saved));
    }

    /** Replaces a saved screen's name and expression; empty when no screen has this id. */
    public Uni<Optional<SavedScreen>> replace(String id, String name, Screen screen) {
        return store.get(id).flatMap(existing -> {
            if (existing.isEmpty()) {
                return Uni.createFrom().item(Optional.<SavedScreen>empty());
            }
            SavedScreen replaced =
                    new SavedScreen(id, name, screen, existing.get().createdAt(), clock.instant());
            return store.replace(replaced).flatMap(done -> afterChange(done, replaced));
        });
    }

    /** Deletes a saved screen; false when no screen has this id. */
    public Uni<Boolean> delete(String id) {
        return store.delete(id)
                .call(done -> done ? reloadQuietly() : Uni.createFrom().voidItem());
    }

    private Uni<Optional<SavedScreen>> afterChange(boolean done, SavedScreen screen) {
        if (!done) {
            return Uni.createFrom().item(Optional.empty());
        }
        return reloadQuietly().replaceWith(Optional.of(screen));
    }

    /** The change is made: a failed reload only delays the matcher until the next refresh. */
    private Uni<Void> reloadQuietly() {
        return reload().onFailure().recoverWithNull();
    }

    /** Reads the screens again and hands them to the matcher, with the store's version read before them. */
    Uni<Void> reload() {
        return store.version()
                .flatMap(version -> store.list().invoke(screens -> matcher.replace(version, screens)))
                .replaceWithVoid();
    }

    /** Reloads when the store's version moved since the matcher's list: another replica changed a screen. */
    void refresh() {
        if (!refreshing.compareAndSet(false, true)) {
            return; // the previous check is still waiting for Redis
        }
        store.version()
                .flatMap(version ->
                        version == matcher.version() ? Uni.createFrom().voidItem() : reload())
                .subscribe()
                .with(ok -> refreshing.set(false), failure -> refreshing.set(false));
    }

    private String newId() {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        return ID_PREFIX + HexFormat.of().formatHex(bytes);
    }
}
