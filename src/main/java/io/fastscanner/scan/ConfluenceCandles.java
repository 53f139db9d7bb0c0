package io.fastscanner.scan;

import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The candles a symbol's deep analysis reads: the scan's timeframe and the confluence timeframes the source has. */
final class ConfluenceCandles {

    private final MarketDataSource source;
    private final DeepAnalysisConfig config;

    ConfluenceCandles(MarketDataSource source, DeepAnalysisConfig config) {
        this.source = source;
        this.config = config;
    }

    /** The candles of each timeframe; a missing secondary timeframe becomes a warning, not a failure. */
    Uni<Fetched> fetch(MarketSymbol symbol, Timeframe primary) {
        List<Timeframe> timeframes = new ArrayList<>();
        timeframes.add(primary);
        for (Timeframe tf : config.timeframes()) {
            if (source.timeframes().contains(tf) && !timeframes.contains(tf)) {
                timeframes.add(tf);
            }
        }
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        List<Uni<Map.Entry<Timeframe, CandleSeries>>> fetches = timeframes.stream()
                .map(tf -> source.candles(symbol, tf, config.candles())
                        .map(series -> Map.entry(tf, series))
                        .onFailure(failure -> tf != primary)
                        .recoverWithItem(failure -> {
                            warnings.add(tf + " candles unavailable (" + FailureReasons.of(failure)
                                    + "): left out of the confluence");
                            return null;
                        }))
                .toList();
        return Uni.join().all(fetches).andFailFast().map(entries -> {
            Map<Timeframe, CandleSeries> byTf = new LinkedHashMap<>();
            entries.stream().filter(Objects::nonNull).forEach(e -> byTf.put(e.getKey(), e.getValue()));
            return new Fetched(byTf, List.copyOf(warnings));
        });
    }

    /** The series by timeframe, the primary one first, and the timeframes left out with why. */
    record Fetched(Map<Timeframe, CandleSeries> byTimeframe, List<String> warnings) {}
}
