package io.fastscanner.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares the facade with TA-Lib C (the oracle in shared/oracle) on real candles. Each input holds the last
 * 1000 candles of a recorded series; the expected file holds the oracle's values for its last 200 candles.
 * See src/test/resources/golden/README.md for how they were produced.
 */
class IndicatorsGoldenTest {

    private static final double RELATIVE_TOLERANCE = 1e-9;

    @ParameterizedTest
    @ValueSource(
            strings = {"BTC_USDT_1h", "DOGE_USDT_15m", "HOLO_USDT_1h", "LUNA_USDT_4h", "SANTOS_USDT_15m", "GMT_USDT_15m"
            })
    void matchesTaLibOracle(String name) throws Exception {
        GoldenCsv input = GoldenCsv.read(name + ".csv");
        GoldenCsv expected = GoldenCsv.read(name + ".expected.csv");
        Map<String, Integer> firstValid = new ObjectMapper()
                .readValue(GoldenCsv.text(name + ".first-valid.json"), new TypeReference<Map<String, Integer>>() {});
        assertThat(input.rows()).isEqualTo(1000);
        assertThat(expected.rows()).isEqualTo(200);

        Map<String, double[]> actual = computeWithFacade(input);
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(firstValid.keySet());

        double[] index = expected.column("index");
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, double[]> series : actual.entrySet()) {
            String column = series.getKey();
            double[] ours = series.getValue();
            assertThat(ours).as(column).hasSize(input.rows());
            assertThat(firstValidIndex(ours))
                    .as("first valid index of " + column)
                    .isEqualTo(firstValid.get(column));
            double[] theirs = expected.column(column);
            for (int row = 0; row < expected.rows(); row++) {
                int candle = (int) index[row];
                if (!matches(ours[candle], theirs[row])) {
                    mismatches.add(column + "[" + candle + "]: ours " + ours[candle] + ", oracle " + theirs[row]);
                }
            }
        }
        assertThat(mismatches).as(name).isEmpty();

        assertSnapshotAgrees(input, expected);
    }

    private static Map<String, double[]> computeWithFacade(GoldenCsv input) {
        double[] high = input.column("high");
        double[] low = input.column("low");
        double[] close = input.column("close");
        double[] volume = input.column("volume");
        Macd macd = Indicators.macd(close, 12, 26, 9);
        Bollinger bb = Indicators.bollinger(close, 20, 2, 2);
        Adx adx = Indicators.adx(high, low, close, 14);
        Stochastic stoch = Indicators.stochastic(high, low, close, 14, 3, 3);

        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("ema_9", Indicators.ema(close, 9));
        series.put("ema_21", Indicators.ema(close, 21));
        series.put("ema_50", Indicators.ema(close, 50));
        series.put("ema_200", Indicators.ema(close, 200));
        series.put("sma_20", Indicators.sma(close, 20));
        series.put("rsi_14", Indicators.rsi(close, 14));
        series.put("macd", macd.line());
        series.put("macd_signal", macd.signal());
        series.put("macd_hist", macd.histogram());
        series.put("atr_14", Indicators.atr(high, low, close, 14));
        series.put("bb_upper", bb.upper());
        series.put("bb_middle", bb.middle());
        series.put("bb_lower", bb.lower());
        series.put("adx_14", adx.adx());
        series.put("plus_di_14", adx.plusDi());
        series.put("minus_di_14", adx.minusDi());
        series.put("stoch_k", stoch.k());
        series.put("stoch_d", stoch.d());
        series.put("obv", Indicators.obv(close, volume));
        return series;
    }

    /** IndicatorSeries (the defaults) must give the oracle's values too, as a snapshot of the last candle. */
    private static void assertSnapshotAgrees(GoldenCsv input, GoldenCsv expected) {
        IndicatorSeries all = IndicatorSeries.compute(
                input.column("open"),
                input.column("high"),
                input.column("low"),
                input.column("close"),
                input.column("volume"));
        int last = expected.rows() - 1;
        IndicatorSnapshot s = all.at(all.size() - 1);
        Double[] ours = {
            s.ema9(),
            s.ema21(),
            s.ema50(),
            s.ema200(),
            s.sma20(),
            s.rsi14(),
            s.macd(),
            s.macdSignal(),
            s.macdHistogram(),
            s.atr14(),
            s.bbUpper(),
            s.bbMiddle(),
            s.bbLower(),
            s.adx14(),
            s.plusDi14(),
            s.minusDi14(),
            s.stochK(),
            s.stochD(),
            s.obv()
        };
        String[] columns = {
            "ema_9",
            "ema_21",
            "ema_50",
            "ema_200",
            "sma_20",
            "rsi_14",
            "macd",
            "macd_signal",
            "macd_hist",
            "atr_14",
            "bb_upper",
            "bb_middle",
            "bb_lower",
            "adx_14",
            "plus_di_14",
            "minus_di_14",
            "stoch_k",
            "stoch_d",
            "obv"
        };
        for (int i = 0; i < columns.length; i++) {
            assertThat(ours[i]).as(columns[i]).isNotNull();
            assertThat(matches(ours[i], expected.column(columns[i])[last]))
                    .as(columns[i])
                    .isTrue();
        }
    }

    private static int firstValidIndex(double[] series) {
        for (int i = 0; i < series.length; i++) {
            if (!Double.isNaN(series[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Oracle null (NaN here) must be NaN; numbers must agree to 1e-9 relative, 0 only with 0. */
    private static boolean matches(double ours, double oracle) {
        if (Double.isNaN(oracle) || Double.isNaN(ours)) {
            return Double.isNaN(oracle) && Double.isNaN(ours);
        }
        if (ours == oracle) {
            return true;
        }
        return Math.abs(ours - oracle) <= RELATIVE_TOLERANCE * Math.max(Math.abs(ours), Math.abs(oracle));
    }
}
