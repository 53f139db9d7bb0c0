package io.fastscanner.notify;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a delivery stands; written in JSON in lower case. */
public enum DeliveryStatus {
    /** The target accepted the notification. */
    SENT,
    /** An attempt failed in a way worth retrying; the next one is due at {@link Delivery#nextAttemptAt()}. */
    RETRYING,
    /** Given up: refused by the target, out of attempts, or never sent (queue full, channel paused). */
    FAILED;

    public boolean isFinal() {
        return this != RETRYING;
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
