package io.fastscanner.marketdata.binance;

import java.util.Map;

/** Quick scans only (no background phase), so upstream calls can be counted exactly; a universe of 5 symbols. */
public class BinanceLoadTestProfile extends BinanceTestProfile {

    static final int UNIVERSE = 5;

    @Override
    protected Map<String, String> extra() {
        return Map.of(
                "scanner.deep-analysis.enabled", "false",
                "scanner.universe.size", String.valueOf(UNIVERSE),
                "scanner.quick-scan.candles", "60",
                "scanner.binance.timeout", "10s");
    }
}
