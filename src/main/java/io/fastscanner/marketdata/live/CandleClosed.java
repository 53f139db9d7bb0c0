package io.fastscanner.marketdata.live;

import io.fastscanner.marketdata.Listing;
import io.fastscanner.marketdata.Timeframe;

/**
 * A watched series gained a closed candle in memory, from its stream or from a repair: {@code candleOpenMs} is the
 * newest closed candle's open time. Fired as a CDI event; observers must not block.
 */
public record CandleClosed(Listing listing, Timeframe timeframe, long candleOpenMs) {}
