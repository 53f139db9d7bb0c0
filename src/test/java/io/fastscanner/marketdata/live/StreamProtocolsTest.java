package io.fastscanner.marketdata.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.marketdata.Exchange;
import org.junit.jupiter.api.Test;

class StreamProtocolsTest {

    @Test
    void binanceBybitAndOkxHaveStreamsTheOthersNone() {
        for (Exchange exchange : Exchange.values()) {
            boolean streamed = exchange == Exchange.BINANCE || exchange == Exchange.BYBIT || exchange == Exchange.OKX;
            assertThat(StreamProtocols.of(exchange).map(StreamProtocol::exchange))
                    .as("%s", exchange)
                    .isEqualTo(streamed ? java.util.Optional.of(exchange) : java.util.Optional.empty());
        }
    }

    @Test
    void eachCallGivesAProtocolOfItsOwn() {
        assertThat(StreamProtocols.of(Exchange.BINANCE).orElseThrow())
                .isNotSameAs(StreamProtocols.of(Exchange.BINANCE).orElseThrow());
    }

    @Test
    void batchesKeepTheOrderAndTheLastOneHoldsTheRest() {
        assertThat(StreamFrames.batches(java.util.List.of(1, 2, 3, 4, 5), 2))
                .containsExactly(java.util.List.of(1, 2), java.util.List.of(3, 4), java.util.List.of(5));
        assertThat(StreamFrames.batches(java.util.List.of(), 2)).isEmpty();
    }
}
