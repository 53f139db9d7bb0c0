package io.fastscanner.events;

import io.fastscanner.marketdata.MarketSymbol;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What one client asked to receive: {@code ?scanId=} keeps one scan's events, {@code ?symbols=BTC/USDT,ETH/USDT}
 * keeps the events about those symbols plus the scan-wide ones (which name no symbol).
 */
record EventFilter(String scanId, Set<MarketSymbol> symbols) implements Predicate<ScanEvent> {

    static final int MAX_SYMBOLS = 500;

    /** Parses the query values; empty when a symbol is malformed (the caller answers 400). */
    static Optional<EventFilter> parse(String scanId, String symbols) {
        if (symbols == null || symbols.isBlank()) {
            return Optional.of(new EventFilter(blankToNull(scanId), Set.of()));
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
                blankToNull(scanId), parsed.stream().map(Optional::get).collect(Collectors.toUnmodifiableSet())));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Override
    public boolean test(ScanEvent event) {
        if (scanId != null && !scanId.equals(event.scanId())) {
            return false;
        }
        return symbols.isEmpty() || event.symbol() == null || symbols.contains(event.symbol());
    }
}
