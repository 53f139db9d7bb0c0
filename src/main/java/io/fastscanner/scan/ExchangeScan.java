package io.fastscanner.scan;

import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketDataException;
import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.Timeframe;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Phase 1 on one exchange, as one Mutiny pipeline: one ticker call for all symbols and, at the same time, each
 * symbol's candles with bounded concurrency, a per-symbol timeout and per-symbol isolation (a failing symbol becomes a
 * {@code failed} row, the others go on). Fails when the ticker call fails.
 */
final class ExchangeScan {

    /** What a part of a scan needs besides its source. */
    record Settings(
            Duration timeout,
            int concurrency,
            int signalCandles,
            int candlesToFetch,
            String universeQuote,
            int universeSize,
            Duration rankingMaxAge) {}

    private final MarketDataSource source;
    private final Settings settings;
    private final UniverseRanking ranking;
    private final Clock clock;

    ExchangeScan(MarketDataSource source, Settings settings, UniverseRanking ranking, Clock clock) {
        this.source = source;
        this.settings = settings;
        this.ranking = ranking;
        this.clock = clock;
    }

    /** Scans {@code requested}, or the exchange's default universe when it is empty. */
    Uni<List<SymbolAnalysis>> run(List<MarketSymbol> requested, Timeframe timeframe) {
        return Uni.createFrom().deferred(() -> {
            source.beforeScan(timeframe);
            Uni<Map<MarketSymbol, Ticker24h>> tickers = source.tickers()
                    .ifNoItem()
                    .after(settings.timeout())
                    .failWith(() -> new MarketDataException(
                            "timeout",
                            "the 24h ticker request timed out after "
                                    + settings.timeout().toSeconds() + " s"))
                    .invoke(t -> ranking.remember(source.exchange(), t, clock.instant()))
                    .memoize()
                    .indefinitely();
            // Sent now, alongside the first candle requests; its outcome (item or failure) reaches the scan below.
            tickers.subscribe().with(t -> {}, failure -> {});
            return symbolsToScan(requested, tickers)
                    .onItem()
                    .transformToUni(
                            symbols -> scanSymbols(symbols, tickers, timeframe, symbolTimeout(symbols, timeframe)))
                    .onItem()
                    .transformToUni(analyses -> tickers.map(t -> analyses)); // no tickers: this part failed
        });
    }

    /** One symbol's quick signal computed now, outside any scan (nothing is stored). */
    Uni<SymbolAnalysis> analyseNow(MarketSymbol symbol, Timeframe timeframe) {
        return fetch(symbol, timeframe, settings.timeout())
                .flatMap(fetched -> analyse(fetched, Uni.createFrom().item(Map.of()), timeframe));
    }

    /** A failed row for a symbol of this exchange that could not be scanned. */
    SymbolAnalysis failed(MarketSymbol symbol, Timeframe timeframe, Throwable failure) {
        return SymbolAnalysis.failed(QuickSignalCalculator.failed(
                symbol, source.exchange(), timeframe, FailureReasons.of(failure), clock.instant()));
    }

    /**
     * The requested symbols, or the default universe: ranked by recent tickers when there are some, so candles are
     * fetched while this scan's ticker request is under way, else by this scan's tickers.
     */
    private Uni<List<MarketSymbol>> symbolsToScan(
            List<MarketSymbol> requested, Uni<Map<MarketSymbol, Ticker24h>> tickers) {
        if (!requested.isEmpty()) {
            return Uni.createFrom().item(requested);
        }
        String quote = settings.universeQuote();
        return ranking.top(source.exchange(), quote, settings.universeSize(), settings.rankingMaxAge(), clock.instant())
                .map(symbols -> Uni.createFrom().item(symbols))
                .orElseGet(() -> tickers.map(t -> Universe.top(t.values(), quote, settings.universeSize())));
    }

    /**
     * Two stages: at most {@code concurrency} candle requests in flight, and the signals computed on worker threads
     * outside those slots, so a slot takes the next request as soon as its answer is read.
     */
    /**
     * {@code scanner.quick-scan.timeout}, plus the time the exchange's request limits make the scan's symbols wait for
     * their turn (an exchange such as Kraken serves one request a second or so): a symbol fails for being slow, never
     * for being last in the queue.
     */
    private Duration symbolTimeout(List<MarketSymbol> symbols, Timeframe timeframe) {
        return settings.timeout().plus(source.budgetTime(symbols.size(), timeframe, settings.candlesToFetch()));
    }

    private Uni<List<SymbolAnalysis>> scanSymbols(
            List<MarketSymbol> symbols,
            Uni<Map<MarketSymbol, Ticker24h>> tickers,
            Timeframe timeframe,
            Duration timeout) {
        if (symbols.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        int concurrency = Math.max(1, settings.concurrency());
        return Multi.createFrom()
                .iterable(symbols)
                .onItem()
                .transformToUni(symbol -> fetch(symbol, timeframe, timeout))
                .merge(concurrency)
                .onItem()
                .transformToUni(fetched -> analyse(fetched, tickers, timeframe))
                .merge(concurrency)
                .collect()
                .asList()
                .map(analyses -> inRequestOrder(symbols, analyses));
    }

    /** A symbol's candles, or why there are none. */
    private record Fetched(MarketSymbol symbol, CandleSeries candles, Throwable failure) {}

    private Uni<Fetched> fetch(MarketSymbol symbol, Timeframe timeframe, Duration timeout) {
        return source.candles(symbol, timeframe, settings.candlesToFetch())
                .ifNoItem()
                .after(timeout)
                .failWith(TimeoutException::new)
                .map(candles -> new Fetched(symbol, candles, null))
                .onFailure()
                .recoverWithItem(failure -> new Fetched(symbol, null, failure));
    }

    private Uni<SymbolAnalysis> analyse(
            Fetched fetched, Uni<Map<MarketSymbol, Ticker24h>> tickers, Timeframe timeframe) {
        Uni<SymbolAnalysis> analysis = fetched.failure() != null
                ? Uni.createFrom().failure(fetched.failure())
                : tickers.emitOn(Infrastructure.getDefaultWorkerPool())
                        .map(t -> QuickSignalCalculator.analyse(
                                fetched.candles().last(settings.signalCandles()),
                                t.get(fetched.symbol()),
                                source.exchange(),
                                source.live(),
                                source.now(),
                                clock.instant()));
        return analysis.onFailure().recoverWithItem(failure -> failed(fetched.symbol(), timeframe, failure));
    }

    private static List<SymbolAnalysis> inRequestOrder(List<MarketSymbol> symbols, List<SymbolAnalysis> analyses) {
        Map<MarketSymbol, SymbolAnalysis> bySymbol = new HashMap<>();
        analyses.forEach(a -> bySymbol.put(a.row().symbol(), a));
        return symbols.stream().map(bySymbol::get).toList();
    }
}
