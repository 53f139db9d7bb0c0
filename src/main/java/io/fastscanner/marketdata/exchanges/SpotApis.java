package io.fastscanner.marketdata.exchanges;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.exchanges.bybit.BybitApi;
import io.fastscanner.marketdata.exchanges.coinbase.CoinbaseApi;
import io.fastscanner.marketdata.exchanges.kraken.KrakenApi;
import io.fastscanner.marketdata.exchanges.kucoin.KucoinApi;
import io.fastscanner.marketdata.exchanges.okx.OkxApi;
import java.util.Optional;

/** The {@link SpotApi} of each spot exchange served through {@link SpotMarketDataSource}. */
public final class SpotApis {

    private SpotApis() {}

    public static Optional<SpotApi> of(Exchange exchange) {
        return switch (exchange) {
            case BYBIT -> Optional.of(new BybitApi());
            case OKX -> Optional.of(new OkxApi());
            case COINBASE -> Optional.of(new CoinbaseApi());
            case KRAKEN -> Optional.of(new KrakenApi());
            case KUCOIN -> Optional.of(new KucoinApi());
            default -> Optional.empty();
        };
    }
}
