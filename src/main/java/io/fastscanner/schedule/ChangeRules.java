package io.fastscanner.schedule;

import io.fastscanner.analysis.Regime;
import io.fastscanner.marketdata.MarketSymbol;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What counts as a change, comparing a symbol's previous scan with the current one. Pure: returns the alert kinds with
 * their texts; which alert rules raise them, numbering and publishing happen elsewhere.
 */
public final class ChangeRules {

    /**
     * One detected change (or a screen match), before an alert rule raises it as an {@link Alert}.
     *
     * @param previous the value before, as text; null when there is none
     * @param current  the value now, as text
     */
    public record Change(AlertKind kind, String message, String previous, String current) {}

    static final double RSI_OVERSOLD = 30;
    static final double RSI_OVERBOUGHT = 70;

    private final int strengthDelta;
    private final double priceMovePct;

    ChangeRules(int strengthDelta, double priceMovePct) {
        this.strengthDelta = strengthDelta;
        this.priceMovePct = priceMovePct;
    }

    /** Changes of the quick signal: signal flip, strength change, price move, RSI crossing 30 or 70. */
    List<Change> quick(MarketSymbol symbol, SymbolSnapshot before, SymbolSnapshot now) {
        List<Change> changes = new ArrayList<>();
        if (before.signal() != now.signal()) {
            changes.add(new Change(
                    AlertKind.SIGNAL_FLIP,
                    symbol + " signal " + before.signal() + " -> " + now.signal(),
                    before.signal().name(),
                    now.signal().name()));
        }
        if (Math.abs(now.strength() - before.strength()) >= strengthDelta) {
            changes.add(new Change(
                    AlertKind.STRENGTH_CHANGE,
                    symbol + " strength " + before.strength() + " -> " + now.strength(),
                    Integer.toString(before.strength()),
                    Integer.toString(now.strength())));
        }
        if (before.price() != null && now.price() != null && before.price() > 0) {
            double movePct = (now.price() - before.price()) / before.price() * 100.0;
            if (Math.abs(movePct) >= priceMovePct) {
                changes.add(new Change(
                        AlertKind.PRICE_MOVE,
                        String.format(
                                Locale.ROOT,
                                "%s price %s %.2f%% (%s -> %s)",
                                symbol,
                                movePct > 0 ? "up" : "down",
                                Math.abs(movePct),
                                before.price(),
                                now.price()),
                        before.price().toString(),
                        now.price().toString()));
            }
        }
        if (before.rsi() != null && now.rsi() != null) {
            rsiCross(symbol, before.rsi(), now.rsi(), RSI_OVERSOLD, changes);
            rsiCross(symbol, before.rsi(), now.rsi(), RSI_OVERBOUGHT, changes);
        }
        return changes;
    }

    /** A change of the market regime found by the deep analysis. */
    List<Change> regime(MarketSymbol symbol, Regime before, Regime now) {
        if (before == null || now == null || before == now) {
            return List.of();
        }
        return List.of(new Change(
                AlertKind.REGIME_CHANGE,
                symbol + " regime " + before.json() + " -> " + now.json(),
                before.json(),
                now.json()));
    }

    private static void rsiCross(MarketSymbol symbol, double before, double now, double level, List<Change> changes) {
        boolean up = before < level && now >= level;
        boolean down = before >= level && now < level;
        if (up || down) {
            String text = String.format(
                    Locale.ROOT,
                    "%s RSI crossed %s %.0f (%.1f -> %.1f)",
                    symbol,
                    up ? "above" : "below",
                    level,
                    before,
                    now);
            changes.add(new Change(
                    AlertKind.RSI_CROSS,
                    text,
                    String.format(Locale.ROOT, "%.2f", before),
                    String.format(Locale.ROOT, "%.2f", now)));
        }
    }
}
