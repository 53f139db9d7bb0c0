package io.fastscanner.scorecard.ledger;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scorecard.PastSignal;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the recorded signals are kept, one per {@link SignalKey}: in this process ({@link MemoryLedger}) or in Redis,
 * shared by every replica ({@link RedisLedger}). Every method is non-blocking.
 */
public interface LedgerStore {

    /**
     * Replaces the signal kept under {@code key} by what {@code change} makes of it (empty: nothing is kept there);
     * {@code change} answers empty to leave it as it is. With Redis, {@code change} may run again if another replica
     * changed the signal meanwhile.
     */
    Uni<Void> update(SignalKey key, Function<Optional<PastSignal>, Optional<PastSignal>> change);

    /** Forgets the signal. */
    Uni<Void> drop(SignalKey key);

    /** Signals of {@code exchange} whose next horizon is due at {@code now}, the earliest due first, at most max. */
    Uni<List<PastSignal>> due(Exchange exchange, Instant now, int max);

    /**
     * Of {@code due}, those this replica measures: each due signal is claimed by one replica only, until it is saved
     * with its outcomes or released.
     */
    Uni<List<PastSignal>> claim(List<PastSignal> due);

    /** Gives claims back, e.g. after the candles could not be read: the signals are due again at once. */
    Uni<Void> release(List<SignalKey> keys);

    /** The newest signals of a series (all symbols when {@code symbol} is empty), newest candle first. */
    Uni<List<PastSignal>> newest(Exchange exchange, Timeframe timeframe, Optional<MarketSymbol> symbol, int limit);

    /** The keys of {@code exchange}'s signals on candles before {@code cutoff}. */
    Uni<List<SignalKey>> olderThan(Exchange exchange, Instant cutoff);

    /** Drops the first-kept signals beyond {@code max}; answers how many were dropped. */
    Uni<Integer> trim(int max);
}
