package io.fastscanner.screens.saved;

import io.fastscanner.events.EventData;
import io.fastscanner.events.EventScreens;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.Listing;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.scan.ScanLifecycle;
import io.fastscanner.scan.ScanLifecycle.ObserverOrder;
import io.fastscanner.scan.SignalUpdate;
import io.fastscanner.scan.SymbolAnalysis;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells which saved screens the symbol of an event passes, when the event is published. It remembers the latest
 * analysis of each (exchange, symbol) this replica produced (a scan's rows, each deep analysis, each live candle
 * close), just before the event about it is published, so an event is judged by the row it reports. An event that
 * names no exchange (an {@code alert}) passes the screens that the symbol's latest row on any exchange passes.
 */
@ApplicationScoped
public class ScreenTags implements EventScreens {

    /** Listings remembered at most; the least recently updated is forgotten first. */
    static final int MAX_LISTINGS = 10_000;

    private final ScreenMatcher matcher;
    private final SavedScreens saved;
    private final Map<Listing, SymbolAnalysis> latest = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Listing, SymbolAnalysis> eldest) {
            return size() > MAX_LISTINGS;
        }
    };

    ScreenTags(ScreenMatcher matcher, SavedScreens saved) {
        this.matcher = matcher;
        this.saved = saved;
    }

    void quickScan(@Observes @Priority(ObserverOrder.KEEP_LATEST_ROWS) ScanLifecycle.QuickScanCompleted event) {
        event.result().analyses().forEach(this::keep);
    }

    void analysed(@Observes @Priority(ObserverOrder.KEEP_LATEST_ROWS) ScanLifecycle.SymbolAnalyzed event) {
        keep(event.analysis());
    }

    void secondOpinion(@Observes @Priority(ObserverOrder.KEEP_LATEST_ROWS) ScanLifecycle.SecondOpinionAdded event) {
        keep(event.analysis());
    }

    void live(@Observes @Priority(ObserverOrder.KEEP_LATEST_ROWS) SignalUpdate event) {
        keep(event.analysis());
    }

    synchronized void keep(SymbolAnalysis analysis) {
        latest.put(analysis.listing(), analysis);
    }

    @Override
    public Set<String> matching(EventData data) {
        MarketSymbol symbol = data.about();
        if (symbol == null || matcher.isEmpty()) {
            return Set.of();
        }
        Set<String> passed = new LinkedHashSet<>();
        for (SymbolAnalysis analysis : rows(symbol, data.aboutExchange())) {
            passed.addAll(matcher.matching(analysis));
        }
        return passed;
    }

    private synchronized List<SymbolAnalysis> rows(MarketSymbol symbol, Exchange exchange) {
        if (exchange != null) {
            return Optional.ofNullable(latest.get(new Listing(exchange, symbol)))
                    .map(List::of)
                    .orElse(List.of());
        }
        List<SymbolAnalysis> found = new ArrayList<>();
        for (SymbolAnalysis analysis : latest.values()) {
            if (analysis.row().symbol().equals(symbol)) {
                found.add(analysis);
            }
        }
        return found;
    }

    @Override
    public Uni<Boolean> known(String id) {
        return saved.get(id).map(Optional::isPresent);
    }
}
