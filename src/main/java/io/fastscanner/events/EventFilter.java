package io.fastscanner.events;

import io.fastscanner.marketdata.MarketSymbol;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What one client asked to receive: {@code ?scanId=} keeps one scan's events, {@code ?symbols=BTC/USDT,ETH/USDT}
 * keeps the events about those symbols plus the scan-wide ones (which name no symbol), {@code ?screenId=} keeps the
 * events about symbols whose latest row passed that saved screen when the event was published, plus the scan-wide
 * ones.
 *
 * @param screenId a saved screen's id, or null
 */
record EventFilter(String scanId, Set<MarketSymbol> symbols, String screenId) implements Predicate<ScanEvent> {

    static final int MAX_SYMBOLS = 500;

    EventFilter(String scanId, Set<MarketSymbol> symbols) {
        this(scanId, symbols, null);
    }

    /** Parses the query values; empty when a symbol is malformed (the caller answers 400). */
    static Optional<EventFilter> parse(String scanId, String symbols, String screenId) {
        String screen = blankToNull(screenId);
        if (symbols == null || symbols.isBlank()) {
            return Optional.of(new EventFilter(blankToNull(scanId), Set.of(), screen));
        }
        String[] parts = symbols.split(",");
        if (parts.length > MAX_SYMBOLS) {
            return Optional.empty();
        }
        var parsed = Arrays.stream(parts)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(MarketSymbol::parse)
                .toList();
        if (parsed.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(new EventFilter(
                blankToNull(scanId),
                parsed.stream().map(Optional::get).collect(Collectors.toUnmodifiableSet()),
                screen));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Override
    public boolean test(ScanEvent event) {
        if (scanId != null && !scanId.equals(event.scanId())) {
            return false;
        }
        if (event.symbol() == null) {
            return true;
        }
        return (symbols.isEmpty() || symbols.contains(event.symbol()))
                && (screenId == null || event.screens().contains(screenId));
    }
}
