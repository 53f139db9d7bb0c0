package io.fastscanner.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.signal.Rating;
import io.fastscanner.signal.SignalType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfluenceAnalyzerTest {

    @Test
    void allTimeframesBuyingStronglyIsAlignedBullishAndScoresFull() {
        Map<Timeframe, Rating> ratings = new HashMap<>();
        ratings.put(Timeframe.H4, Ratings.of(0.6));
        ratings.put(Timeframe.M15, Ratings.of(0.4));
        ratings.put(Timeframe.H1, Ratings.of(0.5));

        Confluence c = ConfluenceAnalyzer.analyze(ratings);

        assertThat(c.timeframes()).containsOnlyKeys("15m", "1h", "4h");
        assertThat(c.timeframes().keySet()).containsExactly("15m", "1h", "4h");
        assertThat(c.timeframes().get("1h")).isEqualTo(new TimeframeSignal(SignalType.BUY, 0.5));
        assertThat(c.aligned()).isTrue();
        assertThat(c.dominant()).isEqualTo(Bias.BULLISH);
        assertThat(c.score()).isEqualTo(100);
    }

    @Test
    void disagreeingTimeframesAreMixedWithALowScore() {
        Confluence c = ConfluenceAnalyzer.analyze(
                Map.of(Timeframe.M15, Ratings.of(0.4), Timeframe.H1, Ratings.of(-0.3), Timeframe.H4, Ratings.of(0.1)));

        assertThat(c.aligned()).isFalse();
        assertThat(c.dominant()).isEqualTo(Bias.MIXED);
        // mean 0.0667: agreement (0.4 + 0.1) / 0.8 = 0.625, conviction 2 x 0.0667 = 0.133 -> 8
        assertThat(c.score()).isEqualTo(8);
    }

    @Test
    void bearishScoreWeighsAgreementByConviction() {
        Confluence c =
                ConfluenceAnalyzer.analyze(Map.of(Timeframe.H1, Ratings.of(-0.3), Timeframe.H4, Ratings.of(-0.2)));

        assertThat(c.aligned()).isTrue();
        assertThat(c.dominant()).isEqualTo(Bias.BEARISH);
        assertThat(c.score()).isEqualTo(50); // all agree, mean -0.25 -> conviction 0.5
        assertThat(c.supportFor(Direction.SHORT)).isCloseTo(0.5, within(1e-12));
        assertThat(c.supportFor(Direction.LONG)).isZero();
    }

    @Test
    void holdEverywhereIsNotAligned() {
        Confluence c =
                ConfluenceAnalyzer.analyze(Map.of(Timeframe.H1, Ratings.of(0.05), Timeframe.H4, Ratings.of(0.02)));

        assertThat(c.aligned()).isFalse();
        assertThat(c.dominant()).isEqualTo(Bias.MIXED);
    }

    @Test
    void missingTimeframesAreLeftOut() {
        Map<Timeframe, Rating> ratings = new HashMap<>();
        ratings.put(Timeframe.H1, Ratings.of(0.5));
        ratings.put(Timeframe.H4, null);
        ratings.put(Timeframe.D1, Ratings.of(0.3));

        Confluence c = ConfluenceAnalyzer.analyze(ratings);

        assertThat(c.timeframes().keySet()).containsExactly("1h", "1d");
        assertThat(c.aligned()).isTrue();
    }

    @Test
    void noTimeframesGiveAnEmptyMixedZero() {
        for (Confluence c : new Confluence[] {ConfluenceAnalyzer.analyze(Map.of()), ConfluenceAnalyzer.analyze(null)}) {
            assertThat(c.timeframes()).isEmpty();
            assertThat(c.aligned()).isFalse();
            assertThat(c.dominant()).isEqualTo(Bias.MIXED);
            assertThat(c.score()).isZero();
            assertThat(c.supportFor(Direction.LONG)).isZero();
        }
    }

    @Test
    void oneTimeframeIsNeverAlignedButStillScored() {
        Confluence c = ConfluenceAnalyzer.analyze(Map.of(Timeframe.H1, Ratings.of(0.6)));

        assertThat(c.aligned()).isFalse();
        assertThat(c.dominant()).isEqualTo(Bias.BULLISH);
        assertThat(c.score()).isEqualTo(100);
    }
}
