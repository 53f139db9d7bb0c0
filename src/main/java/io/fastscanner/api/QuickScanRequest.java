package io.fastscanner.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/scanner/quick-scan}; every field optional. Unknown fields are ignored so clients of the
 * original design (which send {@code exchange}, {@code signal}, {@code minStrength} ...) keep working.
 *
 * @param symbols   e.g. {@code ["BTC/USDT", "ETHUSDT"]}; absent or empty scans the default universe
 * @param timeframe e.g. {@code 1h}; absent uses {@code scanner.quick-scan.default-timeframe}
 * @param trigger   {@code manual} when a person asked (the dashboard sends it), otherwise {@code api}
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
                description = "manual when a person asked (the dashboard sends it)",
                enumeration = {"manual", "api"},
                defaultValue = "api")
        String trigger) {

    static final QuickScanRequest NONE = new QuickScanRequest(null, null, null);
}
