package io.fastscanner.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.signal.Rating;
import io.fastscanner.signal.SignalType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpportunityScorerTest {

    private static MarketRegime regime(Regime regime, double confidence) {
        return new MarketRegime(
                regime, confidence, Volatility.MEDIUM, 30.0, 1.0, 50.0, 100.0, 95.0, 0.1, 0.05, List.of());
    }

    private static RiskLevels risk(Direction direction, double riskReward) {
        int d = direction.sign();
        return new RiskLevels(
                direction, false, 100, 100 - d * 3, 100 + d * 3 * riskReward, riskReward, 2, "atr / 2R", null, null);
    }

    private static Confluence confluence(double... ratings) {
        Timeframe[] frames = {Timeframe.M15, Timeframe.H1, Timeframe.H4, Timeframe.D1};
        Map<Timeframe, Rating> map = new HashMap<>();
        for (int i = 0; i < ratings.length; i++) {
            map.put(frames[i], Ratings.of(ratings[i]));
        }
        return ConfluenceAnalyzer.analyze(map);
    }

    private static Opportunity buySetup(Double mlUp, boolean edge) {
        return OpportunityScorer.score(
                Ratings.of(0.6),
                regime(Regime.BULL, 0.8),
                risk(Direction.LONG, 2.0),
                confluence(0.4, 0.5, 0.2),
                new VolumeSurge(1.6, 1.2),
                mlUp,
                edge);
    }

    private static Opportunity sellTwin(Double mlUp, boolean edge) {
        return OpportunityScorer.score(
                Ratings.of(-0.6),
                regime(Regime.BEAR, 0.8),
                risk(Direction.SHORT, 2.0),
                confluence(-0.4, -0.5, -0.2),
                new VolumeSurge(1.6, 1.2),
                mlUp,
                edge);
    }

    private static void assertConsistent(Opportunity o) {
        assertThat(o.score()).isBetween(0, 100);
        double sum = o.components().stream()
                .mapToDouble(OpportunityComponent::contribution)
                .sum();
        assertThat(o.score()).isEqualTo((int) Math.round(sum));
        assertThat(o.components().stream()
                        .mapToDouble(OpportunityComponent::weight)
                        .sum())
                .isCloseTo(1.0, within(1e-3));
        for (OpportunityComponent c : o.components()) {
            assertThat(c.value()).isBetween(0.0, 1.0);
            assertThat(c.contribution()).isCloseTo(100 * c.weight() * c.value(), within(0.02));
        }
    }

    @Test
    void mirrorImageSellSetupScoresLikeItsBuyTwin() {
        Opportunity buy = buySetup(0.7, true);
        Opportunity sell = sellTwin(0.3, true);

        assertThat(buy.direction()).isEqualTo(Direction.LONG);
        assertThat(sell.direction()).isEqualTo(Direction.SHORT);
        assertThat(sell.score()).isEqualTo(buy.score());
        assertThat(sell.components()).isEqualTo(buy.components());
        assertThat(buy.score()).isGreaterThan(60);
        assertConsistent(buy);
        assertConsistent(sell);
    }

    @Test
    void componentsAreTheDocumentedFormulas() {
        Opportunity o = buySetup(0.7, true);
        Map<String, OpportunityComponent> byName = new HashMap<>();
        o.components().forEach(c -> byName.put(c.name(), c));

        assertThat(byName)
                .containsOnlyKeys(
                        "signal_strength", "confluence", "regime_fit", "risk_reward", "volume", "ml_probability");
        assertThat(byName.get("signal_strength").value()).isEqualTo(0.6);
        assertThat(byName.get("signal_strength").weight()).isEqualTo(OpportunityScorer.STRENGTH_WEIGHT);
        assertThat(byName.get("regime_fit").value()).isCloseTo(0.9, within(1e-9));
        assertThat(byName.get("risk_reward").value()).isCloseTo(2.0 / 3, within(1e-4));
        assertThat(byName.get("volume").value()).isCloseTo(0.8, within(1e-9));
        assertThat(byName.get("ml_probability").value()).isCloseTo(0.7, within(1e-9));
        // confluence: all agree, mean rating 0.367 -> conviction 0.733
        assertThat(byName.get("confluence").value()).isCloseTo(2 * 1.1 / 3, within(1e-4));
    }

    @Test
    void mlIsIgnoredWithoutAnEdgeAndItsWeightRedistributed() {
        Opportunity confident = buySetup(0.99, false);
        Opportunity doubtful = buySetup(0.01, false);
        Opportunity none = buySetup(null, false);

        assertThat(confident.score()).isEqualTo(doubtful.score()).isEqualTo(none.score());
        OpportunityComponent ml = confident.components().stream()
                .filter(c -> c.name().equals("ml_probability"))
                .findFirst()
                .orElseThrow();
        assertThat(ml.weight()).isZero();
        assertThat(ml.contribution()).isZero();
        OpportunityComponent strength = confident.components().get(0);
        assertThat(strength.weight()).isCloseTo(OpportunityScorer.STRENGTH_WEIGHT / 0.9, within(1e-4));
        assertThat(confident.notes()).anyMatch(n -> n.contains("no demonstrated edge"));
        assertThat(none.notes()).anyMatch(n -> n.contains("no ML probability"));
        assertConsistent(confident);
    }

    @Test
    void mlWithAnEdgeCountsInTheTradesDirection() {
        assertThat(buySetup(0.9, true).score())
                .isGreaterThan(buySetup(0.1, true).score());
        assertThat(sellTwin(0.1, true).score())
                .isGreaterThan(sellTwin(0.9, true).score());
    }

    @Test
    void regimeFitsItsDirectionRangingIsNeutralVolatileIsPenalised() {
        assertThat(OpportunityScorer.regimeFit(regime(Regime.BULL, 1.0), Direction.LONG))
                .isEqualTo(1.0);
        assertThat(OpportunityScorer.regimeFit(regime(Regime.BULL, 1.0), Direction.SHORT))
                .isEqualTo(0.0);
        assertThat(OpportunityScorer.regimeFit(regime(Regime.BEAR, 0.6), Direction.SHORT))
                .isCloseTo(0.8, within(1e-12));
        assertThat(OpportunityScorer.regimeFit(regime(Regime.RANGING, 0.9), Direction.LONG))
                .isEqualTo(0.5);
        assertThat(OpportunityScorer.regimeFit(regime(Regime.VOLATILE, 0.9), Direction.SHORT))
                .isEqualTo(0.25);

        Opportunity againstTrend = OpportunityScorer.score(
                Ratings.of(-0.6),
                regime(Regime.BULL, 0.8),
                risk(Direction.SHORT, 2.0),
                confluence(-0.4, -0.5, -0.2),
                new VolumeSurge(1.6, 1.2),
                null,
                false);
        assertThat(againstTrend.score()).isLessThan(sellTwin(null, false).score());
    }

    @Test
    void scoreSpansZeroToHundred() {
        Opportunity best = OpportunityScorer.score(
                Ratings.of(1.0),
                regime(Regime.BULL, 1.0),
                risk(Direction.LONG, 3.0),
                confluence(1.0, 1.0),
                new VolumeSurge(5, 4),
                1.0,
                true);
        Opportunity worst = OpportunityScorer.score(
                Ratings.of(1.0),
                regime(Regime.BULL, 1.0),
                risk(Direction.SHORT, 0.0),
                confluence(1.0, 1.0),
                new VolumeSurge(0, -1),
                1.0,
                true);

        assertThat(best.score()).isEqualTo(100);
        assertThat(worst.score()).isZero();
        assertConsistent(best);
        assertConsistent(worst);
    }

    @Test
    void missingInputsAreLeftOutAndSaidSo() {
        Opportunity o = OpportunityScorer.score(Ratings.of(-0.5), null, null, null, null, null, false);

        assertThat(o.direction()).isEqualTo(Direction.SHORT);
        assertThat(o.score()).isEqualTo(50); // only signal strength remains, with all the weight
        assertThat(o.notes())
                .anyMatch(n -> n.contains("no confluence data"))
                .anyMatch(n -> n.contains("no regime fit data"));
        assertConsistent(o);
    }

    @Test
    void holdSetupsSayTheyAreLeaning() {
        RiskLevels leaning = new RiskLevels(Direction.LONG, true, 100, 97, 106, 2, 2, "atr / 2R", null, null);
        Opportunity o = OpportunityScorer.score(
                Ratings.of(0.05),
                regime(Regime.RANGING, 0.5),
                leaning,
                confluence(0.05),
                VolumeSurge.NONE,
                null,
                false);

        assertThat(Ratings.of(0.05).signal()).isEqualTo(SignalType.HOLD);
        assertThat(o.notes()).anyMatch(n -> n.startsWith("HOLD signal"));
        assertConsistent(o);
    }
}
