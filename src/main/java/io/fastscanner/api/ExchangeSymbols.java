package io.fastscanner.api;

import io.fastscanner.errors.RejectedSymbol;
import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.scan.ExchangeScope;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The requested symbols of a quick scan, per exchange: each exchange scans the ones it trades. On one exchange its
 * symbol list must be read (an exchange that cannot answer fails the request); over several, an exchange whose list
 * cannot be read gets every well-formed symbol, so each becomes a failed row with the exchange's reason while the other
 * exchanges' rows are complete.
 */
final class ExchangeSymbols {

    record Resolved(List<ExchangeScope> scopes, List<RejectedSymbol> rejected) {}

    private ExchangeSymbols() {}

    static Uni<Resolved> resolve(List<MarketDataSource> sources, List<String> requested) {
        boolean several = sources.size() > 1;
        List<Uni<Optional<Set<MarketSymbol>>>> lists = sources.stream()
                .map(source -> several
                        ? source.symbols().map(Optional::of).onFailure().recoverWithItem(Optional.empty())
                        : source.symbols().map(Optional::of))
                .toList();
        return Uni.join().all(lists).andFailFast().map(known -> {
            List<ExchangeScope> scopes = new ArrayList<>();
            Set<RejectedSymbol> rejected = new LinkedHashSet<>();
            for (int i = 0; i < sources.size(); i++) {
                String exchange = sources.get(i).exchange().id();
                SymbolResolver.Resolution resolution = known.get(i)
                        .map(symbols -> SymbolResolver.resolve(requested, symbols))
                        .orElseGet(() -> SymbolResolver.resolve(requested, wellFormed(requested)));
                for (RejectedSymbol r : resolution.rejected()) {
                    rejected.add(several && "unknown".equals(r.reason()) ? r.on(exchange) : r);
                }
                if (!resolution.symbols().isEmpty()) {
                    scopes.add(new ExchangeScope(sources.get(i).exchange(), resolution.symbols()));
                }
            }
            return new Resolved(List.copyOf(scopes), List.copyOf(rejected));
        });
    }

    private static Set<MarketSymbol> wellFormed(List<String> requested) {
        Set<MarketSymbol> symbols = new LinkedHashSet<>();
        requested.forEach(raw -> MarketSymbol.parse(raw).ifPresent(symbols::add));
        return symbols;
    }
}
