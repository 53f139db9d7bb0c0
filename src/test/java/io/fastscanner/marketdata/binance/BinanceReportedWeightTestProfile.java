package io.fastscanner.marketdata.binance;

import java.util.HashMap;
import java.util.Map;

/**
 * The tiny budget of {@link BinanceBudgetTestProfile} without a margin at the window edges, so that every
 * {@code X-MBX-USED-WEIGHT-1M} counts, wherever in its window the request was sent.
 */
public class BinanceReportedWeightTestProfile extends BinanceBudgetTestProfile {

    @Override
    protected Map<String, String> extra() {
        Map<String, String> config = new HashMap<>(super.extra());
        config.put("scanner.binance.weight-window-margin", "0ms");
        return config;
    }
}
