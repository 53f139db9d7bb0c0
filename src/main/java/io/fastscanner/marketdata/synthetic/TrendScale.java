package io.fastscanner.marketdata.synthetic;

/**
 * Trends of one typical duration. Segment boundaries lie on a jittered grid {@code period} apart; the log
 * level moves linearly from one segment's end value to the next, so trends start and end at the boundaries.
 * A segment is a range (flat) with probability {@code rangeProbability}; otherwise it heads to a fresh
 * normal level. Levels are drawn around zero rather than accumulated, which keeps prices bounded over years
 * and makes every instant computable on its own.
 */
final class TrendScale {

    private static final double JITTER = 0.7;
    private static final int MAX_RANGE_RUN = 64;

    private final long key;
    private final long levelStream;
    private final long boundaryStream;
    private final long rangeStream;
    private final long periodMs;
    private final double amplitude;
    private final double rangeProbability;
    private long segment = Long.MIN_VALUE;
    private long segmentStart;
    private long segmentEnd;
    private double startLevel;
    private double endLevel;

    TrendScale(long key, long stream, long periodMs, double amplitude, double rangeProbability) {
        this.key = key;
        this.levelStream = stream;
        this.boundaryStream = stream + 1;
        this.rangeStream = stream + 2;
        this.periodMs = periodMs;
        this.amplitude = amplitude;
        this.rangeProbability = rangeProbability;
    }

    double logLevel(long timeMs) {
        if (segment == Long.MIN_VALUE || timeMs < segmentStart || timeMs >= segmentEnd) {
            enterSegment(segmentAt(timeMs));
        }
        double progress = (double) (timeMs - segmentStart) / (segmentEnd - segmentStart);
        return startLevel + (endLevel - startLevel) * progress;
    }

    private long segmentAt(long timeMs) {
        long j = Math.floorDiv(timeMs, periodMs);
        if (timeMs < boundary(j)) {
            return j - 1;
        }
        return timeMs >= boundary(j + 1) ? j + 1 : j;
    }

    private void enterSegment(long s) {
        segment = s;
        segmentStart = boundary(s);
        segmentEnd = boundary(s + 1);
        startLevel = endLevel(s - 1);
        endLevel = endLevel(s);
    }

    /** Boundary {@code j} (start of segment {@code j}): within 35% of a period of {@code j * period}. */
    private long boundary(long j) {
        double jitter = (CounterBasedRandom.uniform(key, boundaryStream, j) - 0.5) * JITTER;
        return j * periodMs + (long) (jitter * periodMs);
    }

    private double endLevel(long s) {
        long trending = s;
        for (int i = 0;
                i < MAX_RANGE_RUN && CounterBasedRandom.uniform(key, rangeStream, trending) < rangeProbability;
                i++) {
            trending--;
        }
        return amplitude * CounterBasedRandom.gaussian(key, levelStream, trending);
    }
}
