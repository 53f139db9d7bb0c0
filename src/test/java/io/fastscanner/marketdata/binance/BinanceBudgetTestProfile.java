package io.fastscanner.marketdata.binance;

import java.util.Map;

/** A tiny weight budget (20 per 1 s window) so that tests exceed it within seconds. */
public class BinanceBudgetTestProfile extends BinanceTestProfile {

    static final int BUDGET = 20;
    static final long WINDOW_MS = 1000;

    @Override
    protected Map<String, String> extra() {
        return Map.of(
                "scanner.binance.weight-budget", String.valueOf(BUDGET),
                "scanner.binance.weight-window", WINDOW_MS + "ms",
                "scanner.binance.weight-window-margin", "300ms");
    }
}
