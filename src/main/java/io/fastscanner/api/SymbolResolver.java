package io.fastscanner.api;

import io.fastscanner.errors.RejectedSymbol;
import io.fastscanner.marketdata.MarketSymbol;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns the symbols a client sent into known market symbols, keeping a reason for each one it rejects. */
final class SymbolResolver {

    record Resolution(List<MarketSymbol> symbols, List<RejectedSymbol> rejected) {}

    private static final int MAX_ECHO = 40;

    private SymbolResolver() {}

    static Resolution resolve(List<String> requested, Set<MarketSymbol> known) {
        Set<MarketSymbol> accepted = new LinkedHashSet<>();
        List<RejectedSymbol> rejected = new ArrayList<>();
        for (String raw : requested) {
            Optional<MarketSymbol> parsed = MarketSymbol.parse(raw);
            if (parsed.isEmpty()) {
                rejected.add(new RejectedSymbol(echo(raw), "malformed"));
            } else if (!known.contains(parsed.get())) {
                rejected.add(new RejectedSymbol(parsed.get().toString(), "unknown"));
            } else if (!accepted.add(parsed.get())) {
                rejected.add(new RejectedSymbol(parsed.get().toString(), "duplicate"));
            }
        }
        return new Resolution(List.copyOf(accepted), rejected);
    }

    /** The client's text made safe to echo: printable ASCII only, bounded length. */
    static String echo(String raw) {
        if (raw == null) {
            return null;
        }
        String safe = raw.replaceAll("[^\\x20-\\x7E]", "?");
        return safe.length() > MAX_ECHO ? safe.substring(0, MAX_ECHO) + "..." : safe;
    }
}
