package io.fastscanner.scannerapi;

import io.fastscanner.marketdata.Timeframe;

/**
 * The Python service's timeframe labels and the candles each one makes it fetch (its {@code TradingConfig}):
 * {@code scalping} = 1m, {@code short} = 5m, {@code medium} = 1h, {@code daily} = 1d, {@code weekly} = 1w.
 * Any other label (for instance {@code "1h"}) is silently scanned on daily candles, so we always send one of these.
 * <p>
 * Our timeframe maps to the label whose candles are nearest on a log scale:
 * <pre>
 *  1m           -> scalping (1m)   exact
 *  5m, 15m      -> short    (5m)   exact for 5m
 *  30m, 1h, 2h, 4h -> medium (1h)  exact for 1h
 *  6h, 12h, 1d  -> daily    (1d)   exact for 1d
 *  1w           -> weekly   (1w)   exact
 * </pre>
 * Where the candles differ from ours the opinion says so through {@link #candles()}.
 */
public enum ScannerApiLabel {
    SCALPING("scalping", Timeframe.M1),
    SHORT("short", Timeframe.M5),
    MEDIUM("medium", Timeframe.H1),
    DAILY("daily", Timeframe.D1),
    WEEKLY("weekly", Timeframe.W1);

    private final String label;
    private final Timeframe candles;

    ScannerApiLabel(String label, Timeframe candles) {
        this.label = label;
        this.candles = candles;
    }

    /** The label sent in the scan request, e.g. {@code medium}. */
    public String label() {
        return label;
    }

    /** The candles the Python service fetches for this label. */
    public Timeframe candles() {
        return candles;
    }

    /** Whether its candles are exactly {@code ours}. */
    public boolean exactFor(Timeframe ours) {
        return candles == ours;
    }

    /** The label to request for a scan on {@code ours}. */
    public static ScannerApiLabel forTimeframe(Timeframe ours) {
        return switch (ours) {
            case M1 -> SCALPING;
            case M5, M15 -> SHORT;
            case M30, H1, H2, H4 -> MEDIUM;
            case H6, H12, D1 -> DAILY;
            case W1 -> WEEKLY;
        };
    }
}
