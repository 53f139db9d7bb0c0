package io.fastscanner.marketdata.synthetic;

import io.fastscanner.marketdata.Timeframe;
import java.util.List;
import java.util.Optional;

/**
 * The chain of timeframes the price path is refined along: weekly anchors, then each level splits its parent's
 * intervals (1w into 7 days, 1d into six 4h, ... 5m into five 1m). A point on a level is, bit for bit, the
 * same number on every finer level, which is why a 4h close equals the 1h close at the same instant.
 * Timeframes off the chain (2h, 6h, 12h) are sampled from the coarsest level whose interval divides theirs.
 */
final class TimeframeLadder {

    static final List<Timeframe> CHAIN = List.of(
            Timeframe.W1,
            Timeframe.D1,
            Timeframe.H4,
            Timeframe.H1,
            Timeframe.M30,
            Timeframe.M15,
            Timeframe.M5,
            Timeframe.M1);

    private TimeframeLadder() {}

    static Timeframe top() {
        return CHAIN.get(0);
    }

    /** The next coarser level of a chain timeframe; empty for the top. */
    static Optional<Timeframe> parent(Timeframe level) {
        int i = CHAIN.indexOf(level);
        if (i < 0) {
            throw new IllegalArgumentException(level + " is not on the ladder");
        }
        return i == 0 ? Optional.empty() : Optional.of(CHAIN.get(i - 1));
    }

    /** How many intervals of {@code level} make one interval of its parent. */
    static int split(Timeframe level) {
        return (int) (parent(level).orElseThrow().millis() / level.millis());
    }

    /** The chain level whose points include every boundary of {@code timeframe}. */
    static Timeframe samplingLevel(Timeframe timeframe) {
        for (Timeframe level : CHAIN) {
            if (timeframe.millis() % level.millis() == 0) {
                return level;
            }
        }
        throw new IllegalArgumentException("no ladder level divides " + timeframe);
    }
}
