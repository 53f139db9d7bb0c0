package io.fastscanner.api;

import io.fastscanner.indicators.Indicators;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scan.QuickScanConfig;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /api/scanner/symbol/{symbol}/candles}: closed candles with their EMA lines, for charts. */
@Path("/api/scanner/symbol/{symbol}/candles")
@Produces(MediaType.APPLICATION_JSON)
public class CandlesResource {

    static final int MIN_LIMIT = 10;
    static final int MAX_LIMIT = 1000;
    /** Extra candles fetched before the window so that even EMA200 has settled at its first candle. */
    static final int WARMUP = 250;
    private static final int[] EMA_PERIODS = {21, 50, 200};

    @Inject
    MarketDataSource source;
    @Inject
    QuickScanConfig quickScan;

    @GET
    @Operation(summary = "A symbol's newest closed candles with EMA 21/50/200, oldest first")
    public Uni<Map<String, Object>> candles(@PathParam("symbol") String raw, @QueryParam("timeframe") String timeframe,
            @QueryParam("limit") @DefaultValue("200") String limitParam) {
        MarketSymbol symbol = MarketSymbol.parse(raw).orElseThrow(() -> ApiException.badRequest("INVALID_SYMBOL",
                "Not a symbol: '" + SymbolResolver.echo(raw) + "'; use BASE/QUOTE, BASE-QUOTE, BASE_QUOTE or BASEQUOTE"));
        int limit = limit(limitParam);
        Timeframe tf = RequestValidation.timeframe(timeframe, quickScan.defaultTimeframe(), source);
        return source.symbols().onItem().transformToUni(known -> {
            if (!known.contains(symbol)) {
                throw ApiException.notFound("UNKNOWN_SYMBOL", symbol + " is not traded on " + source.name());
            }
            return source.candles(symbol, tf, limit + WARMUP).map(series -> body(series, limit));
        });
    }

    private static int limit(String raw) {
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= MIN_LIMIT && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badRequest("INVALID_LIMIT", "limit must be an integer from " + MIN_LIMIT + " to "
                + MAX_LIMIT + ", got '" + SymbolResolver.echo(raw) + "'");
    }

    private Map<String, Object> body(CandleSeries series, int limit) {
        int from = Math.max(0, series.size() - limit);
        List<Map<String, Object>> candles = new ArrayList<>(series.size() - from);
        for (int i = from; i < series.size(); i++) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("t", series.openTime(i));
            c.put("o", series.opens()[i]);
            c.put("h", series.highs()[i]);
            c.put("l", series.lows()[i]);
            c.put("c", series.closes()[i]);
            c.put("v", series.volumes()[i]);
            candles.add(c);
        }
        Map<String, Object> ema = new LinkedHashMap<>();
        for (int period : EMA_PERIODS) {
            ema.put("ema" + period, window(Indicators.ema(series.closes(), period), from));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("symbol", series.symbol().toString());
        body.put("timeframe", series.timeframe().label());
        body.put("exchange", source.name());
        body.put("candles", candles);
        body.put("ema", ema);
        return body;
    }

    private static List<Double> window(double[] values, int from) {
        List<Double> out = new ArrayList<>(values.length - from);
        for (int i = from; i < values.length; i++) {
            out.add(Double.isNaN(values[i]) ? null : values[i]);
        }
        return out;
    }
}
