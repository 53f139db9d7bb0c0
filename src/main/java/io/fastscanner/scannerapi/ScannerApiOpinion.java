package io.fastscanner.scannerapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fastscanner.signal.SignalType;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The Python service's view of one symbol.
 *
 * @param source           always {@code scanner_api}
 * @param contract         {@code sync} (its older version answered the scan request with the signals) or
 *                         {@code async} (202, then polled)
 * @param timeframeLabel   the label we asked it for, e.g. {@code medium}
 * @param candles          the candles that label implies, e.g. {@code 1h}
 * @param signal           its BUY/SELL/HOLD; null when it sent something else. Its {@code strength} is ignored: it
 *                         is 100 for every signal.
 * @param regime           its market regime ({@code bull}, {@code bear}, {@code ranging})
 * @param regimeConfidence its regime confidence scaled from 0-100 to 0..1, rounded to 4 decimals
 * @param opportunityScore its {@code advanced.opportunity_score} (0-100)
 * @param stopLoss         its {@code risk_reward.stop_loss}; null for a HOLD (see {@code levelsNote})
 * @param takeProfit       its {@code risk_reward.take_profit}; null for a HOLD
 * @param riskReward       its {@code risk_reward.risk_reward_ratio}, omitted when absent and for a HOLD
 * @param price            the price it scanned, omitted when absent
 * @param agrees           whether its signal equals ours; null until the caller compared
 * @param fetchedAt        when we received it
 * @param levelsNote       why its levels were left out, for a HOLD: it sends placeholders (entry -3 % / +3 %, ratio
 *                         1.0), not a trade plan; omitted otherwise
 */
@RegisterForReflection
@Schema(
        description = "The scanner_api's view of the symbol",
        requiredProperties = {"source", "contract", "fetchedAt"})
public record ScannerApiOpinion(
        String source,
        String contract,
        String timeframeLabel,
        String candles,
        @Schema(nullable = true) SignalType signal,
        @Schema(nullable = true) String regime,
        @Schema(nullable = true) Double regimeConfidence,
        @Schema(nullable = true) Double opportunityScore,
        @Schema(nullable = true) Double stopLoss,
        @Schema(nullable = true) Double takeProfit,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double riskReward,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double price,
        @Schema(nullable = true) Boolean agrees,
        Instant fetchedAt,

        @Schema(description = "Why stopLoss, takeProfit and riskReward are absent: a HOLD's levels are placeholders")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String levelsNote)
        implements SecondOpinion {

    public static final String SOURCE = "scanner_api";

    /** The {@code levelsNote} of a HOLD. */
    public static final String HOLD_LEVELS_LEFT_OUT =
            "left out: for a HOLD it sends placeholder levels (entry -3 % / +3 %, ratio 1.0), not a trade plan";

    /** An opinion whose levels, if any, are its own (no {@code levelsNote}). */
    public ScannerApiOpinion(
            String source,
            String contract,
            String timeframeLabel,
            String candles,
            SignalType signal,
            String regime,
            Double regimeConfidence,
            Double opportunityScore,
            Double stopLoss,
            Double takeProfit,
            Double riskReward,
            Double price,
            Boolean agrees,
            Instant fetchedAt) {
        this(
                source,
                contract,
                timeframeLabel,
                candles,
                signal,
                regime,
                regimeConfidence,
                opportunityScore,
                stopLoss,
                takeProfit,
                riskReward,
                price,
                agrees,
                fetchedAt,
                null);
    }

    /** A copy with {@code agrees} set: true when its signal equals {@code ours}, null when either is unknown. */
    public ScannerApiOpinion withAgreement(SignalType ours) {
        Boolean agreement = ours == null || signal == null ? null : signal == ours;
        return new ScannerApiOpinion(
                source,
                contract,
                timeframeLabel,
                candles,
                signal,
                regime,
                regimeConfidence,
                opportunityScore,
                stopLoss,
                takeProfit,
                riskReward,
                price,
                agreement,
                fetchedAt,
                levelsNote);
    }
}
