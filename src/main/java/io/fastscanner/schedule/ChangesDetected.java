package io.fastscanner.schedule;

import io.fastscanner.analysis.DeepAnalysis;
import io.fastscanner.scan.ScanRow;
import java.util.List;
import java.util.Set;

/**
 * A CDI event: a symbol's latest values were compared with its previous ones. Fired synchronously by
 * {@link ChangeTracker}, once per comparison, also when nothing changed, so that a rule can tell a symbol that keeps
 * changing from one that starts to; the alert rules (io.fastscanner.rules) decide which changes become alerts.
 *
 * @param row      the symbol's row now
 * @param deep     its deep analysis, for a comparison of the regime; null for the quick signal's
 * @param compared the kinds this comparison could find: the quick signal's four, or {@code regime_change}
 * @param changes  what changed, in the order of {@link ChangeRules}; empty when nothing did
 */
public record ChangesDetected(
        String scanId, ScanRow row, DeepAnalysis deep, Set<AlertKind> compared, List<ChangeRules.Change> changes) {

    /** The kinds the quick signal's comparison finds. */
    public static final Set<AlertKind> QUICK =
            Set.of(AlertKind.SIGNAL_FLIP, AlertKind.STRENGTH_CHANGE, AlertKind.PRICE_MOVE, AlertKind.RSI_CROSS);

    /** The kind the deep analysis' comparison finds. */
    public static final Set<AlertKind> DEEP = Set.of(AlertKind.REGIME_CHANGE);

    public ChangesDetected {
        compared = Set.copyOf(compared);
        changes = List.copyOf(changes);
    }
}
