package io.fastscanner.scannerapi;

import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/** The reason an {@code unavailable} result gives for what went wrong. Pure functions. */
final class UnavailableReasons {

    private UnavailableReasons() {}

    /** The whole fetch took longer than {@code scanner.scanner-api.timeout}. */
    static final class FetchTimedOut extends RuntimeException {
        FetchTimedOut() {
            super(null, null, false, false);
        }
    }

    /** The answer we read cannot be the answer to our request (see {@link ScannerApiAnswers#notOurs}). */
    static final class NotOurs extends RuntimeException {
        NotOurs(String detail) {
            super(detail, null, false, false);
        }
    }

    /**
     * {@code timeout after 30s (<phase>)}, {@code timeout (<phase>)} (one call's own bound), {@code circuit_open},
     * {@code http_500: ...}, {@code malformed_response: ...}, {@code not_ours: ...},
     * {@code connection_failed: ... (<phase>)} (refused, reset, closed before its answer), else
     * {@code error: <type>: ... (<phase>)}.
     */
    static String of(Throwable failure, Duration timeout, String phase) {
        if (failure instanceof FetchTimedOut) {
            return "timeout after " + human(timeout) + " (" + phase + ")";
        }
        if (failure instanceof TimeoutException) {
            return "timeout (" + phase + ")";
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return "circuit_open";
        }
        if (failure instanceof ScannerApiHttpException http) {
            return ScannerApiAnswers.httpReason(http.status(), http.body());
        }
        if (failure instanceof MalformedResponseException malformed) {
            return "malformed_response: " + malformed.getMessage();
        }
        if (failure instanceof NotOurs notOurs) {
            return "not_ours: " + notOurs.getMessage();
        }
        Throwable root = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IOException || cause instanceof HttpClosedException) {
                return "connection_failed: " + describe(cause) + " (" + phase + ")";
            }
            root = cause;
        }
        return "error: " + describe(root) + " (" + phase + ")";
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank()
                ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + ": " + message;
    }

    static String human(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + "s" : millis + "ms";
    }
}
