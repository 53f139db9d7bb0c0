package io.fastscanner.bench.jmh;

import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.synthetic.SyntheticMarketDataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Deterministic inputs of the micro-benchmarks: the synthetic market at a fixed instant. */
final class BenchData {

    static final Instant NOW = Instant.parse("2026-04-21T00:00:00Z");
    static final long SEED = 42;

    private BenchData() {}

    static SyntheticMarketDataSource market(int symbols) {
        return new SyntheticMarketDataSource(symbols, SEED, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static CandleSeries candles(SyntheticMarketDataSource market, MarketSymbol symbol, Timeframe tf, int limit) {
        return market.candles(symbol, tf, limit).await().indefinitely();
    }

    static List<CandleSeries> histories(SyntheticMarketDataSource market, Timeframe tf, int limit) {
        List<CandleSeries> out = new ArrayList<>();
        for (MarketSymbol s : market.symbols().await().indefinitely()) {
            out.add(candles(market, s, tf, limit));
        }
        return out;
    }
}
