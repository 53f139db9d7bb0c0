package io.fastscanner.api;

import io.fastscanner.errors.ApiError;
import io.fastscanner.indicators.Indicators;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.marketdata.MarketDataSources;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scan.QuickScanConfig;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/scanner/symbol/{symbol}/candles}: closed candles with their EMA lines, for charts. Up to
 * {@value #WARMUP} candles before the window are fetched so that even EMA200 has settled at its first candle; a
 * source serves at most {@link MarketDataSource#maxCandles()} per call (Binance 999), so near that limit the window's
 * first candles have less warm-up, and a window larger than the source serves is cut to what it serves.
 */
@Path("/api/scanner/symbol/{symbol}/candles")
@Produces(MediaType.APPLICATION_JSON)
public class CandlesResource {

    static final int MIN_LIMIT = 10;
    static final int MAX_LIMIT = 1000;
    static final int DEFAULT_LIMIT = 200;
    /** Extra candles fetched before the window so that even EMA200 has settled at its first candle. */
    static final int WARMUP = 250;

    private final MarketDataSources sources;
    private final QuickScanConfig quickScan;

    CandlesResource(MarketDataSources sources, QuickScanConfig quickScan) {
        this.sources = sources;
        this.quickScan = quickScan;
    }

    @GET
    @Operation(summary = "A symbol's newest closed candles with EMA 21/50/200, oldest first")
    @APIResponse(
            responseCode = "200",
            description = "The candles and the EMA lines",
            content = @Content(schema = @Schema(implementation = CandlesAnswer.class)))
    @APIResponse(
            responseCode = "400",
            description = "INVALID_SYMBOL, INVALID_EXCHANGE, INVALID_TIMEFRAME, UNSUPPORTED_TIMEFRAME, "
                    + "INVALID_LIMIT (a whole number from 10 to 1000), " + Answers.MALFORMED,
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    @APIResponse(ref = "UnknownSymbol", responseCode = "404")
    @APIResponse(ref = "ExchangeUnavailable", responseCode = "503")
    public Uni<CandlesAnswer> candles(
            @Parameter(description = "BTC/USDT (URL-encoded), BTC-USDT, BTC_USDT or BTCUSDT", example = "BTC-USDT")
                    @PathParam("symbol")
                    String raw,
            @Parameter(description = "Default scanner.quick-scan.default-timeframe (1h)", example = "4h")
                    @QueryParam("timeframe")
                    String timeframe,
            @Parameter(
                            description = "Candles in the window, 10 to 1000; default 200",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "10",
                                            maximum = "1000",
                                            defaultValue = "200"))
                    @QueryParam("limit")
                    String limitParam,
            @Parameter(description = "Default scanner.source", example = "okx") @QueryParam("exchange")
                    String exchange) {
        MarketDataSource source = RequestValues.source(exchange, sources);
        MarketSymbol symbol = RequestValues.symbol(raw);
        int limit = RequestValues.limit(limitParam, MIN_LIMIT, MAX_LIMIT, DEFAULT_LIMIT);
        Timeframe tf = RequestValues.timeframe(timeframe, quickScan.defaultTimeframe(), source);
        int fetch = Math.min(limit + WARMUP, source.maxCandles());
        return RequestValues.traded(symbol, source)
                .flatMap(known -> source.candles(known, tf, fetch))
                .map(series -> answer(source, series, limit));
    }

    private static CandlesAnswer answer(MarketDataSource source, CandleSeries series, int limit) {
        int from = Math.max(0, series.size() - limit);
        List<CandlesAnswer.CandleBar> candles = new ArrayList<>(series.size() - from);
        for (int i = from; i < series.size(); i++) {
            candles.add(new CandlesAnswer.CandleBar(
                    series.openTime(i),
                    series.opens()[i],
                    series.highs()[i],
                    series.lows()[i],
                    series.closes()[i],
                    series.volumes()[i]));
        }
        double[] closes = series.closes();
        CandlesAnswer.EmaLines ema = new CandlesAnswer.EmaLines(
                window(Indicators.ema(closes, 21), from),
                window(Indicators.ema(closes, 50), from),
                window(Indicators.ema(closes, 200), from));
        return new CandlesAnswer(true, series.symbol(), series.timeframe(), source.exchange(), candles, ema);
    }

    private static List<Double> window(double[] values, int from) {
        List<Double> out = new ArrayList<>(values.length - from);
        for (int i = from; i < values.length; i++) {
            out.add(Double.isNaN(values[i]) ? null : values[i]);
        }
        return out;
    }
}
