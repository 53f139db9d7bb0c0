package io.fastscanner.marketdata.synthetic;

import io.fastscanner.marketdata.MarketSymbol;

/**
 * The fixed character of one synthetic market, derived from the seed and the symbol's index.
 *
 * @param key              root of every random number drawn for this symbol
 * @param logBasePrice     natural log of the price the market oscillates around
 * @param tick             price increment, chosen for the base price level
 * @param dailyVolatility  standard deviation of daily log returns in calm conditions
 * @param dailyQuoteVolume typical traded value per day, in quote currency
 */
record SymbolProfile(
        MarketSymbol symbol,
        long key,
        double logBasePrice,
        PriceTick tick,
        double dailyVolatility,
        double dailyQuoteVolume) {

    private static final long PROFILE_STREAM = 0x5EED;
    private static final double MIN_LOG10_PRICE = -4.0;
    private static final double LOG10_PRICE_SPAN = 8.7;
    private static final double MIN_LOG10_QUOTE_VOLUME = 4.5;
    private static final double LOG10_QUOTE_VOLUME_SPAN = 5.0;
    /** Significant digits a price has at its base level (e.g. 1.2345, 0.00012345). */
    private static final int PRICE_DIGITS = 5;

    static SymbolProfile generate(long seed, int index, MarketSymbol symbol) {
        long key = CounterBasedRandom.bits(seed, PROFILE_STREAM, index);
        // Weyl sequences spread price levels and volumes evenly even for a handful of symbols.
        double priceRank = fraction(
                CounterBasedRandom.uniform(key, 1, 0) * 0.05 + seedOffset(seed, 1) + index * 0.6180339887498949);
        double volumeRank = fraction(
                CounterBasedRandom.uniform(key, 2, 0) * 0.05 + seedOffset(seed, 2) + index * 0.41421356237309515);
        double log10Price = MIN_LOG10_PRICE + LOG10_PRICE_SPAN * priceRank;
        double log10QuoteVolume = MIN_LOG10_QUOTE_VOLUME + LOG10_QUOTE_VOLUME_SPAN * volumeRank;
        // Thinly traded markets move more, as they do on real exchanges.
        double dailyVolatility = 0.018 + 0.035 * (1 - volumeRank) + 0.015 * CounterBasedRandom.uniform(key, 3, 0);
        PriceTick tick = new PriceTick((int) Math.floor(log10Price) - (PRICE_DIGITS - 1));
        return new SymbolProfile(
                symbol, key, log10Price * Math.log(10), tick, dailyVolatility, Math.pow(10, log10QuoteVolume));
    }

    private static double seedOffset(long seed, long stream) {
        return CounterBasedRandom.uniform(seed, stream, -1);
    }

    private static double fraction(double x) {
        return x - Math.floor(x);
    }
}
