package io.fastscanner.scan;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.Listing;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scannerapi.ScannerApiResult;
import io.fastscanner.scannerapi.ScannerApiService;
import io.fastscanner.scannerapi.SecondOpinion;
import io.fastscanner.signal.SignalType;
import io.smallrye.mutiny.Uni;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The scanner_api's second opinions of one scan: one question per exchange the scan covers (the peer scans one
 * exchange at a time), each followed up by a {@link SecondOpinionFollowUp}. Without a configured scanner_api there is
 * none, and every row's opinion is null.
 */
final class ScanOpinions {

    private final Map<Exchange, SecondOpinionFollowUp> byExchange;

    private ScanOpinions(Map<Exchange, SecondOpinionFollowUp> byExchange) {
        this.byExchange = byExchange;
    }

    /** Asks for the opinions on {@code listings}' exchanges; {@code update} gets each answer that came late. */
    static ScanOpinions ask(
            ScannerApiService scannerApi,
            String scanId,
            Timeframe timeframe,
            List<Listing> listings,
            BiConsumer<Listing, ScannerApiResult> update) {
        Map<Exchange, SecondOpinionFollowUp> byExchange = new HashMap<>();
        if (scannerApi.enabled()) {
            for (Exchange exchange :
                    new LinkedHashSet<>(listings.stream().map(Listing::exchange).toList())) {
                byExchange.put(
                        exchange,
                        new SecondOpinionFollowUp(
                                        scannerApi.forScan(scanId, timeframe, exchange),
                                        timeframe,
                                        (symbol, answer) -> update.accept(new Listing(exchange, symbol), answer))
                                .listen());
            }
        }
        return new ScanOpinions(byExchange);
    }

    /** The opinion a row gets now (pending while the answer is awaited); null without a scanner_api. */
    SecondOpinion opinionOn(Listing listing, SignalType ours) {
        SecondOpinionFollowUp followUp = byExchange.get(listing.exchange());
        return followUp == null ? null : followUp.opinionOn(listing.symbol(), ours);
    }

    /** A row was published with {@code given}: updated again once the answer comes, if it was pending. */
    void published(Listing listing, SecondOpinion given) {
        SecondOpinionFollowUp followUp = byExchange.get(listing.exchange());
        if (followUp != null) {
            followUp.published(listing.symbol(), given);
        }
    }

    /** Completes once every answer is there and every row that waited for one has been updated. */
    Uni<Void> settled() {
        if (byExchange.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join()
                .all(byExchange.values().stream()
                        .map(SecondOpinionFollowUp::settled)
                        .toList())
                .andCollectFailures()
                .replaceWithVoid()
                .onFailure()
                .recoverWithNull();
    }
}
