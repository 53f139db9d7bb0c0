package io.fastscanner.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VolumeSurgeTest {

    private static CandleSeries volumes(double... volumes) {
        List<Candle> candles = new ArrayList<>();
        for (int i = 0; i < volumes.length; i++) {
            candles.add(TestCandles.candle(i, 100, 101, 99, 100, volumes[i]));
        }
        return TestCandles.series(candles);
    }

    @Test
    void ratioAndZScoreAgainstThePreviousCandles() {
        double[] v = new double[21];
        for (int i = 0; i < 20; i++) {
            v[i] = i % 2 == 0 ? 90 : 110; // mean 100, standard deviation 10
        }
        v[20] = 130;

        VolumeSurge surge = VolumeSurge.of(volumes(v), 20);

        assertThat(surge.ratio()).isCloseTo(1.3, within(1e-12));
        assertThat(surge.zScore()).isCloseTo(3.0, within(1e-12));
    }

    @Test
    void onlyTheLookbackCounts() {
        VolumeSurge surge = VolumeSurge.of(volumes(1000, 1000, 50, 50, 100), 2);

        assertThat(surge.ratio()).isCloseTo(2.0, within(1e-12));
        assertThat(surge.zScore()).isEqualTo(VolumeSurge.MAX_Z); // no deviation in the window
    }

    @Test
    void zeroVolumesStayFinite() {
        assertThat(VolumeSurge.of(volumes(0, 0, 0, 0), 20)).isEqualTo(VolumeSurge.NONE);
        VolumeSurge fromNothing = VolumeSurge.of(volumes(0, 0, 0, 5), 20);
        assertThat(fromNothing.ratio()).isEqualTo(VolumeSurge.MAX_RATIO);
        assertThat(fromNothing.zScore()).isEqualTo(VolumeSurge.MAX_Z);
        VolumeSurge dried = VolumeSurge.of(volumes(10, 10, 10, 0), 20);
        assertThat(dried.ratio()).isZero();
        assertThat(dried.zScore()).isEqualTo(-VolumeSurge.MAX_Z);
    }

    @Test
    void tooLittleHistoryOrBadValuesGiveNoSurge() {
        assertThat(VolumeSurge.of(volumes(100), 20)).isEqualTo(VolumeSurge.NONE);
        assertThat(VolumeSurge.of(volumes(), 20)).isEqualTo(VolumeSurge.NONE);
        assertThat(VolumeSurge.of(volumes(100, Double.NaN), 20)).isEqualTo(VolumeSurge.NONE);
        assertThat(VolumeSurge.of(volumes(Double.NaN, 100, 200), 20).ratio()).isCloseTo(2.0, within(1e-12));
        assertThatThrownBy(() -> VolumeSurge.of(volumes(1, 2), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
