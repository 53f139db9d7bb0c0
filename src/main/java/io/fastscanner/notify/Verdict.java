package io.fastscanner.notify;

import java.time.Duration;

/**
 * What one attempt means for its delivery.
 *
 * @param outcome    sent, retry, or failed for good
 * @param httpStatus the answer's status; null without an answer
 * @param reason     why it did not succeed (never a secret once the run has scrubbed it)
 * @param retryAfter how long the target asked to wait (429); null to back off as usual
 */
record Verdict(DeliveryStatus outcome, Integer httpStatus, String reason, Duration retryAfter) {

    static Verdict sent(int status) {
        return new Verdict(DeliveryStatus.SENT, status, null, null);
    }

    static Verdict retry(Integer status, String reason, Duration retryAfter) {
        return new Verdict(DeliveryStatus.RETRYING, status, reason, retryAfter);
    }

    static Verdict fail(Integer status, String reason) {
        return new Verdict(DeliveryStatus.FAILED, status, reason, null);
    }
}
