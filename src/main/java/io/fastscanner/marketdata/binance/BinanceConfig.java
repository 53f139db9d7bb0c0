package io.fastscanner.marketdata.binance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * {@code scanner.binance.*}: the Binance spot market data source. The base URL is the REST client's
 * {@code quarkus.rest-client.binance.url} (default {@code https://api.binance.com}).
 *
 * <p>Retry and circuit breaker of {@link BinanceRequests} keep their annotation defaults (see {@link BinanceRequests})
 * and are tuned with the standard keys of its class, e.g.
 * {@code quarkus.fault-tolerance."io.fastscanner.marketdata.binance.BinanceRequests".retry.max-retries}, or the
 * {@code quarkus.fault-tolerance.global.*} keys.
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

    /**
     * Request weight this process may use per weight window: 4800 = 80 % of Binance's 6000 per minute. Requests
     * beyond it wait for the next window (see {@link BinanceWeightBudget}). Default {@code 4800}.
     */
    @WithDefault("4800")
    int weightBudget();

    /** Length of one weight window; Binance counts per UTC minute. Default {@code 1m}. */
    @WithDefault("1m")
    Duration weightWindow();

    /**
     * How far our clock and Binance's may differ. A request sent this close to the end of a window may be counted by
     * Binance in the next one, so it is counted in both; one sent this close to the start of a window may be counted
     * in the previous one, so Binance's count in its answer is not taken. Default {@code 500ms}.
     */
    @WithDefault("500ms")
    Duration weightWindowMargin();

    /** How long a 418 ban lasts when Binance says neither {@code Retry-After} nor an end time. Default {@code 2m}. */
    @WithDefault("2m")
    Duration defaultBan();
}
