package io.fastscanner.rules;

import io.fastscanner.store.RecordStore;
import io.fastscanner.store.RecordStores;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The alert rules: stored in the {@link RecordStore} {@code alert-rules} (Redis hash {@code <prefix>alert-rules} with
 * {@code scanner.store=redis}), and held here as this replica applies them. A change made here applies at once; one
 * made on another replica once {@link AlertingSync} reloads. Owns the {@link RuleEngine}, whose memory of a rule is
 * dropped when the rule changes or goes.
 */
@ApplicationScoped
public class RuleBook {

    private static final Logger LOG = Logger.getLogger(RuleBook.class);
    static final String STORE = "alert-rules";
    static final String SEEDED = "alert-rules-seeded";
    private static final Comparator<AlertRule> ORDER =
            Comparator.comparing(AlertRule::createdAt).thenComparing(AlertRule::id);

    private final RecordStore<StoredRule> store;
    private final RecordStores stores;
    private final DeliveryLog deliveries;
    private final Clock clock;
    private final RuleEngine engine = new RuleEngine();
    private volatile List<AlertRule> rules = List.of();

    RuleBook(RecordStores stores, DeliveryLog deliveries, Clock clock) {
        this.store = stores.of(STORE, StoredRule.class);
        this.stores = stores;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Every rule, oldest first. */
    public List<AlertRule> all() {
        return rules;
    }

    public Optional<AlertRule> get(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The rule as stored now, which may be newer than the one held here. */
    public Uni<Optional<AlertRule>> stored(String id) {
        return store.get(id).map(found -> found.flatMap(RuleBook::readable));
    }

    public RuleEngine engine() {
        return engine;
    }

    /** Adds {@code rule}; false, and nothing changed, when its id is taken. */
    public Uni<Boolean> create(AlertRule rule) {
        return store.create(rule.id(), StoredRule.of(rule)).invoke(created -> {
            if (created) {
                held(rule);
            }
        });
    }

    /** Replaces the rule with {@code rule}'s id; the engine forgets what it remembered of it. */
    public Uni<Void> replace(AlertRule rule) {
        return store.put(rule.id(), StoredRule.of(rule)).invoke(() -> held(rule));
    }

    /** False when there was no such rule. Its deliveries and the engine's memory of it go too. */
    public Uni<Boolean> delete(String id) {
        return store.delete(id).invoke(deleted -> {
            dropped(id);
            deliveries.forget(id);
        });
    }

    /** Writes the default rules into a new store: once per store, so a deleted default rule stays deleted. */
    Uni<Void> seedDefaults() {
        return stores.claimOnce(SEEDED).chain(first -> {
            if (!first) {
                return Uni.createFrom().voidItem();
            }
            List<Uni<Boolean>> writes = DefaultRules.all(clock.instant()).stream()
                    .map(rule -> store.create(rule.id(), StoredRule.of(rule)))
                    .toList();
            return Uni.join().all(writes).andFailFast().replaceWithVoid();
        });
    }

    /**
     * Reads every rule from the store and applies what another replica changed: a stored rule that is new or newer
     * than the one held replaces it; one held but no longer stored goes, unless it changed here after the reload
     * started. The engine forgets the rules that changed or went.
     */
    Uni<Void> reload() {
        Instant started = clock.instant();
        return store.all().invoke(stored -> apply(stored, started)).replaceWithVoid();
    }

    private synchronized void apply(List<StoredRule> stored, Instant started) {
        Map<String, AlertRule> now = new LinkedHashMap<>();
        for (StoredRule s : stored) {
            readable(s).ifPresent(rule -> now.put(rule.id(), rule));
        }
        for (AlertRule rule : now.values()) {
            Optional<AlertRule> before = get(rule.id());
            if (before.isEmpty()
                    || (!before.get().equals(rule)
                            && !rule.updatedAt().isBefore(before.get().updatedAt()))) {
                held(rule);
            }
        }
        for (AlertRule before : rules) {
            if (!now.containsKey(before.id()) && before.updatedAt().isBefore(started)) {
                dropped(before.id());
            }
        }
    }

    private synchronized void held(AlertRule rule) {
        engine.forget(rule.id());
        rules = Stream.concat(rules.stream().filter(r -> !r.id().equals(rule.id())), Stream.of(rule))
                .sorted(ORDER)
                .toList();
    }

    private synchronized void dropped(String id) {
        engine.forget(id);
        rules = rules.stream().filter(r -> !r.id().equals(id)).toList();
    }

    private static Optional<AlertRule> readable(StoredRule stored) {
        try {
            return Optional.of(stored.toRule());
        } catch (RuntimeException e) {
            LOG.warnf("Alert rule %s cannot be read and is left out: %s", stored.id(), e.getMessage());
            return Optional.empty();
        }
    }
}
