package io.fastscanner.marketdata.binance;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The one request-weight budget of this process for Binance, and its gates for 429 and 418. Every request asks
 * {@link #acquire} first; the answer is a {@link Uni} that completes when the request may be sent:
 * <ul>
 * <li>weight: each request's documented weight ({@link BinanceEndpoint#weight()}) is counted in the current
 * window ({@code scanner.binance.weight-window}, 1 minute aligned to UTC minutes like Binance's) together with
 * {@code X-MBX-USED-WEIGHT-1M} from every response (the higher of ours and theirs wins). A request that would
 * take the window over {@code scanner.binance.weight-budget} waits for the next window; it is never rejected.</li>
 * <li>429: after a {@code Retry-After} every request waits until it has passed.</li>
 * <li>418: until the ban ends every request fails at once with {@link ExchangeBanException}; nothing is sent.</li>
 * </ul>
 * Waits are Mutiny delays (no thread is blocked). Times are the service's clock (Binance's windows and bans are real
 * time).
 */
@ApplicationScoped
public class BinanceWeightBudget {

    private static final Logger LOG = Logger.getLogger(BinanceWeightBudget.class);
    private static final Pattern BANNED_UNTIL = Pattern.compile("banned until (\\d{12,})");

    private final WeightWindow window;
    private final Clock clock;
    private final Duration defaultBan;
    private final AtomicLong pausedUntil = new AtomicLong();
    private final AtomicLong bannedUntil = new AtomicLong();

    BinanceWeightBudget(BinanceConfig config, Clock clock) {
        this.window = new WeightWindow(
                config.weightBudget(),
                config.weightWindow().toMillis(),
                config.weightWindowMargin().toMillis());
        this.clock = clock;
        this.defaultBan = config.defaultBan();
    }

    /**
     * Completes with the time the request was counted at once it may be sent (pass it to {@link #reportUsed});
     * fails with {@link ExchangeBanException} while a ban runs.
     */
    Uni<Long> acquire(BinanceEndpoint endpoint) {
        return Uni.createFrom().deferred(() -> {
            long now = clock.millis();
            long ban = bannedUntil.get();
            if (ban > now) {
                return Uni.createFrom()
                        .failure(new ExchangeBanException(
                                endpoint, Instant.ofEpochMilli(ban), Instant.ofEpochMilli(now)));
            }
            long pause = pausedUntil.get();
            if (pause > now) {
                return after(pause - now, endpoint);
            }
            long reserved = window.tryReserve(endpoint.weight(), now);
            if (reserved < 0) {
                LOG.debugf(
                        "Weight budget of %s reached, %s waits %s ms", (Object) window.budget(), endpoint, -reserved);
                return after(-reserved, endpoint);
            }
            return Uni.createFrom().item(reserved);
        });
    }

    private Uni<Long> after(long waitMs, BinanceEndpoint endpoint) {
        return Uni.createFrom()
                .voidItem()
                .onItem()
                .delayIt()
                .by(Duration.ofMillis(waitMs))
                .onItem()
                .transformToUni(ignored -> acquire(endpoint));
    }

    /** {@code X-MBX-USED-WEIGHT-1M} of a response to a request counted at {@code reservedAt} ({@link #acquire}). */
    void reportUsed(long reservedAt, int usedByExchange) {
        window.reportUsed(reservedAt, usedByExchange, clock.millis());
    }

    /** HTTP 429: every request waits {@code retryAfter} (default: until the next window). */
    void rateLimited(Optional<Duration> retryAfter) {
        long now = clock.millis();
        long until = now + retryAfter.map(Duration::toMillis).orElse(60_000L);
        pausedUntil.accumulateAndGet(until, Math::max);
        LOG.warnf("Binance answered 429: every request waits until %s", Instant.ofEpochMilli(until));
    }

    /**
     * HTTP 418: no request is sent until the ban ends: {@code Retry-After}, else the time in Binance's message
     * ({@code IP banned until 1659761931230}), else {@code scanner.binance.default-ban}.
     *
     * @return when the ban ends
     */
    Instant banned(Optional<Duration> retryAfter, String message) {
        long now = clock.millis();
        long until = retryAfter
                .map(d -> now + d.toMillis())
                .orElseGet(() -> fromMessage(message).orElse(now + defaultBan.toMillis()));
        long effective = bannedUntil.accumulateAndGet(until, Math::max);
        LOG.errorf("Binance banned this IP (418): no request is sent until %s", Instant.ofEpochMilli(effective));
        return Instant.ofEpochMilli(effective);
    }

    /** The end of the running ban, if one runs. */
    public Optional<Instant> banEnd() {
        long ban = bannedUntil.get();
        return ban > clock.millis() ? Optional.of(Instant.ofEpochMilli(ban)) : Optional.empty();
    }

    /** The end of the running 429 pause, if one runs. */
    public Optional<Instant> pauseEnd() {
        long pause = pausedUntil.get();
        return pause > clock.millis() ? Optional.of(Instant.ofEpochMilli(pause)) : Optional.empty();
    }

    /** The current time of the budget's clock. */
    public Instant now() {
        return Instant.ofEpochMilli(clock.millis());
    }

    /** Weight counted in the current window. */
    public int used() {
        return window.used(clock.millis());
    }

    /** Forgets usage, pause and ban (tests, which share one application across cases). */
    void clear() {
        window.clear();
        pausedUntil.set(0);
        bannedUntil.set(0);
    }

    private static Optional<Long> fromMessage(String message) {
        Matcher m = message == null ? null : BANNED_UNTIL.matcher(message);
        return m != null && m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }
}
