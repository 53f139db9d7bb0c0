package io.fastscanner.marketdata.synthetic;

import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.NoSuchMarketDataException;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.TickerFromCandles;
import io.fastscanner.marketdata.Timeframe;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Seeded generated markets ({@code SYN0001/USDT}, ...) for demos and benchmarks at scale. A candle depends only
 * on the seed, the symbol, the timeframe and its open time, never on when it is asked for, so history does not
 * change as the clock moves, and closes agree across timeframes. Nothing is stored but each symbol's profile:
 * candles are generated on demand.
 */
public final class SyntheticMarketDataSource implements MarketDataSource {

    public static final int MAX_SYMBOLS = 99_999;
    /** Longest series one call returns. */
    public static final int MAX_CANDLES = 10_000;

    private static final String QUOTE = "USDT";
    private static final String BASE_PREFIX = "SYN";
    private static final Timeframe TICKER_TIMEFRAME = Timeframe.M15;
    private static final int TICKER_CANDLES = (int) (86_400_000L / TICKER_TIMEFRAME.millis());
    private static final List<Timeframe> TIMEFRAMES = Arrays.stream(Timeframe.values())
            .sorted(Comparator.comparing(Timeframe::millis))
            .toList();

    private final Clock clock;
    private final Map<MarketSymbol, SymbolProfile> profiles;
    private final Set<MarketSymbol> symbols;

    public SyntheticMarketDataSource(int symbolCount, long seed, Clock clock) {
        if (symbolCount < 1 || symbolCount > MAX_SYMBOLS) {
            throw new IllegalArgumentException(
                    "synthetic symbol count must be between 1 and " + MAX_SYMBOLS + "; got " + symbolCount);
        }
        this.clock = clock;
        int digits = Math.max(4, String.valueOf(symbolCount).length());
        Map<MarketSymbol, SymbolProfile> bySymbol = new HashMap<>();
        Set<MarketSymbol> ordered = new LinkedHashSet<>();
        for (int i = 1; i <= symbolCount; i++) {
            MarketSymbol symbol = MarketSymbol.of(BASE_PREFIX + String.format("%0" + digits + "d", i), QUOTE);
            bySymbol.put(symbol, SymbolProfile.generate(seed, i, symbol));
            ordered.add(symbol);
        }
        this.profiles = bySymbol;
        this.symbols = Collections.unmodifiableSet(ordered);
    }

    @Override
    public Exchange exchange() {
        return Exchange.SYNTHETIC;
    }

    @Override
    public int maxCandles() {
        return MAX_CANDLES;
    }

    @Override
    public Uni<Set<MarketSymbol>> symbols() {
        return Uni.createFrom().item(symbols);
    }

    @Override
    public Uni<Map<MarketSymbol, Ticker24h>> tickers() {
        return Uni.createFrom().item(this::tickersNow);
    }

    private Map<MarketSymbol, Ticker24h> tickersNow() {
        Instant now = now();
        Map<MarketSymbol, Ticker24h> tickers = new LinkedHashMap<>();
        for (MarketSymbol symbol : symbols) {
            tickers.put(
                    symbol, TickerFromCandles.of(series(profiles.get(symbol), TICKER_TIMEFRAME, TICKER_CANDLES, now)));
        }
        return tickers;
    }

    @Override
    public Uni<CandleSeries> candles(MarketSymbol symbol, Timeframe timeframe, int limit) {
        return Uni.createFrom().item(() -> {
            SymbolProfile profile = profiles.get(symbol);
            if (profile == null) {
                throw new NoSuchMarketDataException("no synthetic market " + symbol);
            }
            return series(profile, timeframe, limit, now());
        });
    }

    private static CandleSeries series(SymbolProfile profile, Timeframe timeframe, int limit, Instant now) {
        int count = Math.max(0, Math.min(limit, MAX_CANDLES));
        long closedUpTo = Math.floorDiv(now.toEpochMilli(), timeframe.millis());
        return CandleGenerator.generate(profile, timeframe, closedUpTo - count, count);
    }

    @Override
    public List<Timeframe> timeframes() {
        return TIMEFRAMES;
    }

    @Override
    public Instant now() {
        return clock.instant();
    }
}
