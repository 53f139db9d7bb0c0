package io.fastscanner.marketdata.binance;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's clock in tests, enabled by {@link BinanceTestProfile}: it stands at an instant the test sets, or runs
 * at real speed from one. A standing clock pins which candle is still forming; the weight budget's waits need one
 * that runs.
 */
@Alternative
@Singleton
public class MutableClock extends Clock {

    /** Where the clock stands, or (running) what it showed at {@code since} on the system's monotonic timer. */
    private record Setting(Instant at, long sinceNanos, boolean running) {}

    private final AtomicReference<Setting> setting =
            new AtomicReference<>(new Setting(Instant.now(), System.nanoTime(), true));

    /** Stops the clock at {@code instant}. */
    public void set(Instant instant) {
        setting.set(new Setting(instant, 0, false));
    }

    /** Lets the clock run at real speed from {@code instant}. */
    public void runFrom(Instant instant) {
        setting.set(new Setting(instant, System.nanoTime(), true));
    }

    public void advance(Duration duration) {
        setting.updateAndGet(s -> new Setting(s.at().plus(duration), s.sinceNanos(), s.running()));
    }

    @Override
    public Instant instant() {
        Setting s = setting.get();
        return s.running() ? s.at().plusNanos(System.nanoTime() - s.sinceNanos()) : s.at();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
