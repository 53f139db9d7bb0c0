package io.fastscanner.marketdata;

/**
 * Rolling 24 h statistics of one symbol.
 *
 * @param lastPrice          last traded (or last closed-candle) price
 * @param changePercent      price change over the 24 h window, in percent
 * @param quoteVolume        traded value over the window, in quote currency
 * @param asOfMs             the instant the statistics describe
 */
public record Ticker24h(MarketSymbol symbol, double lastPrice, double changePercent, double quoteVolume, long asOfMs) {}
