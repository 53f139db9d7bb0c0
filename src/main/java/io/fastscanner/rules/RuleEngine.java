package io.fastscanner.rules;

import io.fastscanner.marketdata.Listing;
import io.fastscanner.marketdata.Timeframe;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides when rules fire. Pure: no clock, no I/O; it is told each look a rule takes at a symbol (the candle the values
 * belong to, the time, and how many matching events it found) and answers how many of them fire, remembering per
 * rule, symbol and timeframe whether the symbol matched, and the candle and time it last fired on ({@link RuleState}).
 *
 * <ul>
 * <li>A disabled rule, or a symbol outside its scope, never fires, and its state does not change.</li>
 * <li>{@code enters} fires once when the symbol matches now and did not at the previous look; {@code every} fires for
 * every matching event (a screen match is one event per look, a change rule's changes one each).</li>
 * <li>With {@code oncePerCandle}, a rule fires at most once per candle of a symbol; within {@code cooldown} after it
 * fired for a symbol, it does not fire for it again. Both also hold back {@code enters}: a symbol that leaves and
 * enters again within the cooldown stays silent.</li>
 * </ul>
 * Thread-safe: looks are serialised.
 */
public final class RuleEngine {

    /** One rule's memory of one symbol on one timeframe. */
    private record Key(String ruleId, Listing listing, Timeframe timeframe) {}

    /**
     * One look of a rule at a symbol.
     *
     * @param candle the open time of the candle the values belong to
     * @param at     when the look happens
     * @param events the matching events found: 0 when the symbol does not match; 1 for a screen that matches; the
     *               number of changes of the rule's kind for a change rule
     */
    public record Look(Listing listing, Timeframe timeframe, Instant candle, Instant at, int events) {

        public Look {
            Objects.requireNonNull(listing, "listing");
            Objects.requireNonNull(timeframe, "timeframe");
            Objects.requireNonNull(candle, "candle");
            Objects.requireNonNull(at, "at");
            if (events < 0) {
                throw new IllegalArgumentException("events must not be negative");
            }
        }
    }

    private final Map<Key, RuleState> states = new HashMap<>();

    /** How many of the look's events fire: 0 to {@code look.events()}, at most 1 for {@code enters}. */
    public synchronized int look(AlertRule rule, Look look) {
        if (!rule.enabled() || !rule.scope().covers(look.listing(), look.timeframe())) {
            return 0;
        }
        Key key = new Key(rule.id(), look.listing(), look.timeframe());
        RuleState before = states.getOrDefault(key, RuleState.NEW);
        boolean matches = look.events() > 0;
        RuleState state = before.looked(matches);
        int wanted = !matches ? 0 : rule.trigger() == RuleTrigger.ENTERS ? (before.matching() ? 0 : 1) : look.events();
        int fired = 0;
        while (fired < wanted && allowed(rule, state, look)) {
            state = state.fired(look.candle(), look.at());
            fired++;
        }
        states.put(key, state);
        return fired;
    }

    private static boolean allowed(AlertRule rule, RuleState state, Look look) {
        if (rule.oncePerCandle() && look.candle().equals(state.lastFiredCandle())) {
            return false;
        }
        return rule.cooldown().isZero()
                || state.lastFiredAt() == null
                || !look.at().isBefore(state.lastFiredAt().plus(rule.cooldown()));
    }

    /** Forgets what rule {@code ruleId} remembers: it was changed or deleted, so it starts afresh. */
    public synchronized void forget(String ruleId) {
        states.keySet().removeIf(key -> key.ruleId().equals(ruleId));
    }

    /** What rule {@code ruleId} remembers of a symbol on a timeframe; empty before its first look at it. */
    public synchronized Optional<RuleState> state(String ruleId, Listing listing, Timeframe timeframe) {
        return Optional.ofNullable(states.get(new Key(ruleId, listing, timeframe)));
    }

    /** How many (rule, symbol, timeframe) states are kept. */
    public synchronized int size() {
        return states.size();
    }
}
