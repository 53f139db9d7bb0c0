package io.fastscanner.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * Body of {@code POST /api/scanner/quick-scan}; both fields optional. Unknown fields are ignored so clients of the
 * original design (which send {@code exchange}, {@code signal}, {@code minStrength} ...) keep working.
 *
 * @param symbols   e.g. {@code ["BTC/USDT", "ETHUSDT"]}; absent or empty scans the default universe
 * @param timeframe e.g. {@code 1h}; absent uses {@code scanner.quick-scan.default-timeframe}
 * @param trigger   {@code manual} when a person asked (the dashboard sends it), otherwise {@code api}
 */
@RegisterForReflection
public record QuickScanRequest(List<String> symbols, String timeframe, String trigger) {
}
