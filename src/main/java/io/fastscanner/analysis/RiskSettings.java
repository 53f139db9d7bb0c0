package io.fastscanner.analysis;

/**
 * Parameters of {@link RiskLevelCalculator}.
 *
 * @param atrMultiple    the stop is at least this many ATR(14) from entry
 * @param rewardMultiple the uncapped target is this many times the risk (entry to stop) from entry
 * @param swingLookback  how many recent candles are searched for swing highs and lows
 */
public record RiskSettings(double atrMultiple, double rewardMultiple, int swingLookback) {

    public static final RiskSettings DEFAULTS = new RiskSettings(1.5, 2.0, 20);

    public RiskSettings {
        if (!(atrMultiple > 0) || !(rewardMultiple > 0) || swingLookback < 2 * SwingPoints.SIDE + 1) {
            throw new IllegalArgumentException("invalid risk settings: atrMultiple=" + atrMultiple + ", rewardMultiple="
                    + rewardMultiple + ", swingLookback=" + swingLookback);
        }
    }

    public static RiskSettings defaults() {
        return DEFAULTS;
    }
}
