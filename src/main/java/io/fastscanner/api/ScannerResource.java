package io.fastscanner.api;

import io.fastscanner.errors.ApiError;
import io.fastscanner.errors.ApiException;
import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.marketdata.MarketDataSources;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scan.ExchangeScope;
import io.fastscanner.scan.QuickScanConfig;
import io.fastscanner.scan.QuickScanService;
import io.fastscanner.scan.ScanHistoryEntry;
import io.fastscanner.scan.ScanTrigger;
import io.fastscanner.scan.ScanView;
import io.fastscanner.scan.SymbolAnalysis;
import io.fastscanner.schedule.SlotClaims;
import io.fastscanner.screens.Screen;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The scanner's HTTP API (paths and field names as in the original design, so its frontends keep working). */
@Path("/api/scanner")
@Produces(MediaType.APPLICATION_JSON)
public class ScannerResource {

    private final QuickScanService scans;
    private final ScanView view;
    private final MarketDataSources sources;
    private final QuickScanConfig quickScan;
    private final StatusAssembler status;
    private final JsonBodies bodies;
    private final SlotClaims slots;
    private final ScreenChoice screens;
    private final int maxSymbols;

    ScannerResource(
            QuickScanService scans,
            ScanView view,
            MarketDataSources sources,
            QuickScanConfig quickScan,
            StatusAssembler status,
            JsonBodies bodies,
            SlotClaims slots,
            ScreenChoice screens,
            ApiConfig config) {
        this.scans = scans;
        this.view = view;
        this.sources = sources;
        this.quickScan = quickScan;
        this.status = status;
        this.bodies = bodies;
        this.slots = slots;
        this.screens = screens;
        this.maxSymbols = config.maxSymbols();
    }

    @POST
    @Path("/quick-scan")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(
            required = false,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QuickScanRequest.class)))
    @Operation(
            summary = "Run phase 1 of a scan and return every symbol's quick signal",
            description = "Without symbols it scans the default universe. The deep analysis then runs in the "
                    + "background and is streamed by /api/scanner/events. With a screen (or screenId) the answer keeps "
                    + "the rows that pass it; the scan, its stored results and its events keep every row.")
    @APIResponse(
            responseCode = "200",
            description = "The quick scan is done",
            content = @Content(schema = @Schema(implementation = QuickScanAnswer.class)))
    @APIResponse(
            responseCode = "400",
            description = "INVALID_JSON, INVALID_FIELD_TYPE, INVALID_EXCHANGE, INVALID_TIMEFRAME, "
                    + "UNSUPPORTED_TIMEFRAME, INVALID_TRIGGER, INVALID_SLOT, TOO_MANY_SYMBOLS, UNKNOWN_SYMBOLS (with the rejected symbols "
                    + "in error.details), INVALID_SCREEN (screen and screenId both given, a screen that does not parse, "
                    + "with error.position, or one that reads deep-analysis fields), " + Answers.MALFORMED,
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    @APIResponse(ref = "ScreenNotFound", responseCode = "404")
    @APIResponse(
            responseCode = "409",
            description = "SLOT_TAKEN: the scheduled slot has been scanned already (by this or another replica)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(ref = "PayloadTooLarge", responseCode = "413")
    @APIResponse(ref = "UnsupportedMediaType", responseCode = "415")
    @APIResponse(ref = "ScanUnavailable", responseCode = "503")
    public Uni<QuickScanAnswer> quickScan(String rawBody) {
        QuickScanRequest read = bodies.readOptional(rawBody, QuickScanRequest.class);
        QuickScanRequest body = read == null ? QuickScanRequest.NONE : read;
        ScanTrigger trigger = trigger(body.trigger());
        List<MarketDataSource> chosen = RequestValues.sources(body.exchange(), body.exchanges(), sources);
        Timeframe timeframe = quickScan.defaultTimeframe();
        for (MarketDataSource source : chosen) {
            timeframe = RequestValues.timeframe(body.timeframe(), quickScan.defaultTimeframe(), source);
        }
        List<String> requested = body.symbols() == null ? List.of() : body.symbols();
        if (requested.size() > maxSymbols) {
            throw ApiException.badRequest(
                    "TOO_MANY_SYMBOLS", "At most " + maxSymbols + " symbols per scan, got " + requested.size());
        }
        Instant slot = slot(body.slot(), trigger);
        Timeframe tf = timeframe;
        return screens.of(body.screen(), body.screenId()).flatMap(screen -> {
            screen.ifPresent(ScreenChoice::requireQuickFields);
            if (slot == null) {
                return scan(chosen, requested, tf, trigger, screen);
            }
            return slots.claim(slot).onItem().transformToUni(mine -> {
                if (!mine) {
                    throw new ApiException(
                            ApiException.CONFLICT,
                            "SLOT_TAKEN",
                            "The scheduled slot " + slot + " has been scanned already");
                }
                return scan(chosen, requested, tf, trigger, screen).onFailure().call(failure -> slots.release(slot));
            });
        });
    }

    private Uni<QuickScanAnswer> scan(
            List<MarketDataSource> chosen,
            List<String> requested,
            Timeframe timeframe,
            ScanTrigger trigger,
            Optional<Screen> screen) {
        if (requested.isEmpty()) {
            List<ExchangeScope> scopes = chosen.stream()
                    .map(source -> new ExchangeScope(source.exchange(), List.of()))
                    .toList();
            return scans.scanExchanges(scopes, timeframe, trigger).map(r -> QuickScanAnswer.of(r, List.of(), screen));
        }
        return ExchangeSymbols.resolve(chosen, requested).onItem().transformToUni(resolved -> {
            if (resolved.scopes().isEmpty()) {
                throw ApiException.badRequest(
                        "UNKNOWN_SYMBOLS",
                        "None of the requested symbols can be scanned on "
                                + chosen.stream()
                                        .map(source -> source.exchange().id())
                                        .collect(Collectors.joining(" or ")),
                        resolved.rejected());
            }
            return scans.scanExchanges(resolved.scopes(), timeframe, trigger)
                    .map(r -> QuickScanAnswer.of(r, resolved.rejected(), screen));
        });
    }

    private static ScanTrigger trigger(String requested) {
        if (requested == null || requested.equalsIgnoreCase("api")) {
            return ScanTrigger.API;
        }
        if (requested.equalsIgnoreCase("manual")) {
            return ScanTrigger.MANUAL;
        }
        if (requested.equalsIgnoreCase("schedule")) {
            return ScanTrigger.SCHEDULE;
        }
        throw ApiException.badRequest("INVALID_TRIGGER", "trigger must be 'manual', 'api' or 'schedule'");
    }

    /** The scheduled slot a {@code schedule} scan names, or null when it names none. */
    private static Instant slot(String requested, ScanTrigger trigger) {
        if (requested == null) {
            return null;
        }
        if (trigger != ScanTrigger.SCHEDULE) {
            throw ApiException.badRequest("INVALID_SLOT", "slot goes with trigger 'schedule'");
        }
        try {
            return Instant.parse(requested).truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(
                    "INVALID_SLOT",
                    "slot must be an ISO-8601 time such as 2026-11-30T12:15:00Z, got '" + requested + "'");
        }
    }

    @GET
    @Path("/scan-status")
    @Operation(summary = "The scanner's status and the history of recent scans")
    @APIResponse(
            responseCode = "200",
            description = "Status and history, newest scan first",
            content = @Content(schema = @Schema(implementation = ScanStatusAnswer.class)))
    @APIResponse(ref = "BadRequest", responseCode = "400")
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    public Uni<ScanStatusAnswer> scanStatus() {
        return Uni.combine()
                .all()
                .unis(status.status(), view.history())
                .with((now, history) -> new ScanStatusAnswer(true, now, history));
    }

    @GET
    @Path("/symbol/{symbol: .+}")
    @Operation(
            summary = "One symbol's signal, indicator values and deep analysis",
            description = "The row of the latest scan when it scanned the symbol on this timeframe (with its deep "
                    + "analysis once done); otherwise the quick signal computed now, without deep analysis.")
    @APIResponse(
            responseCode = "200",
            description = "The symbol's row, indicators, votes and deep analysis",
            content = @Content(schema = @Schema(implementation = SymbolAnswer.class)))
    @APIResponse(
            responseCode = "400",
            description =
                    "INVALID_SYMBOL, INVALID_EXCHANGE, INVALID_TIMEFRAME, UNSUPPORTED_TIMEFRAME, " + Answers.MALFORMED,
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    @APIResponse(ref = "UnknownSymbol", responseCode = "404")
    @APIResponse(ref = "ExchangeUnavailable", responseCode = "503")
    public Uni<SymbolAnswer> symbol(
            @Parameter(description = "BTC/USDT (URL-encoded), BTC-USDT, BTC_USDT or BTCUSDT", example = "BTC-USDT")
                    @PathParam("symbol")
                    String raw,
            @Parameter(
                            description = "Default: the latest scan's timeframe, else "
                                    + "scanner.quick-scan.default-timeframe (1h)",
                            example = "4h")
                    @QueryParam("timeframe")
                    String timeframe,
            @Parameter(description = "Default scanner.source", example = "okx") @QueryParam("exchange")
                    String exchange) {
        MarketDataSource source = RequestValues.source(exchange, sources);
        MarketSymbol symbol = RequestValues.symbol(raw);
        return Uni.combine()
                .all()
                .unis(view.analysis(source.exchange(), symbol), view.overview())
                .asTuple()
                .flatMap(read -> {
                    Optional<SymbolAnalysis> fromScan = read.getItem1();
                    ScanHistoryEntry latest = read.getItem2().latest();
                    Timeframe latestTimeframe = fromScan.map(a -> a.row().timeframe())
                            .orElse(latest == null ? quickScan.defaultTimeframe() : latest.timeframe());
                    Timeframe tf = RequestValues.timeframe(timeframe, latestTimeframe, source);
                    if (fromScan.isPresent() && fromScan.get().row().timeframe() == tf) {
                        return Uni.createFrom().item(SymbolAnswer.of(fromScan.get()));
                    }
                    return RequestValues.traded(symbol, source)
                            .flatMap(known -> scans.analyseNow(source.exchange(), known, tf))
                            .map(SymbolAnswer::of);
                });
    }
}
