package io.fastscanner.scorecard;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.ReplayDataSet;

/**
 * The recorded candles of one exchange the scorecard walks.
 *
 * @param source {@link ScorecardData#BUNDLED} or {@link ScorecardData#DIRECTORY}
 */
public record ReplayData(Exchange exchange, String source, ReplayDataSet set) {}
