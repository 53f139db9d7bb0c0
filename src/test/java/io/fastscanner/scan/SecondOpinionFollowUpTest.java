package io.fastscanner.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scannerapi.NoSecondOpinion;
import io.fastscanner.scannerapi.ScannerApiLabel;
import io.fastscanner.scannerapi.ScannerApiResult;
import io.fastscanner.scannerapi.SecondOpinion;
import io.fastscanner.signal.SignalType;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Symbols published before the scanner_api answered get its opinion as an update, in order, exactly once. */
class SecondOpinionFollowUpTest {

    private static final MarketSymbol BTC = MarketSymbol.of("BTC", "USDT");
    private static final MarketSymbol ETH = MarketSymbol.of("ETH", "USDT");
    private static final MarketSymbol SOL = MarketSymbol.of("SOL", "USDT");
    private static final ScannerApiResult ANSWER =
            ScannerApiResult.unavailable(ScannerApiLabel.forTimeframe(Timeframe.H1), "timeout after 30s");

    private final CompletableFuture<ScannerApiResult> peer = new CompletableFuture<>();
    private final List<String> updates = new ArrayList<>();
    private final SecondOpinionFollowUp followUp = new SecondOpinionFollowUp(
                    Uni.createFrom().completionStage(peer).memoize().indefinitely(),
                    Timeframe.H1,
                    (symbol, answer) ->
                            updates.add(symbol + " " + answer.status().json()))
            .listen();

    @Test
    void beforeTheAnswerASymbolIsPendingAndWaitsForIt() {
        SecondOpinion given = followUp.opinionOn(BTC, SignalType.BUY);
        assertThat(given).isEqualTo(NoSecondOpinion.pending(Timeframe.H1));
        followUp.published(BTC, given);
        followUp.published(ETH, followUp.opinionOn(ETH, SignalType.SELL));
        assertThat(updates).isEmpty();

        peer.complete(ANSWER);

        assertThat(updates).containsExactly("BTC/USDT unavailable", "ETH/USDT unavailable");
        assertThat(followUp.settled().await().indefinitely()).isSameAs(ANSWER);
        assertThat(updates).as("settling updates nobody twice").hasSize(2);
    }

    @Test
    void afterTheAnswerASymbolGetsItDirectlyAndNeedsNoUpdate() {
        peer.complete(ANSWER);

        SecondOpinion given = followUp.opinionOn(SOL, SignalType.BUY);
        assertThat(given).isInstanceOf(NoSecondOpinion.class);
        assertThat(((NoSecondOpinion) given).status()).isEqualTo(ScannerApiResult.Status.UNAVAILABLE);
        followUp.published(SOL, given);

        assertThat(updates).isEmpty();
    }

    @Test
    void anAnswerBetweenASymbolsAnalysisAndItsPublicationUpdatesItRightAfter() {
        SecondOpinion given = followUp.opinionOn(BTC, SignalType.BUY);
        peer.complete(ANSWER);
        assertThat(updates).as("not before its own result is out").isEmpty();

        followUp.published(BTC, given);

        assertThat(updates).containsExactly("BTC/USDT unavailable");
    }

    @Test
    void settlingWaitsForTheAnswer() {
        followUp.published(BTC, followUp.opinionOn(BTC, SignalType.BUY));
        CompletableFuture<ScannerApiResult> settled =
                followUp.settled().subscribeAsCompletionStage().toCompletableFuture();
        assertThat(settled).isNotDone();

        peer.complete(ScannerApiResult.ok("async", ScannerApiLabel.forTimeframe(Timeframe.H1), Map.of(), 0));

        assertThat(settled).isCompleted();
        assertThat(updates).containsExactly("BTC/USDT ok");
    }
}
