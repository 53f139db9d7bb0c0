package io.fastscanner.scorecard;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import java.util.List;

/**
 * A scorecard request, normalised: equal queries have equal answers (the recorded candles never change), so the
 * answer is cached under it.
 *
 * @param symbols  sorted, without repeats; empty for every symbol of the timeframe
 * @param fromMs   first open time scored, inclusive ({@link Long#MIN_VALUE}: from the start)
 * @param toMs     last open time scored, inclusive ({@link Long#MAX_VALUE}: to the end)
 * @param horizons ascending, without repeats
 */
public record ScorecardQuery(
        Exchange exchange,
        Timeframe timeframe,
        List<MarketSymbol> symbols,
        long fromMs,
        long toMs,
        List<Integer> horizons) {

    public ScorecardQuery {
        exchange = exchange == Exchange.REPLAY ? ReplayDataSets.DEFAULT : exchange;
        symbols = symbols.stream().distinct().sorted().toList();
        horizons = horizons.stream().distinct().sorted().toList();
        if (horizons.isEmpty() || horizons.get(0) < 1) {
            throw new IllegalArgumentException("at least one horizon, each at least one candle");
        }
    }
}
