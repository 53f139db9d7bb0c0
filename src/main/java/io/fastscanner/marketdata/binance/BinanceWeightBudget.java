package io.fastscanner.marketdata.binance;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.ExchangeBanException;
import io.fastscanner.marketdata.budget.BudgetGate;
import io.fastscanner.marketdata.budget.BudgetState;
import io.fastscanner.marketdata.budget.RequestBudgets;
import io.fastscanner.marketdata.budget.WindowLimit;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Binance's request-weight budget and its gates for 429 and 418, one {@link BudgetGate} (limit {@value #LIMIT}):
 * in this process with {@code scanner.store=memory}, shared by every replica in Redis with {@code redis}. Every
 * request asks {@link #acquire} first; the answer is a {@link Uni} that completes when the request may be sent:
 * <ul>
 * <li>weight: each request's documented weight ({@link BinanceEndpoint#weight()}) is counted in the current
 * window ({@code scanner.binance.weight-window}, 1 minute aligned to UTC minutes like Binance's) together with
 * {@code X-MBX-USED-WEIGHT-1M} from every response (the higher of ours and theirs wins). A request that would
 * take the window over {@code scanner.binance.weight-budget} waits for the next window; it is never rejected.</li>
 * <li>429: after a {@code Retry-After} every request waits until it has passed.</li>
 * <li>418: until the ban ends every request fails at once with {@link ExchangeBanException}; nothing is sent.</li>
 * <li>a shared budget that cannot be reached: the request fails with reason {@code store_unavailable}.</li>
 * </ul>
 * Times are the service's clock (Binance's windows and bans are real time).
 */
@ApplicationScoped
public class BinanceWeightBudget {

    static final String LIMIT = "binance";

    private static final Logger LOG = Logger.getLogger(BinanceWeightBudget.class);
    private static final Pattern BANNED_UNTIL = Pattern.compile("banned until (\\d{12,})");
    private static final Duration DEFAULT_PAUSE = Duration.ofMinutes(1);

    private final BudgetGate gate;
    private final Duration defaultBan;

    BinanceWeightBudget(BinanceConfig config, RequestBudgets budgets) {
        this.gate = budgets.gate(
                new WindowLimit(LIMIT, config.weightBudget(), config.weightWindow(), config.weightWindowMargin()));
        this.defaultBan = config.defaultBan();
    }

    /**
     * Completes with the time the request was counted at once it may be sent (pass it to {@link #reportUsed});
     * fails with {@link ExchangeBanException} while a ban runs.
     */
    Uni<Long> acquire(BinanceEndpoint endpoint) {
        return gate.acquire(
                endpoint.weight(),
                (until, now) -> new ExchangeBanException(Exchange.BINANCE, endpoint.tag(), until, now));
    }

    /**
     * {@code X-MBX-USED-WEIGHT-1M} of a response to a request counted at {@code reservedAt} ({@link #acquire}). Never
     * fails: the response is good whether or not its count could be recorded.
     */
    Uni<Void> reportUsed(long reservedAt, int usedByExchange) {
        return gate.reportUsed(reservedAt, usedByExchange).onFailure().recoverWithItem(failure -> {
            LOG.warnf("Binance's used weight %d was not recorded: %s", usedByExchange, failure.getMessage());
            return null;
        });
    }

    /** HTTP 429: every request waits {@code retryAfter} (default: a minute). Never fails. */
    Uni<Void> rateLimited(Optional<Duration> retryAfter) {
        return gate.pauseFor(retryAfter.orElse(DEFAULT_PAUSE))
                .invoke(until -> LOG.warnf("Binance answered 429: every request waits until %s", until))
                .onFailure()
                .invoke(failure -> LOG.errorf("Binance answered 429, the pause was not recorded: %s", failure))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /**
     * HTTP 418: no request is sent until the ban ends: {@code Retry-After}, else the time in Binance's message
     * ({@code IP banned until 1659761931230}), else {@code scanner.binance.default-ban}. Never fails.
     *
     * @return when the ban ends (a longer ban already known wins)
     */
    Uni<Instant> banned(Optional<Duration> retryAfter, String message) {
        Instant now = gate.now();
        Instant until =
                retryAfter.map(now::plus).orElseGet(() -> fromMessage(message).orElse(now.plus(defaultBan)));
        return gate.banUntil(until)
                .invoke(effective -> LOG.errorf("Binance banned this IP (418): no request is sent until %s", effective))
                .onFailure()
                .recoverWithItem(failure -> {
                    LOG.errorf("Binance banned this IP (418) until %s; the ban was not recorded: %s", until, failure);
                    return until;
                });
    }

    /** The weight counted in the current window, the running pause and ban. */
    public Uni<BudgetState> state() {
        return gate.state();
    }

    /** The current time of the budget's clock. */
    Instant now() {
        return gate.now();
    }

    /** Forgets usage, pause and ban (tests, which share one application across cases). */
    Uni<Void> clear() {
        return gate.clear();
    }

    private static Optional<Instant> fromMessage(String message) {
        Matcher m = message == null ? null : BANNED_UNTIL.matcher(message);
        return m != null && m.find() ? Optional.of(Instant.ofEpochMilli(Long.parseLong(m.group(1)))) : Optional.empty();
    }
}
