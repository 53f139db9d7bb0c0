package io.fastscanner.scorecard.ledger;

import static io.fastscanner.scorecard.ledger.Recorded.BTC;
import static io.fastscanner.scorecard.ledger.Recorded.ETH;
import static io.fastscanner.scorecard.ledger.Recorded.hours;
import static io.fastscanner.scorecard.ledger.Recorded.signal;
import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scorecard.PastSignal;
import io.fastscanner.signal.SignalType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ledger's store rules, on the memory store; {@code RedisLedgerTest} checks the same on Redis. */
class MemoryLedgerTest {

    @Test
    void signalsAreKeptOncePerCandleDueByTheirExchangesClockAndBoundedByCountAndAge() {
        LedgerContract.check(new MemoryLedger());
    }

    @Test
    void aClaimIsAlwaysThisProcesssOwn() {
        MemoryLedger ledger = new MemoryLedger();
        PastSignal s = signal(BTC, 0, SignalType.BUY);
        LedgerContract.keep(ledger, s);

        var due = ledger.due(Exchange.BINANCE, hours(2), 10).await().indefinitely();
        assertThat(ledger.claim(due).await().indefinitely()).containsExactly(s);
        assertThat(ledger.newest(Exchange.BINANCE, Timeframe.H1, Optional.of(ETH), 10)
                        .await()
                        .indefinitely())
                .isEmpty();
    }
}
