package io.fastscanner.bench;

import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.synthetic.SyntheticMarketDataSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The market a simulated exchange lists, over a {@link SyntheticMarketDataSource} ({@code SYN0001}, ...): one pair per
 * synthetic symbol with the exchange's main quote ({@code USDT}, {@code USD}), and, as real exchanges list them, a few
 * pairs a scan of the default universe must leave out: three not trading (suspended, delisted) whose last 24 h volume
 * is the highest of the market, and three with another quote. Their candles and tickers are those of existing
 * synthetic symbols. Tickers are computed once after each {@link #reset()}.
 */
final class SimulatedMarket {

    /** Not trading (suspended, delisted, halted): their names. */
    static final List<String> HALTED = List.of("HALTED1", "HALTED2", "HALTED3");

    /**
     * One pair as the exchange lists it.
     *
     * @param source the synthetic symbol whose candles and ticker it serves
     * @param volumeFactor its 24 h volume relative to its source's
     */
    record Listing(String base, String quote, MarketSymbol source, boolean trading, double volumeFactor) {

        /** The pair as the service names it, e.g. {@code SYN0001/USD}. */
        MarketSymbol symbol() {
            return MarketSymbol.of(base, quote);
        }
    }

    private final SyntheticMarketDataSource source;
    private final Clock clock;
    private final List<Listing> listings;
    private volatile Map<Listing, Ticker24h> tickers;
    private volatile List<MarketSymbol> byVolume;

    /**
     * @param quote the exchange's main quote asset
     * @param otherQuote the quote of the pairs with another quote; null for none of the extra pairs (Binance)
     */
    SimulatedMarket(int symbols, long seed, Clock clock, String quote, String otherQuote) {
        this.source = new SyntheticMarketDataSource(symbols, seed, clock);
        this.clock = clock;
        List<MarketSymbol> synthetic = List.copyOf(source.symbols().await().indefinitely());
        List<Listing> all = new ArrayList<>();
        for (MarketSymbol s : synthetic) {
            all.add(new Listing(s.base(), quote, s, true, 1.0));
        }
        if (otherQuote != null) {
            for (int i = 0; i < HALTED.size() && i < synthetic.size(); i++) {
                all.add(new Listing(HALTED.get(i), quote, synthetic.get(i), false, 50.0));
                all.add(new Listing(synthetic.get(i).base(), otherQuote, synthetic.get(i), true, 0.01));
            }
        }
        this.listings = List.copyOf(all);
    }

    SyntheticMarketDataSource source() {
        return source;
    }

    Clock clock() {
        return clock;
    }

    List<Listing> listings() {
        return listings;
    }

    /** Every listing's 24 h ticker (symbol: the listing's pair), the same until the next reset. */
    Map<Listing, Ticker24h> tickers() {
        Map<Listing, Ticker24h> cached = tickers;
        if (cached != null) {
            return cached;
        }
        synchronized (this) {
            if (tickers != null) {
                return tickers;
            }
            Map<MarketSymbol, Ticker24h> bySource = source.tickers().await().indefinitely();
            Map<Listing, Ticker24h> all = new LinkedHashMap<>();
            for (Listing l : listings) {
                Ticker24h t = bySource.get(l.source());
                all.put(
                        l,
                        new Ticker24h(
                                l.symbol(),
                                t.lastPrice(),
                                t.changePercent(),
                                t.quoteVolume() * l.volumeFactor(),
                                t.asOfMs()));
            }
            List<Ticker24h> tradable = new ArrayList<>();
            String mainQuote = listings.get(0).quote();
            all.forEach((l, t) -> {
                if (l.trading() && l.quote().equals(mainQuote)) {
                    tradable.add(t);
                }
            });
            tradable.sort(Comparator.comparingDouble(Ticker24h::quoteVolume)
                    .reversed()
                    .thenComparing(t -> t.symbol().toString()));
            byVolume = tradable.stream().map(Ticker24h::symbol).toList();
            tickers = all;
            return all;
        }
    }

    /**
     * The trading pairs of the main quote ordered by 24 h quote volume, highest first, as the tickers are served now:
     * the default universe of a scan is the first N.
     */
    List<MarketSymbol> symbolsByVolume() {
        tickers();
        return byVolume;
    }

    /** Tickers are computed again at their next use. */
    synchronized void reset() {
        tickers = null;
        byVolume = null;
    }
}
