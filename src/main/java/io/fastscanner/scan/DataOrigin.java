package io.fastscanner.scan;

import com.fasterxml.jackson.annotation.JsonValue;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.Exchange;

/** Where a row's candles came from: the {@code data} of each row. */
public enum DataOrigin {
    /** Held in memory from the exchange's live stream: no request was made. */
    LIVE("live"),
    /** Asked from the exchange (or its candle cache). */
    REST("rest"),
    /** Recorded candles replayed as if live. */
    REPLAY("replay"),
    /** A seeded generated market. */
    SYNTHETIC("synthetic");

    private final String wire;

    DataOrigin(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    static DataOrigin of(CandleSeries series, Exchange exchange, boolean liveSource) {
        if (series.streamed()) {
            return LIVE;
        }
        if (exchange == Exchange.SYNTHETIC) {
            return SYNTHETIC;
        }
        return liveSource ? REST : REPLAY;
    }
}
