package io.fastscanner.analysis;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Map;

/**
 * How the quick signals of several timeframes agree, as computed by {@link ConfluenceAnalyzer}.
 *
 * @param timeframes each timeframe's signal, keyed by its label ({@code 15m}, {@code 1h}, ...), shortest first
 * @param aligned    at least two timeframes and all give the same BUY or SELL
 * @param dominant   the side of the mean rating (bullish above +0.1, bearish below -0.1, mixed between)
 * @param score      {@code round(100 x support)} of the mean rating's side, 0-100; see {@link ConfluenceAnalyzer}
 */
@RegisterForReflection
public record Confluence(Map<String, TimeframeSignal> timeframes, boolean aligned, Bias dominant, int score) {

    /** How much the timeframes back a trade in {@code direction}, in [0, 1]; see {@link ConfluenceAnalyzer}. */
    public double supportFor(Direction direction) {
        return ConfluenceAnalyzer.support(
                timeframes.values().stream()
                        .mapToDouble(TimeframeSignal::rating)
                        .toArray(),
                direction.sign());
    }

    @JsonIgnore
    public boolean isEmpty() {
        return timeframes.isEmpty();
    }
}
