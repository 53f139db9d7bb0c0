package io.fastscanner.scan;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a symbol's signal stands: quick result, deep analysis running, deep analysis done, or failed. */
public enum SignalStatus {
    QUICK_SCAN,
    ANALYZING,
    COMPLETE,
    FAILED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
