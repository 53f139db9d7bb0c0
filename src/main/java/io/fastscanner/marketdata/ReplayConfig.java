package io.fastscanner.marketdata;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** {@code scanner.replay.*}: the recorded-candle source. */
@ConfigMapping(prefix = "scanner.replay")
public interface ReplayConfig {

    /**
     * A directory of {@code <timeframe>/<BASE>_<QUOTE>.csv} files to replay instead of the bundled set. With
     * {@code scanner.source=replay}, its subdirectories named after an exchange ({@code okx/1h/BTC_USDT.csv}) hold
     * that exchange's recorded candles: a request naming the exchange replays them instead of calling it.
     */
    Optional<String> dir();

    /** Move the replay clock one candle of the scan's timeframe forward at every scan after the first. */
    @WithDefault("false")
    boolean advancePerScan();
}
