package io.fastscanner.marketdata.live;

import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.TimeframeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** {@code scanner.live.*}: the exchanges' WebSocket kline streams, kept in memory. */
@ConfigMapping(prefix = "scanner.live")
public interface LiveConfig {

    /** Whether the streams run; off by default (every scan then asks the exchange, as without streams). */
    @WithDefault("false")
    boolean enabled();

    /** The timeframes watched for the default universe; scans add the symbols and timeframe they ask for. */
    @WithDefault("1h")
    List<@WithConverter(TimeframeConverter.class) Timeframe> timeframes();

    /** Whether the default universe (top {@code scanner.universe.size}) is watched from start-up. */
    @WithDefault("true")
    boolean watchUniverse();

    /** Most series (symbol x timeframe) watched per exchange; scans asking for more are served by requests. */
    @WithDefault("4000")
    int maxSeries();

    /** A connection that receives nothing for this long is stalled: it is dropped and opened again. */
    @WithDefault("30s")
    Duration stallAfter();

    /** First wait before reconnecting; doubled on each failed attempt up to {@link #reconnectMax()}, with jitter. */
    @WithDefault("1s")
    Duration reconnectMin();

    @WithDefault("60s")
    Duration reconnectMax();

    /**
     * A connection is renewed after this long (default: 23 h 50 min for Binance, which closes connections at 24 h);
     * unset uses the exchange's own limit less ten minutes.
     */
    Optional<Duration> connectionLife();

    /** At most this many streams per connection, below the exchange's own limit (Binance 1024). */
    OptionalInt maxStreamsPerConnection();

    /**
     * Just after a candle closes, a scan waits up to this long after the boundary for the stream to push that candle
     * before asking the exchange for it.
     */
    @WithDefault("5s")
    Duration closeGrace();

    /** How often the 24 h tickers are refreshed by a request while streams run. */
    @WithDefault("60s")
    Duration tickerRefresh();

    /** Repairs (requests reloading a series) in flight at once per exchange. */
    @WithDefault("8")
    int repairConcurrency();

    Stream binance();

    Stream bybit();

    Stream okx();

    /** {@code scanner.live.<exchange>.url}: the WebSocket base, e.g. {@code wss://data-stream.binance.vision}. */
    interface Stream {
        Optional<String> url();
    }
}
