package io.fastscanner.analysis;

import io.fastscanner.signal.EmaTrend;
import io.fastscanner.signal.MacdState;
import io.fastscanner.signal.Rating;
import io.fastscanner.signal.SignalType;
import io.fastscanner.signal.TechnicalRating;
import java.util.List;

/** Vote-model ratings for tests, with the signal the model would give them. */
final class Ratings {

    private Ratings() {}

    static Rating of(double rating) {
        SignalType signal = rating > TechnicalRating.THRESHOLD
                ? SignalType.BUY
                : rating < -TechnicalRating.THRESHOLD ? SignalType.SELL : SignalType.HOLD;
        return new Rating(
                rating,
                rating,
                rating,
                signal,
                (int) Math.round(Math.abs(rating) * 100),
                MacdState.NEUTRAL,
                EmaTrend.NEUTRAL,
                List.of());
    }
}
