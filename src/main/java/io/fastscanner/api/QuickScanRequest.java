package io.fastscanner.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/scanner/quick-scan}; every field optional. Unknown fields are ignored so clients of the
 * original design (which send {@code signal}, {@code minStrength} ...) keep working.
 *
 * @param symbols   e.g. {@code ["BTC/USDT", "ETHUSDT"]}; absent or empty scans the default universe
 * @param timeframe e.g. {@code 1h}; absent uses {@code scanner.quick-scan.default-timeframe}
 * @param trigger   {@code manual} when a person asked (the dashboard sends it), {@code schedule} from a scheduler
 *                  outside the service, otherwise {@code api}
 * @param slot      with {@code schedule}: the scheduled time this scan is for; a slot is scanned at most once
 * @param exchange  {@code okx}; absent: {@code scanner.source}
 * @param exchanges several exchanges instead of one
 * @param screen    an expression: the answer keeps the rows that pass it
 * @param screenId  a saved screen's id, instead of {@code screen}
 */
@RegisterForReflection
@Schema(description = "Every field is optional; unknown fields are ignored")
public record QuickScanRequest(
        @Schema(
                description = "In any spelling: BTC/USDT, BTC-USDT, BTC_USDT, BTCUSDT; absent or empty scans the "
                        + "default universe; at most scanner.max-symbols (500)")
        List<String> symbols,

        @Schema(description = "Candle interval; default scanner.quick-scan.default-timeframe (1h)", example = "4h")
        String timeframe,

        @Schema(
                description = "manual when a person asked (the dashboard sends it); schedule from a scheduler such as a"
                        + " Kubernetes CronJob",
                enumeration = {"manual", "api", "schedule"},
                defaultValue = "api")
        String trigger,

        @Schema(
                description = "With trigger schedule: the scheduled time (ISO-8601) the scan is for. A slot is scanned"
                        + " at most once, by whichever replica claims it first; a failed scan gives it back",
                example = "2026-11-30T12:15:00Z")
        String slot,

        @Schema(
                description =
                        "The exchange to scan; default scanner.source. Unknown or unavailable: 400 INVALID_EXCHANGE",
                enumeration = {"binance", "bybit", "okx", "coinbase", "kraken", "kucoin", "replay", "synthetic"},
                example = "okx")
        String exchange,

        @Schema(
                description = "Several exchanges scanned in parallel, each with its own request budget: one row per "
                        + "(exchange, symbol), each naming its exchange. Instead of exchange, not with it",
                example = "[\"binance\", \"okx\"]")
        List<String> exchanges,

        @Schema(
                description =
                        "Keep only the rows that pass this screen (docs/screens.md); the scan still analyses every"
                                + " symbol. Row and indicator fields only: deep-analysis fields are refused (400 INVALID_SCREEN)."
                                + " Not with screenId",
                example = "signal == \"BUY\" and rsi14 < 70")
        String screen,

        @Schema(
                description = "The same with a saved screen, by its id (404 SCREEN_NOT_FOUND if none has it). Not with"
                        + " screen",
                example = "scr-7f3a9c2e51b8")
        String screenId) {

    static final QuickScanRequest NONE = new QuickScanRequest(null, null, null, null, null, null, null, null);
}
