package io.fastscanner.scorecard.ledger;

import io.fastscanner.errors.ApiException;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scorecard.ComputedScorecard;
import io.fastscanner.scorecard.PastSignal;
import io.fastscanner.scorecard.RecordedScorecard;
import io.fastscanner.scorecard.Scorecard;
import io.fastscanner.scorecard.ScorecardConfig;
import io.fastscanner.scorecard.ScorecardData;
import io.fastscanner.scorecard.ScoringRules;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The scorecard of the recorded signals ({@code GET /api/scanner/scorecard?source=recorded}): the same statistics as
 * the replay's, over the outcomes the ledger measured. Not cached: the ledger changes with every scan and round.
 */
@ApplicationScoped
public class RecordedScorecards {

    private final LedgerStore ledger;
    private final ScorecardConfig config;
    private final ScoringRules rules;

    RecordedScorecards(LedgerStore ledger, ScorecardConfig config) {
        this.ledger = ledger;
        this.config = config;
        this.rules = new ScoringRules(config.minSignals(), config.significance());
    }

    /**
     * @param symbols  empty for every symbol recorded
     * @param fromMs   first candle time included ({@link Long#MIN_VALUE}: from the first)
     * @param toMs     last candle time included ({@link Long#MAX_VALUE}: to the last)
     * @param horizons ascending, each at least 1
     */
    public Uni<ComputedScorecard> scorecard(
            Exchange exchange,
            Timeframe timeframe,
            List<MarketSymbol> symbols,
            long fromMs,
            long toMs,
            List<Integer> horizons) {
        return ledger.newest(exchange, timeframe, Optional.empty(), config.maxSignals())
                .map(all -> all.stream()
                        .filter(s -> symbols.isEmpty() || symbols.contains(s.symbol()))
                        .filter(s -> s.candleTime().toEpochMilli() >= fromMs
                                && s.candleTime().toEpochMilli() <= toMs)
                        .toList())
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(signals -> compute(signals, exchange, timeframe, symbols, horizons));
    }

    private ComputedScorecard compute(
            List<PastSignal> signals,
            Exchange exchange,
            Timeframe timeframe,
            List<MarketSymbol> symbols,
            List<Integer> horizons) {
        if (signals.isEmpty()) {
            throw ApiException.notFound(
                    "NO_RECORDED_SIGNALS",
                    "No signal of " + exchange + " on " + timeframe + " is recorded"
                            + (symbols.isEmpty() ? "" : " for " + symbols) + " in that time range");
        }
        long started = System.nanoTime();
        Scorecard card = RecordedScorecard.compute(signals, timeframe, horizons, rules);
        ScorecardData data = new ScorecardData(
                ScorecardData.RECORDED,
                exchange,
                timeframe,
                symbols.isEmpty() ? card.symbols() : symbols.stream().sorted().toList(),
                card.from(),
                card.to(),
                card.candles(),
                0);
        return new ComputedScorecard(data, card, (System.nanoTime() - started) / 1_000_000);
    }
}
