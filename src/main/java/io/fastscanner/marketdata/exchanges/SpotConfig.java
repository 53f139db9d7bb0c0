package io.fastscanner.marketdata.exchanges;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * {@code scanner.exchanges.*}: the spot sources of Bybit, OKX, Coinbase, Kraken and KuCoin alike. Each exchange's base
 * URL is {@code quarkus.rest-client.<exchange>.url} (defaults: the exchanges' public API hosts); its request limits are
 * its adapter's (see docs/exchanges.md).
 */
@ConfigMapping(prefix = "scanner.exchanges")
public interface SpotConfig {

    /** How long one request (sent, answered and read) may take; a timed-out attempt is retried. Default {@code 10s}. */
    @WithDefault("10s")
    Duration timeout();

    /** How long an exchange's instruments list is reused before it is fetched again. Default {@code 1h}. */
    @WithDefault("1h")
    Duration instrumentsTtl();

    /** How long a ban lasts when the exchange names no end (Bybit's 403 says "at least 10 minutes"). */
    @WithDefault("10m")
    Duration defaultBan();

    /** Candle requests of one series in flight at once, when a series needs several pages. Default {@code 4}. */
    @WithDefault("4")
    int pageConcurrency();

    /** Connections kept open to each exchange. Default {@code 40}. */
    @WithDefault("40")
    int maxConnections();
}
