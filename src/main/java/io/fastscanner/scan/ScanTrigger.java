package io.fastscanner.scan;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What started a scan: a person on the dashboard, the schedule, or an API client. */
public enum ScanTrigger {
    MANUAL,
    SCHEDULE,
    API;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
