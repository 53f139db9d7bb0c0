package io.fastscanner.notify;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/** What an attempt that got no answer means: a refused target fails at once; network faults are retried. */
final class AttemptFailures {

    private AttemptFailures() {}

    static Verdict verdict(Throwable failure) {
        if (failure instanceof TargetRefusedException) {
            return Verdict.fail(null, Reasons.of("target_refused", failure.getMessage()));
        }
        if (failure instanceof UnknownHostException) {
            return Verdict.retry(null, "dns_failed: the host does not resolve", null);
        }
        if (failure instanceof TimeoutException) {
            return Verdict.retry(null, Reasons.TIMEOUT, null);
        }
        if (failure instanceof ConnectException) {
            return Verdict.retry(null, Reasons.of("connection_failed", failure.getMessage()), null);
        }
        if (failure instanceof IOException || failure instanceof io.vertx.core.VertxException) {
            return Verdict.retry(null, Reasons.of("connection_failed", failure.getMessage()), null);
        }
        return Verdict.fail(
                null, Reasons.of("internal_error", failure.getClass().getSimpleName()));
    }
}
