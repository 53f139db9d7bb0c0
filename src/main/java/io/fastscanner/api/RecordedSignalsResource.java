package io.fastscanner.api;

import io.fastscanner.errors.ApiError;
import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.marketdata.MarketDataSources;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scan.QuickScanConfig;
import io.fastscanner.scorecard.ledger.LedgerStore;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/scanner/scorecard/signals}: the signals the service gave (scan rows, their deep analyses, live
 * updates), one per candle, with the outcomes measured so far.
 */
@Path("/api/scanner/scorecard/signals")
@Produces(MediaType.APPLICATION_JSON)
public class RecordedSignalsResource {

    static final int MAX_LIMIT = 1000;
    static final int DEFAULT_LIMIT = 100;

    private final LedgerStore ledger;
    private final MarketDataSources sources;
    private final QuickScanConfig quickScan;

    RecordedSignalsResource(LedgerStore ledger, MarketDataSources sources, QuickScanConfig quickScan) {
        this.ledger = ledger;
        this.sources = sources;
        this.quickScan = quickScan;
    }

    @GET
    @Operation(
            summary = "The signals the service gave on one exchange and timeframe, with their outcomes, newest first",
            description = "One per symbol and candle: a later scan of the same candle updates it. Outcomes appear"
                    + " once the horizon's candles have closed (scanner.scorecard.horizons, measured every"
                    + " scanner.scorecard.measure-every).")
    @APIResponse(
            responseCode = "200",
            description = "The recorded signals, newest candle first",
            content = @Content(schema = @Schema(implementation = RecordedSignalsAnswer.class)))
    @APIResponse(
            responseCode = "400",
            description = "INVALID_EXCHANGE, INVALID_SYMBOL, INVALID_TIMEFRAME, UNSUPPORTED_TIMEFRAME, INVALID_LIMIT (a"
                    + " whole number from 1 to 1000), " + Answers.MALFORMED,
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    public Uni<RecordedSignalsAnswer> signals(
            @Parameter(description = "Default scanner.source", example = "binance") @QueryParam("exchange")
                    String exchange,
            @Parameter(
                            description =
                                    "BTC/USDT (URL-encoded), BTC-USDT, BTC_USDT or BTCUSDT; default: every symbol",
                            example = "BTC-USDT")
                    @QueryParam("symbol")
                    String symbol,
            @Parameter(description = "Default scanner.quick-scan.default-timeframe (1h)", example = "1h")
                    @QueryParam("timeframe")
                    String timeframe,
            @Parameter(
                            description = "At most this many signals, 1 to 1000; default 100",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "1000",
                                            defaultValue = "100"))
                    @QueryParam("limit")
                    String limitParam) {
        MarketDataSource source = RequestValues.source(exchange, sources);
        Optional<MarketSymbol> wanted =
                symbol == null || symbol.isBlank() ? Optional.empty() : Optional.of(RequestValues.symbol(symbol));
        Timeframe tf = RequestValues.timeframe(timeframe, quickScan.defaultTimeframe(), source);
        int limit = RequestValues.limit(limitParam, 1, MAX_LIMIT, DEFAULT_LIMIT);
        return ledger.newest(source.exchange(), tf, wanted, limit).map(RecordedSignalsAnswer::of);
    }
}
