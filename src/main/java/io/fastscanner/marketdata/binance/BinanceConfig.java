package io.fastscanner.marketdata.binance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * {@code scanner.binance.*}: the Binance spot market data source. The base URL is the REST client's
 * {@code quarkus.rest-client.binance.url} (default {@code https://api.binance.com}).
 *
 * <p>Retry, circuit breaker and the fault-tolerance backstop timeout of {@link BinanceClient} keep their
 * annotation defaults (see {@link BinanceClient}) and are tuned with the standard per-method keys, e.g.
 * {@code quarkus.fault-tolerance."io.fastscanner.marketdata.binance.BinanceClient/klines".retry.max-retries}
 * (the annotations sit on the methods, so per-class keys do not apply).
 */
@ConfigMapping(prefix = "scanner.binance")
public interface BinanceConfig {

    /**
     * How long one HTTP exchange (request, response and body) may take before it fails with reason
     * {@code timeout}; a timed-out attempt counts as a transient fault and is retried. Default {@code 10s}.
     */
    @WithDefault("10s")
    Duration timeout();

    /**
     * How long the parsed {@code /api/v3/exchangeInfo} (tradable symbols and the BTCUSDT &lt;-&gt; BTC/USDT
     * mapping) is reused before it is fetched again. Default {@code 1h}.
     */
    @WithDefault("1h")
    Duration exchangeInfoTtl();
}
