package io.fastscanner.scorecard.ledger;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scorecard.PastSignal;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The signals in this process ({@code scanner.store=memory}), in the order they were first kept. One process measures
 * them, so every due signal is its own to claim.
 */
final class MemoryLedger implements LedgerStore {

    private final Map<SignalKey, PastSignal> kept = new LinkedHashMap<>();

    @Override
    public Uni<Void> update(SignalKey key, Function<Optional<PastSignal>, Optional<PastSignal>> change) {
        synchronized (this) {
            change.apply(Optional.ofNullable(kept.get(key))).ifPresent(signal -> kept.put(key, signal));
        }
        return Uni.createFrom().voidItem();
    }

    @Override
    public synchronized Uni<Void> drop(SignalKey key) {
        kept.remove(key);
        return Uni.createFrom().voidItem();
    }

    @Override
    public synchronized Uni<List<PastSignal>> due(Exchange exchange, Instant now, int max) {
        List<PastSignal> due = kept.values().stream()
                .filter(s -> s.exchange() == exchange)
                .filter(s ->
                        LedgerEntries.dueAt(s).filter(at -> !at.isAfter(now)).isPresent())
                .sorted(Comparator.comparing(s -> LedgerEntries.dueAt(s).orElseThrow()))
                .limit(max)
                .toList();
        return Uni.createFrom().item(due);
    }

    @Override
    public Uni<List<PastSignal>> claim(List<PastSignal> due) {
        return Uni.createFrom().item(due);
    }

    @Override
    public Uni<Void> release(List<SignalKey> keys) {
        return Uni.createFrom().voidItem();
    }

    @Override
    public synchronized Uni<List<PastSignal>> newest(
            Exchange exchange, Timeframe timeframe, Optional<MarketSymbol> symbol, int limit) {
        List<PastSignal> newest = kept.values().stream()
                .filter(s -> s.exchange() == exchange && s.timeframe() == timeframe)
                .filter(s -> symbol.map(s.symbol()::equals).orElse(true))
                .sorted(Comparator.comparing(PastSignal::candleTime).reversed().thenComparing(PastSignal::symbol))
                .limit(limit)
                .toList();
        return Uni.createFrom().item(newest);
    }

    @Override
    public synchronized Uni<List<SignalKey>> olderThan(Exchange exchange, Instant cutoff) {
        List<SignalKey> old = kept.keySet().stream()
                .filter(k -> k.exchange() == exchange && k.candleTime().isBefore(cutoff))
                .toList();
        return Uni.createFrom().item(old);
    }

    @Override
    public synchronized Uni<Integer> trim(int max) {
        int over = Math.max(0, kept.size() - max);
        Iterator<SignalKey> first = kept.keySet().iterator();
        List<SignalKey> dropped = new ArrayList<>(over);
        while (dropped.size() < over && first.hasNext()) {
            dropped.add(first.next());
            first.remove();
        }
        return Uni.createFrom().item(dropped.size());
    }
}
