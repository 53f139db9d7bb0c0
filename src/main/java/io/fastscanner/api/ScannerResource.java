package io.fastscanner.api;

import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scan.QuickScanConfig;
import io.fastscanner.scan.QuickScanService;
import io.fastscanner.scan.ScanResult;
import io.fastscanner.scan.ScanState;
import io.fastscanner.scan.ScanTrigger;
import io.fastscanner.scan.Signal;
import io.fastscanner.scan.SymbolAnalysis;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The scanner's HTTP API (paths and field names as in the original design, so its frontends keep working). */
@Path("/api/scanner")
@Produces(MediaType.APPLICATION_JSON)
public class ScannerResource {

    @Inject
    QuickScanService scans;
    @Inject
    ScanState state;
    @Inject
    MarketDataSource source;
    @Inject
    QuickScanConfig quickScan;
    @Inject
    StatusAssembler status;
    @Inject
    JsonBodies bodies;

    @ConfigProperty(name = "scanner.max-symbols", defaultValue = "500")
    int maxSymbols;

    @POST
    @Path("/quick-scan")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = QuickScanRequest.class)))
    @Operation(summary = "Run phase 1 of a scan and return every symbol's quick signal")
    public Uni<Map<String, Object>> quickScan(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            String rawBody) {
        QuickScanRequest request = bodies.readOptional(contentType, rawBody, QuickScanRequest.class);
        QuickScanRequest body = request == null ? new QuickScanRequest(null, null, null) : request;
        ScanTrigger trigger = trigger(body.trigger());
        Timeframe timeframe = RequestValidation.timeframe(body.timeframe(), quickScan.defaultTimeframe(), source);
        List<String> requested = body.symbols() == null ? List.of() : body.symbols();
        if (requested.size() > maxSymbols) {
            throw ApiException.badRequest("TOO_MANY_SYMBOLS", "At most " + maxSymbols + " symbols per scan, got "
                    + requested.size());
        }
        if (requested.isEmpty()) {
            return scans.scan(List.of(), timeframe, trigger).map(r -> response(r, List.of()));
        }
        return source.symbols().onItem().transformToUni(known -> {
            SymbolResolver.Resolution resolution = SymbolResolver.resolve(requested, known);
            if (resolution.symbols().isEmpty()) {
                throw ApiException.badRequest("UNKNOWN_SYMBOLS", "None of the requested symbols can be scanned on "
                        + source.name(), resolution.rejected());
            }
            return scans.scan(resolution.symbols(), timeframe, trigger)
                    .map(r -> response(r, resolution.rejected()));
        });
    }

    private static ScanTrigger trigger(String requested) {
        if (requested == null || requested.equalsIgnoreCase("api")) {
            return ScanTrigger.API;
        }
        if (requested.equalsIgnoreCase("manual")) {
            return ScanTrigger.MANUAL;
        }
        throw ApiException.badRequest("INVALID_TRIGGER", "trigger must be 'manual' or 'api'");
    }

    private Map<String, Object> response(ScanResult result, List<RejectedSymbol> rejected) {
        List<Signal> signals = result.signals();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("scanId", result.scanId());
        body.put("signals", signals);
        body.put("count", signals.size());
        body.put("message", Messages.quickScan(signals));
        body.put("durationMs", result.durationMs());
        body.put("timeframe", result.timeframe().label());
        body.put("exchange", result.exchange());
        body.put("dataTime", result.dataTime());
        body.put("rejected", rejected);
        return body;
    }

    @GET
    @Path("/results")
    @Operation(summary = "The latest scan's signals and the scanner's status")
    public Map<String, Object> results() {
        List<Signal> signals = state.signals();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("signals", signals);
        body.put("count", signals.size());
        body.put("status", status.status());
        return body;
    }

    @GET
    @Path("/scan-status")
    @Operation(summary = "The scanner's status and the history of recent scans")
    public Map<String, Object> scanStatus() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("status", status.status());
        body.put("history", state.history());
        return body;
    }

    @GET
    @Path("/symbol/{symbol: .+}")
    @Operation(summary = "One symbol's signal, indicator values and deep analysis. Accepts BTC/USDT (encoded), "
            + "BTC-USDT, BTC_USDT and BTCUSDT")
    public Uni<Map<String, Object>> symbol(@PathParam("symbol") String raw) {
        MarketSymbol symbol = MarketSymbol.parse(raw).orElseThrow(() -> ApiException.badRequest("INVALID_SYMBOL",
                "Not a symbol: '" + SymbolResolver.echo(raw) + "'; use BASE/QUOTE, BASE-QUOTE, BASE_QUOTE or BASEQUOTE"));
        var fromScan = state.analysis(symbol.toString());
        if (fromScan.isPresent()) {
            return Uni.createFrom().item(symbolBody(symbol, fromScan.get()));
        }
        return source.symbols().onItem().transformToUni(known -> {
            if (!known.contains(symbol)) {
                throw ApiException.notFound("UNKNOWN_SYMBOL", symbol + " is not traded on " + source.name());
            }
            Timeframe tf = RequestValidation.timeframe(null, quickScan.defaultTimeframe(), source);
            return scans.analyseNow(symbol, tf).map(a -> symbolBody(symbol, a));
        });
    }

    private static Map<String, Object> symbolBody(MarketSymbol symbol, SymbolAnalysis analysis) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("symbol", symbol.toString());
        body.put("signal", analysis.signal());
        body.put("indicators", analysis.indicators());
        body.put("rating", analysis.rating());
        body.put("deepAnalysis", analysis.deepAnalysis());
        return body;
    }
}
