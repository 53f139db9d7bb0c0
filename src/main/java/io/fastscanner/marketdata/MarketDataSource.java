package io.fastscanner.marketdata;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where market data comes from: recorded candles replayed as if live, the Binance spot API, or a seeded
 * synthetic market. Every method is non-blocking.
 */
public interface MarketDataSource {

    /** Which source this is: reported as the {@code exchange} of each row. */
    Exchange exchange();

    /** The symbols that can be scanned right now. */
    Uni<Set<MarketSymbol>> symbols();

    /** 24 h statistics of every tradable symbol, in one upstream call. */
    Uni<Map<MarketSymbol, Ticker24h>> tickers();

    /**
     * Up to {@code limit} closed candles of a symbol, oldest first, ending with the last candle closed at
     * {@link #now()}. The still-forming candle is never included.
     */
    Uni<CandleSeries> candles(MarketSymbol symbol, Timeframe timeframe, int limit);

    /** The most closed candles one call can return; a caller asking for more gets this many. */
    int maxCandles();

    /** The timeframes this source can serve. */
    List<Timeframe> timeframes();

    /** The source's notion of the current time: the wall clock for live sources, the replay clock otherwise. */
    Instant now();

    /** Called once before each scan; the replay source may move its clock forward here. */
    default void beforeScan(Timeframe timeframe) {}

    /**
     * How long the exchange's request limits alone make a caller wait for {@code series} candle series of
     * {@code candles} candles each, asked at once: a scan's symbols wait that long for their turn, so it is added to
     * their timeout. Zero where no limit binds.
     */
    default Duration budgetTime(int series, Timeframe timeframe, int candles) {
        return Duration.ZERO;
    }

    /** Whether the data comes from the exchange now (not replayed or generated). */
    default boolean live() {
        return exchange().isLive();
    }

    /** Quote asset of the default universe when {@code scanner.universe.quote} names none. */
    default String defaultQuote() {
        return "USDT";
    }

    /** Request budgets, pause, ban and circuit breakers; never fails (what cannot be read is left out). */
    default Uni<ExchangeState> state() {
        return Uni.createFrom().item(ExchangeState.local(exchange()));
    }
}
