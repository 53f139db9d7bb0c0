package io.fastscanner.scan;

import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scannerapi.NoSecondOpinion;
import io.fastscanner.scannerapi.ScannerApiResult;
import io.fastscanner.scannerapi.SecondOpinion;
import io.fastscanner.signal.SignalType;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.jboss.logging.Logger;

/**
 * The scanner_api's opinion for one deep run, which comes once for the whole scan and often later than our own
 * analyses. A symbol analysed before it came is published at once with the {@code pending} opinion, and updated
 * (published again) as soon as the opinion is there; a symbol analysed after gets it directly. So a slow peer never
 * holds back our own results.
 * <p>
 * A symbol is registered as waiting only once its own result is published, so its update can never be published
 * before it.
 */
final class SecondOpinionFollowUp {

    private static final Logger LOG = Logger.getLogger(SecondOpinionFollowUp.class);

    private final Uni<ScannerApiResult> answer;
    private final Timeframe timeframe;
    private final BiConsumer<MarketSymbol, ScannerApiResult> update;
    private final List<MarketSymbol> waiting = new ArrayList<>();
    private ScannerApiResult known;

    /**
     * @param answer    the peer's answer for the scan: shared, completing with a result, never with a failure
     * @param update    publishes a symbol again with the answer (called under this object's lock, in order)
     */
    SecondOpinionFollowUp(
            Uni<ScannerApiResult> answer, Timeframe timeframe, BiConsumer<MarketSymbol, ScannerApiResult> update) {
        this.answer = answer;
        this.timeframe = timeframe;
        this.update = update;
    }

    /** Starts listening for the answer; symbols that were published before it are updated when it comes. */
    SecondOpinionFollowUp listen() {
        answer.subscribe()
                .with(this::arrived, failure -> LOG.warnf("The scanner_api's answer failed: %s", failure.toString()));
        return this;
    }

    /** The opinion a symbol gets now: the peer's, or {@code pending} while it has not answered. */
    synchronized SecondOpinion opinionOn(MarketSymbol symbol, SignalType ours) {
        return known == null ? NoSecondOpinion.pending(timeframe) : known.forSymbol(symbol, ours);
    }

    /** {@code symbol}'s own result, with the opinion {@link #opinionOn} gave it, is published. */
    synchronized void published(MarketSymbol symbol, SecondOpinion given) {
        if (!(given instanceof NoSecondOpinion none && none.status() == ScannerApiResult.Status.PENDING)) {
            return;
        }
        if (known == null) {
            waiting.add(symbol);
        } else {
            update.accept(symbol, known); // the answer came between its analysis and its publication
        }
    }

    /** Completes once the answer is there and every symbol that waited for it has been updated. */
    Uni<ScannerApiResult> settled() {
        return answer.invoke(this::arrived);
    }

    private synchronized void arrived(ScannerApiResult result) {
        if (known != null) {
            return;
        }
        known = result;
        waiting.forEach(symbol -> update.accept(symbol, result));
        waiting.clear();
    }
}
