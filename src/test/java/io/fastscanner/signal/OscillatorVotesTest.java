package io.fastscanner.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples pinning each oscillator rule of the vote model. */
class OscillatorVotesTest {

    private static int only(List<Vote> votes) {
        assertThat(votes).hasSize(1);
        return votes.get(0).value();
    }

    @Test
    void rsiBuysAnOversoldBounceAndSellsAnOverboughtTurn() {
        List<Vote> v = new ArrayList<>();
        OscillatorVotes.rsi(v, 28, 25);
        assertThat(only(v)).isEqualTo(1);
        v.clear();
        OscillatorVotes.rsi(v, 25, 28); // oversold but still falling: no buy yet
        assertThat(only(v)).isZero();
        v.clear();
        OscillatorVotes.rsi(v, 72, 75);
        assertThat(only(v)).isEqualTo(-1);
        v.clear();
        OscillatorVotes.rsi(v, 75, 72); // overbought but still rising
        assertThat(only(v)).isZero();
        v.clear();
        OscillatorVotes.rsi(v, 50, 40);
        assertThat(only(v)).isZero();
        v.clear();
        OscillatorVotes.rsi(v, Double.NaN, 40);
        assertThat(v).isEmpty();
    }

    @Test
    void stochasticVotesOnTurnsInsideTheExtremeZones() {
        List<Vote> v = new ArrayList<>();
        OscillatorVotes.stochastic(v, 15, 12);
        assertThat(only(v)).isEqualTo(1);
        v.clear();
        OscillatorVotes.stochastic(v, 85, 88);
        assertThat(only(v)).isEqualTo(-1);
        v.clear();
        OscillatorVotes.stochastic(v, 15, 18);
        assertThat(only(v)).isZero();
    }

    @Test
    void macdVotesWithTheLineAgainstItsSignal() {
        List<Vote> v = new ArrayList<>();
        OscillatorVotes.macd(v, 1.5, 1.0);
        assertThat(only(v)).isEqualTo(1);
        v.clear();
        OscillatorVotes.macd(v, -2, -1);
        assertThat(only(v)).isEqualTo(-1);
    }

    @Test
    void adxVotesWithTheStrongerDirectionOnlyInATrend() {
        List<Vote> v = new ArrayList<>();
        OscillatorVotes.adx(v, 25, 30, 10);
        assertThat(only(v)).isEqualTo(1);
        v.clear();
        OscillatorVotes.adx(v, 25, 10, 30);
        assertThat(only(v)).isEqualTo(-1);
        v.clear();
        OscillatorVotes.adx(v, 15, 30, 10);
        assertThat(only(v)).isZero();
    }

    @Test
    void bollingerBuysBelowTheLowerBandAndSellsAboveTheUpper() {
        List<Vote> v = new ArrayList<>();
        OscillatorVotes.bollinger(v, 95, 96, 104);
        assertThat(only(v)).isEqualTo(1);
        v.clear();
        OscillatorVotes.bollinger(v, 105, 96, 104);
        assertThat(only(v)).isEqualTo(-1);
        v.clear();
        OscillatorVotes.bollinger(v, 100, 96, 104);
        assertThat(only(v)).isZero();
    }

    @Test
    void macdStateReadsTheHistogramAndItsChange() {
        assertThat(MacdState.of(2, 1)).isEqualTo(MacdState.BULLISH);
        assertThat(MacdState.of(1, 2)).isEqualTo(MacdState.NEUTRAL);
        assertThat(MacdState.of(-2, -1)).isEqualTo(MacdState.BEARISH);
        assertThat(MacdState.of(-1, -2)).isEqualTo(MacdState.NEUTRAL);
        assertThat(MacdState.of(Double.NaN, 1)).isEqualTo(MacdState.NEUTRAL);
    }
}
