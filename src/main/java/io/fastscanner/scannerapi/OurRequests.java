package io.fastscanner.scannerapi;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The scan request of ours that the scanner_api accepted and that we never saw finish, kept from one fetch to the
 * next. A fetch that stops waiting (timeout, a failed poll) leaves its request running there, and that scan's end
 * changes {@code last_scan} like any other: the next fetch must not take it as the answer to its own request. So,
 * before it asks, the next fetch waits until {@code last_scan} shows the earlier request finished, and only then
 * sends its own.
 * <p>
 * States: {@link Quiet} (nothing of ours runs there) and {@link Outstanding} (a request of ours was accepted and is
 * not known to have finished). A fetch moves {@code Quiet -> Outstanding} when its request is accepted (202) and back
 * to {@code Quiet} when it sees its answer. A later fetch moves {@code Outstanding -> Quiet} when a status shows the
 * earlier request finished, or when that request is older than {@code abandonAfter}: its failures never show in its
 * status (its {@code last_scan} just stays), so it is then taken as failed there and forgotten.
 */
final class OurRequests {

    private static final Logger LOG = Logger.getLogger(OurRequests.class);

    /** What we know of our requests on the scanner_api. */
    sealed interface State permits Quiet, Outstanding {}

    /** No request of ours is running there, as far as we know. */
    record Quiet() implements State {}

    /** Our request, accepted at {@code since} (our clock), has not been seen to finish. */
    record Outstanding(AnswerMark mark, Instant since) implements State {}

    private final Duration abandonAfter;
    private State state = new Quiet();

    OurRequests(Duration abandonAfter) {
        this.abandonAfter = abandonAfter;
    }

    synchronized State state() {
        return state;
    }

    /** The scanner_api accepted our request, to be recognised by {@code mark}. */
    synchronized void accepted(AnswerMark mark, Instant now) {
        state = new Outstanding(mark, now);
    }

    /** We saw the scan that answers the request marked {@code mark}. */
    synchronized void answered(AnswerMark mark) {
        if (state instanceof Outstanding outstanding && outstanding.mark() == mark) {
            state = new Quiet();
        }
    }

    /**
     * The earlier request to wait for, given a status showing {@code lastScan}: empty when there is none, when this
     * status shows it finished, or when it is given up.
     */
    synchronized Optional<AnswerMark> stillRunning(String lastScan, Instant now) {
        if (!(state instanceof Outstanding outstanding)) {
            return Optional.empty();
        }
        if (outstanding.mark().isAnsweredBy(lastScan)) {
            state = new Quiet();
            return Optional.empty();
        }
        if (!now.isBefore(outstanding.since().plus(abandonAfter))) {
            LOG.warnf(
                    "scanner_api: our request accepted at %s was not seen to finish within %s; taken as failed there",
                    outstanding.mark().requestedAt(), abandonAfter);
            state = new Quiet();
            return Optional.empty();
        }
        return Optional.of(outstanding.mark());
    }

    /** Forgets every request: the application starts with none. */
    synchronized void forget() {
        state = new Quiet();
    }
}
