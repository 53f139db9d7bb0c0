package io.fastscanner.scan;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fastscanner.signal.SignalType;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** How many rows of a scan say BUY, SELL and HOLD; failed rows are counted apart. */
@RegisterForReflection
public record SignalCounts(
        @JsonProperty("BUY") int buy,
        @JsonProperty("SELL") int sell,
        @JsonProperty("HOLD") int hold) {

    /** The counts of {@code rows}, leaving out the failed ones. */
    public static SignalCounts of(List<ScanRow> rows) {
        int buy = 0;
        int sell = 0;
        int hold = 0;
        for (ScanRow row : rows) {
            if (!row.failed()) {
                switch (row.signal()) {
                    case BUY -> buy++;
                    case SELL -> sell++;
                    case HOLD -> hold++;
                }
            }
        }
        return new SignalCounts(buy, sell, hold);
    }

    public int of(SignalType type) {
        return switch (type) {
            case BUY -> buy;
            case SELL -> sell;
            case HOLD -> hold;
        };
    }
}
