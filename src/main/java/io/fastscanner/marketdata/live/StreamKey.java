package io.fastscanner.marketdata.live;

import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;

/** One kline stream: a symbol's candles on one timeframe, on the exchange of the connection carrying it. */
public record StreamKey(MarketSymbol symbol, Timeframe timeframe) {}
