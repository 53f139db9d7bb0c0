package io.fastscanner.scan;

import io.fastscanner.scannerapi.ScannerApiResult;
import java.util.LinkedHashMap;
import java.util.Map;

/** The scanner_api's view of one symbol, or why there is none, for {@code deepAnalysis.scanner_api}. */
final class SecondOpinions {

    private SecondOpinions() {
    }

    static Object forSymbol(ScannerApiResult result, Signal ours) {
        if (result.isOk()) {
            var opinion = result.opinion(ours.symbol());
            if (opinion.isPresent()) {
                return opinion.get().withAgreement(ours.signal());
            }
        }
        Map<String, Object> none = new LinkedHashMap<>();
        none.put("source", "scanner_api");
        none.put("status", result.status());
        none.put("reason", result.isOk() ? "no signal for this symbol in its answer" : result.reason());
        none.put("timeframeLabel", result.timeframeLabel());
        return none;
    }
}
