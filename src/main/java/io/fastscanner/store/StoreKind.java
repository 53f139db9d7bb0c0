package io.fastscanner.store;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where the service keeps what replicas share: {@code memory} (this process only) or {@code redis}. */
public enum StoreKind {
    MEMORY,
    REDIS;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
