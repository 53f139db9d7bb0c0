package io.fastscanner.scorecard.ledger;

import static io.fastscanner.scorecard.ledger.Recorded.BTC;
import static io.fastscanner.scorecard.ledger.Recorded.ETH;
import static io.fastscanner.scorecard.ledger.Recorded.hours;
import static io.fastscanner.scorecard.ledger.Recorded.row;
import static io.fastscanner.scorecard.ledger.Recorded.signal;
import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.analysis.Direction;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scorecard.PastSignal;
import io.fastscanner.signal.SignalType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What every {@link LedgerStore} does, checked on an empty one. */
final class LedgerContract {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private LedgerContract() {}

    static void keep(LedgerStore ledger, PastSignal signal) {
        ledger.update(SignalKey.of(signal), kept -> Optional.of(LedgerEntries.mergeRow(kept, signal)))
                .await()
                .atMost(WAIT);
    }

    static List<PastSignal> newest(LedgerStore ledger, Optional<io.fastscanner.marketdata.MarketSymbol> symbol) {
        return ledger.newest(Exchange.BINANCE, Timeframe.H1, symbol, 100)
                .await()
                .atMost(WAIT);
    }

    static void check(LedgerStore ledger) {
        // one per candle: a later row of the same candle updates it
        keep(ledger, signal(BTC, 0, SignalType.BUY));
        keep(
                ledger,
                LedgerEntries.fromRow(row(BTC, 0, SignalType.BUY, 66), Recorded.HORIZONS)
                        .orElseThrow());
        keep(ledger, signal(BTC, 1, SignalType.BUY));
        keep(ledger, signal(ETH, 1, SignalType.SELL));
        keep(ledger, Recorded.signal(Exchange.OKX, BTC, 1));

        List<PastSignal> all = newest(ledger, Optional.empty());
        assertThat(all).extracting(PastSignal::candleTime).containsExactly(hours(1), hours(1), hours(0));
        assertThat(all.get(2).strength()).isEqualTo(66);
        assertThat(newest(ledger, Optional.of(BTC)))
                .extracting(PastSignal::candleTime)
                .containsExactly(hours(1), hours(0));
        assertThat(ledger.newest(Exchange.BINANCE, Timeframe.H1, Optional.empty(), 1)
                        .await()
                        .atMost(WAIT))
                .hasSize(1);
        assertThat(ledger.newest(Exchange.BINANCE, Timeframe.H4, Optional.empty(), 10)
                        .await()
                        .atMost(WAIT))
                .isEmpty();

        // deep fields merged into the kept signal
        SignalKey btc0 = SignalKey.of(signal(BTC, 0, SignalType.BUY));
        ledger.update(
                        btc0,
                        kept -> kept.map(k ->
                                LedgerEntries.withDeep(k, Recorded.deep(Direction.LONG, false, 95, 110, 72), 72.0)))
                .await()
                .atMost(WAIT);
        PastSignal deep = newest(ledger, Optional.of(BTC)).get(1);
        assertThat(deep.stopLoss()).isEqualTo(95.0);
        assertThat(deep.strength()).isEqualTo(66);

        // due by the exchange's clock, earliest first; measured signals move to their next horizon
        assertThat(ledger.due(Exchange.BINANCE, hours(2).minusMillis(1), 10)
                        .await()
                        .atMost(WAIT))
                .isEmpty();
        assertThat(ledger.due(Exchange.BINANCE, hours(3), 10).await().atMost(WAIT))
                .extracting(PastSignal::candleTime)
                .containsExactly(hours(0), hours(1), hours(1));
        PastSignal measured =
                ((Measurement.Measured) LedgerEntries.measure(deep, Recorded.rising(5), hours(3))).signal();
        ledger.update(btc0, current -> LedgerEntries.applyMeasured(current, measured))
                .await()
                .atMost(WAIT);
        assertThat(ledger.due(Exchange.BINANCE, hours(3), 10).await().atMost(WAIT))
                .extracting(PastSignal::candleTime)
                .containsExactly(hours(1), hours(1));
        assertThat(ledger.due(Exchange.BINANCE, hours(5), 10).await().atMost(WAIT))
                .extracting(PastSignal::candleTime)
                .containsExactly(hours(1), hours(1), hours(0));
        assertThat(newest(ledger, Optional.of(BTC)).get(1).outcomes()).hasSize(1);
        assertThat(ledger.due(Exchange.OKX, hours(3), 10).await().atMost(WAIT)).hasSize(1);

        // age: the exchange's signals before a cutoff
        assertThat(ledger.olderThan(Exchange.BINANCE, hours(1)).await().atMost(WAIT))
                .containsExactly(btc0);
        ledger.drop(btc0).await().atMost(WAIT);
        assertThat(newest(ledger, Optional.of(BTC)))
                .extracting(PastSignal::candleTime)
                .containsExactly(hours(1));
        assertThat(ledger.due(Exchange.BINANCE, hours(5), 10).await().atMost(WAIT))
                .hasSize(2);

        // count: the first kept go first
        assertThat(ledger.trim(10).await().atMost(WAIT)).isZero();
        assertThat(ledger.trim(1).await().atMost(WAIT)).isEqualTo(2);
        assertThat(newest(ledger, Optional.empty())).isEmpty();
        assertThat(ledger.due(Exchange.OKX, hours(3), 10).await().atMost(WAIT)).hasSize(1);
    }
}
