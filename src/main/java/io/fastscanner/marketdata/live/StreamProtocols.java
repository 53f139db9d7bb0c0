package io.fastscanner.marketdata.live;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.binance.BinanceStreams;
import io.fastscanner.marketdata.exchanges.bybit.BybitStreams;
import io.fastscanner.marketdata.exchanges.okx.OkxStreams;
import java.util.Optional;

/**
 * The kline stream protocol of each exchange that has one we can use: Binance, Bybit and OKX. Coinbase's candle
 * channel serves 5-minute candles only, Kraken's OHLC channel never says when a candle is final, and KuCoin needs a
 * token requested over REST before each connection, so those three have none.
 */
public final class StreamProtocols {

    private StreamProtocols() {}

    /** A new protocol (its request ids count from 1) for {@code exchange}; empty when it has no usable stream. */
    public static Optional<StreamProtocol> of(Exchange exchange) {
        return switch (exchange) {
            case BINANCE -> Optional.of(new BinanceStreams());
            case BYBIT -> Optional.of(new BybitStreams());
            case OKX -> Optional.of(new OkxStreams());
            default -> Optional.empty();
        };
    }
}
