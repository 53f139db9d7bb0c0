package io.fastscanner.analysis;

import io.fastscanner.signal.Rating;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a setup 0-100 in the direction of its risk levels (or of the rating's sign without them), so a strong
 * SELL setup scores as high as its mirror-image BUY setup.
 *
 * <p>Components, each a value in [0, 1] read in the trade's direction, times its weight:
 * <ul>
 * <li>{@code signal_strength} ({@value #STRENGTH_WEIGHT}): the vote-model rating in the trade's direction,
 * clamped at 0.</li>
 * <li>{@code confluence} ({@value #CONFLUENCE_WEIGHT}): {@link Confluence#supportFor} the direction.</li>
 * <li>{@code regime_fit} ({@value #REGIME_WEIGHT}): 0.5 + 0.5 x confidence for a regime in the trade's direction
 * (bull for long, bear for short), 0.5 - 0.5 x confidence against it, 0.5 for ranging, 0.25 for volatile.</li>
 * <li>{@code risk_reward} ({@value #RISK_REWARD_WEIGHT}): min(RR / 3, 1).</li>
 * <li>{@code volume} ({@value #VOLUME_WEIGHT}): min(volume ratio / 2, 1): ordinary volume is 0.5, twice the usual
 * or more is 1.</li>
 * <li>{@code ml_probability} ({@value #ML_WEIGHT}): the model's probability of a move in the trade's direction
 * (P(up) for long, 1 - P(up) for short), only when the model has a demonstrated edge.</li>
 * </ul>
 * An input that is missing (no confluence data, no regime, no risk levels, no volume, or an ML model without edge)
 * gets weight 0 and the remaining weights are scaled up proportionally so they still sum to 1; the notes say so.
 * Each contribution is {@code 100 x weight x value} rounded to 0.01, and the score is their sum rounded.
 */
public final class OpportunityScorer {

    public static final double STRENGTH_WEIGHT = 0.30;
    public static final double CONFLUENCE_WEIGHT = 0.20;
    public static final double REGIME_WEIGHT = 0.15;
    public static final double RISK_REWARD_WEIGHT = 0.15;
    public static final double VOLUME_WEIGHT = 0.10;
    public static final double ML_WEIGHT = 0.10;

    /** A reward-to-risk of 3 or more earns full marks. */
    static final double FULL_RISK_REWARD = 3.0;
    /** A volume ratio of 2 or more earns full marks. */
    static final double FULL_VOLUME_RATIO = 2.0;

    static final double VOLATILE_REGIME_FIT = 0.25;

    private OpportunityScorer() {}

    public static Opportunity score(
            Rating rating,
            MarketRegime regime,
            RiskLevels risk,
            Confluence confluence,
            VolumeSurge volume,
            Double mlProbabilityUp,
            boolean mlHasEdge) {
        Direction direction = risk != null
                ? risk.direction()
                : rating == null || rating.rating() >= 0 ? Direction.LONG : Direction.SHORT;
        List<String> notes = new ArrayList<>();
        if (risk != null && risk.leaning()) {
            notes.add("HOLD signal: the " + direction.json() + " side follows the sign of the rating");
        }

        List<Input> inputs = new ArrayList<>();
        inputs.add(new Input(
                "signal_strength",
                STRENGTH_WEIGHT,
                rating == null ? 0.0 : Series.clamp01(direction.sign() * rating.rating()),
                rating != null));
        boolean hasConfluence = confluence != null && !confluence.isEmpty();
        inputs.add(new Input(
                "confluence",
                CONFLUENCE_WEIGHT,
                hasConfluence ? confluence.supportFor(direction) : 0.0,
                hasConfluence));
        inputs.add(new Input(
                "regime_fit", REGIME_WEIGHT, regime == null ? 0.0 : regimeFit(regime, direction), regime != null));
        boolean hasRiskReward = risk != null && Double.isFinite(risk.riskReward());
        inputs.add(new Input(
                "risk_reward",
                RISK_REWARD_WEIGHT,
                hasRiskReward ? Series.clamp01(risk.riskReward() / FULL_RISK_REWARD) : 0.0,
                hasRiskReward));
        boolean hasVolume = volume != null && Double.isFinite(volume.ratio());
        inputs.add(new Input(
                "volume",
                VOLUME_WEIGHT,
                hasVolume ? Series.clamp01(volume.ratio() / FULL_VOLUME_RATIO) : 0.0,
                hasVolume));
        boolean hasProbability = mlProbabilityUp != null && mlProbabilityUp >= 0.0 && mlProbabilityUp <= 1.0;
        double mlValue = !hasProbability ? 0.0 : direction == Direction.LONG ? mlProbabilityUp : 1.0 - mlProbabilityUp;
        inputs.add(new Input("ml_probability", ML_WEIGHT, mlValue, hasProbability && mlHasEdge));

        if (!hasProbability) {
            notes.add("no ML probability: its weight is redistributed over the other components");
        } else if (!mlHasEdge) {
            notes.add("ML model has no demonstrated edge: its probability is ignored and its weight redistributed "
                    + "over the other components");
        }
        for (Input input : inputs) {
            if (!input.available && !input.name.equals("ml_probability")) {
                notes.add("no " + input.name.replace('_', ' ') + " data: its weight is redistributed");
            }
        }
        if (regime != null && regime.regime() == Regime.VOLATILE) {
            notes.add("volatile regime: regime fit penalised");
        }

        double availableWeight = inputs.stream()
                .filter(Input::available)
                .mapToDouble(Input::weight)
                .sum();
        List<OpportunityComponent> components = new ArrayList<>(inputs.size());
        double total = 0;
        for (Input input : inputs) {
            double weight = input.available && availableWeight > 0 ? input.weight / availableWeight : 0.0;
            double contribution = Series.round(100.0 * weight * input.value, 2);
            total += contribution;
            components.add(new OpportunityComponent(
                    input.name, Series.round(input.value, 4), Series.round(weight, 4), contribution));
        }
        int score = (int) Math.max(0, Math.min(100, Math.round(total)));
        return new Opportunity(score, direction, List.copyOf(components), List.copyOf(notes));
    }

    static double regimeFit(MarketRegime regime, Direction direction) {
        double confidence = Series.clamp01(regime.confidence());
        return switch (regime.regime()) {
            case BULL -> direction == Direction.LONG ? 0.5 + 0.5 * confidence : 0.5 - 0.5 * confidence;
            case BEAR -> direction == Direction.SHORT ? 0.5 + 0.5 * confidence : 0.5 - 0.5 * confidence;
            case RANGING -> 0.5;
            case VOLATILE -> VOLATILE_REGIME_FIT;
        };
    }

    private record Input(String name, double weight, double value, boolean available) {}
}
