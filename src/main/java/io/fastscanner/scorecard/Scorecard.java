package io.fastscanner.scorecard;

import io.fastscanner.marketdata.MarketSymbol;
import java.time.Instant;
import java.util.List;

/**
 * The statistics of the quick signal over a walk of recorded candles.
 *
 * @param from      open time of the first scored candle, null when none was scored
 * @param to        open time of the last scored candle, null when none was scored
 * @param candles   scored candles, all symbols together
 * @param baseline  one row per horizon
 * @param buckets   one row per bucket and horizon, in {@link Bucket#ALL} order, horizons ascending within a bucket
 * @param verdict   the whole answer in one plain sentence
 */
public record Scorecard(
        List<MarketSymbol> symbols,
        Instant from,
        Instant to,
        long candles,
        List<Integer> horizons,
        List<BaselineRow> baseline,
        List<BucketRow> buckets,
        String verdict) {

    public Scorecard {
        symbols = List.copyOf(symbols);
        horizons = List.copyOf(horizons);
        baseline = List.copyOf(baseline);
        buckets = List.copyOf(buckets);
    }
}
