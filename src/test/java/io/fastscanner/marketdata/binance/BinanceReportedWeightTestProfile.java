package io.fastscanner.marketdata.binance;

import java.util.Map;

/**
 * The tiny budget of {@link BinanceBudgetTestProfile} without a margin at the window edges, so that every
 * {@code X-MBX-USED-WEIGHT-1M} counts, wherever in its window the request was sent.
 */
public class BinanceReportedWeightTestProfile extends BinanceTestProfile {

    @Override
    protected Map<String, String> extra() {
        return Map.of(
                "scanner.binance.weight-budget", String.valueOf(BinanceBudgetTestProfile.BUDGET),
                "scanner.binance.weight-window", BinanceBudgetTestProfile.WINDOW_MS + "ms",
                "scanner.binance.weight-window-margin", "0ms");
    }
}
