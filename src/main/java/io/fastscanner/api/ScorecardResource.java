package io.fastscanner.api;

import io.fastscanner.errors.ApiError;
import io.fastscanner.errors.ApiException;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketDataSources;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scan.QuickScanConfig;
import io.fastscanner.scorecard.ReplayScorecards;
import io.fastscanner.scorecard.ScorecardConfig;
import io.fastscanner.scorecard.ScorecardQuery;
import io.fastscanner.scorecard.ledger.RecordedScorecards;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/scanner/scorecard}: how good the quick signal's BUYs and SELLs were on the recorded candles, walked
 * candle by candle without look-ahead (see docs/scorecard.md); {@code /past-signals}: one symbol's signals of that walk
 * with their outcomes. The work runs off the event loop and is cached: the recorded candles never change.
 */
@Path("/api/scanner/scorecard")
@Produces(MediaType.APPLICATION_JSON)
public class ScorecardResource {

    static final int MAX_LIMIT = 5000;
    static final int DEFAULT_LIMIT = 500;

    private static final String NOT_FOUND = "NO_REPLAY_DATA: no recorded candles for the exchange, the timeframe or a"
            + " symbol, or none scored between from and to";

    private final ReplayScorecards scorecards;
    private final RecordedScorecards recorded;
    private final MarketDataSources sources;
    private final ScorecardConfig config;
    private final QuickScanConfig quickScan;

    ScorecardResource(
            ReplayScorecards scorecards,
            RecordedScorecards recorded,
            MarketDataSources sources,
            ScorecardConfig config,
            QuickScanConfig quickScan) {
        this.scorecards = scorecards;
        this.recorded = recorded;
        this.sources = sources;
        this.config = config;
        this.quickScan = quickScan;
    }

    @GET
    @Operation(
            summary = "The quick signal's historical scorecard on recorded candles",
            description = "Walks the recorded candles candle by candle, rating each from the candles closed at that"
                    + " time only, and compares each signal bucket's forward returns with every candle's (the"
                    + " baseline), with HAC intervals and a Holm-corrected test. Returns are fractions (0.01 = 1 %)."
                    + " With source=recorded: the same statistics over the outcomes of the signals the service gave"
                    + " (GET /api/scanner/scorecard/signals), the baseline being every recorded signal, HOLD"
                    + " included, measured at the horizon.")
    @APIResponse(
            responseCode = "200",
            description = "The scorecard",
            content = @Content(schema = @Schema(implementation = ScorecardAnswer.class)))
    @APIResponse(
            responseCode = "400",
            description = "INVALID_SOURCE (replay or recorded), INVALID_EXCHANGE (with source=recorded),"
                    + " INVALID_TIMEFRAME, INVALID_SYMBOL, INVALID_HORIZONS (at most 10, each 1 to 500),"
                    + " INVALID_FROM, INVALID_TO, INVALID_RANGE (from after to), INVALID_DEEP (true or false), "
                    + Answers.MALFORMED,
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    @APIResponse(
            responseCode = "404",
            description = NOT_FOUND + "; NO_RECORDED_SIGNALS: with source=recorded, no signal recorded for the"
                    + " exchange, the timeframe and the symbols between from and to",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "503",
            description = "SCORECARD_BUSY: too many scorecards are being computed; retry after Retry-After",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<ScorecardAnswer> scorecard(
            @Parameter(
                            description = "replay (default): the quick signal walked over recorded candles;"
                                    + " recorded: the signals the service gave, with their measured outcomes",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"replay", "recorded"},
                                            defaultValue = "replay"))
                    @QueryParam("source")
                    String source,
            @Parameter(
                            description = "Whose recorded candles; default binance (the bundled year). With"
                                    + " source=recorded: the market the signals were given on, default scanner.source",
                            example = "binance")
                    @QueryParam("exchange")
                    String exchange,
            @Parameter(description = "Default 1h", example = "1h") @QueryParam("timeframe") String timeframe,
            @Parameter(
                            description = "First candle scored: an ISO date (from its start, UTC) or instant",
                            example = "2025-06-01")
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "Last candle scored: an ISO date (to its end, UTC) or instant",
                            example = "2026-03-31")
                    @QueryParam("to")
                    String to,
            @Parameter(
                            description = "Comma list of symbols in any spelling; default every symbol recorded",
                            example = "BTC/USDT,ETH/USDT")
                    @QueryParam("symbols")
                    String symbols,
            @Parameter(
                            description = "Comma list of horizons in candles, 1 to 500; default"
                                    + " scanner.scorecard.horizons (1,4,24)",
                            example = "1,4,24")
                    @QueryParam("horizons")
                    String horizons,
            @Parameter(
                            description = "true: also score the deep analysis' opportunity score, in the"
                                    + " opportunity array (ML left out); default false",
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    @QueryParam("deep")
                    String deep) {
        ScorecardParams.Range range = ScorecardParams.range(from, to);
        if (ScorecardParams.recorded(source)) {
            if (ScorecardParams.deep(deep)) {
                throw ApiException.badRequest(
                        "INVALID_DEEP",
                        "deep=true scores recorded candles; it cannot be combined with source=recorded");
            }
            return recorded.scorecard(
                            recordedExchange(exchange),
                            ScorecardParams.timeframe(timeframe, quickScan.defaultTimeframe()),
                            ScorecardParams.symbols(symbols),
                            range.fromMs(),
                            range.toMs(),
                            ScorecardParams.horizons(horizons, config.horizons()).stream()
                                    .distinct()
                                    .sorted()
                                    .toList())
                    .map(ScorecardAnswer::of);
        }
        ScorecardQuery query = new ScorecardQuery(
                ScorecardParams.exchange(exchange),
                ScorecardParams.timeframe(timeframe, quickScan.defaultTimeframe()),
                ScorecardParams.symbols(symbols),
                range.fromMs(),
                range.toMs(),
                ScorecardParams.horizons(horizons, config.horizons()),
                ScorecardParams.deep(deep));
        return scorecards.scorecard(query).map(ScorecardAnswer::of);
    }

    /** The market whose recorded signals are scored: default scanner.source, else 400 INVALID_EXCHANGE. */
    private Exchange recordedExchange(String raw) {
        if (raw == null || raw.isBlank()) {
            return sources.defaultExchange();
        }
        return Exchange.fromId(raw)
                .orElseThrow(() -> ApiException.badRequest(
                        "INVALID_EXCHANGE",
                        "Unknown exchange '" + SymbolResolver.echo(raw) + "'; use one of " + Exchange.ids()));
    }

    @GET
    @Path("/past-signals")
    @Operation(
            summary = "One symbol's BUY and SELL signals of the scorecard's walk, with their outcomes",
            description = "For a chart: the signals the walk gave on the recorded candles (each rated from the"
                    + " candles closed at its time), oldest first, with the outcome at each horizon that has closed.")
    @APIResponse(
            responseCode = "200",
            description = "The signals",
            content = @Content(schema = @Schema(implementation = PastSignalsAnswer.class)))
    @APIResponse(
            responseCode = "400",
            description = "INVALID_SYMBOL (missing or not a symbol), INVALID_TIMEFRAME, INVALID_FROM, INVALID_TO,"
                    + " INVALID_RANGE, INVALID_CHANGES (true or false), INVALID_LIMIT (1 to 5000), "
                    + Answers.MALFORMED,
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    @APIResponse(
            responseCode = "404",
            description = NOT_FOUND,
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "503",
            description = "SCORECARD_BUSY: too many scorecards are being computed; retry after Retry-After",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<PastSignalsAnswer> pastSignals(
            @Parameter(description = "Whose recorded candles; default binance (the bundled year)", example = "binance")
                    @QueryParam("exchange")
                    String exchange,
            @Parameter(description = "BTC/USDT, BTC-USDT, BTC_USDT or BTCUSDT", required = true, example = "BTC/USDT")
                    @QueryParam("symbol")
                    String symbol,
            @Parameter(description = "Default 1h", example = "1h") @QueryParam("timeframe") String timeframe,
            @Parameter(description = "An ISO date (from its start, UTC) or instant", example = "2026-04-01")
                    @QueryParam("from")
                    String from,
            @Parameter(description = "An ISO date (to its end, UTC) or instant", example = "2026-04-20")
                    @QueryParam("to")
                    String to,
            @Parameter(
                            description = "true (default): only candles whose signal differs from the candle"
                                    + " before's, the entries; false: every BUY and SELL candle",
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
                    @QueryParam("changes")
                    String changes,
            @Parameter(
                            description = "The newest this many signals, 1 to 5000; default 500",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "5000",
                                            defaultValue = "500"))
                    @QueryParam("limit")
                    String limit) {
        if (symbol == null || symbol.isBlank()) {
            throw ApiException.badRequest("INVALID_SYMBOL", "symbol is required, e.g. BTC/USDT");
        }
        MarketSymbol parsed = RequestValues.symbol(symbol);
        Exchange ex = ScorecardParams.exchange(exchange);
        Timeframe tf = ScorecardParams.timeframe(timeframe, quickScan.defaultTimeframe());
        ScorecardParams.Range range = ScorecardParams.range(from, to);
        boolean onlyChanges = ScorecardParams.changes(changes);
        int newest = RequestValues.limit(limit, 1, MAX_LIMIT, DEFAULT_LIMIT);
        List<Integer> horizons = config.horizons().stream().distinct().sorted().toList();
        return scorecards
                .pastSignals(ex, parsed, tf, range.fromMs(), range.toMs(), onlyChanges, newest, horizons)
                .map(signals -> new PastSignalsAnswer(true, ex, parsed, tf, signals));
    }
}
