package io.fastscanner.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.analysis.DeepAnalysis;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scannerapi.NoSecondOpinion;
import io.fastscanner.scannerapi.ScannerApiOpinion;
import io.fastscanner.scannerapi.SecondOpinion;
import io.fastscanner.signal.SignalType;
import io.fastscanner.testing.Scans;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With {@code scanner.store=redis} a scan's analyses and history are kept as JSON and read back by the other
 * replicas: what they read must be exactly what the scanning replica had, written with the service's own mapper.
 */
@QuarkusTest
class StoredJsonTest {

    @Inject
    ObjectMapper json;

    @Inject
    ScanState state;

    @Test
    void everyAnalysisOfAScanReadsBackEqual() throws Exception {
        String scanId = Scans.scan("{\"symbols\":[\"BTC/USDT\",\"ETH/USDT\",\"SOL/USDT\"],\"timeframe\":\"1h\"}");
        Scans.awaitDeepAnalysis(scanId);

        ScanResult scan = state.latest().orElseThrow();
        List<SymbolAnalysis> analyses = scan.analyses().stream()
                .map(a -> state.analysis(a.listing()).orElseThrow())
                .toList();
        assertThat(analyses).allSatisfy(a -> assertThat(a.deepAnalysis()).isNotNull());
        assertThat(analyses)
                .anySatisfy(a -> assertThat(a.deepAnalysis().mlPrediction()).isNotNull());

        for (SymbolAnalysis analysis : analyses) {
            assertThat(json.readValue(json.writeValueAsString(analysis), SymbolAnalysis.class))
                    .isEqualTo(analysis);
        }
        ScanHistoryEntry entry = state.history().get(0);
        assertThat(json.readValue(json.writeValueAsString(entry), ScanHistoryEntry.class))
                .isEqualTo(entry);
    }

    @Test
    void eitherKindOfSecondOpinionReadsBackAsItsKind() throws Exception {
        SecondOpinion opinion = new ScannerApiOpinion(
                ScannerApiOpinion.SOURCE,
                "async",
                "medium",
                "1h",
                SignalType.BUY,
                "trending_up",
                0.9012,
                72.43,
                41_000.0,
                46_000.0,
                2.1,
                43_000.0,
                true,
                Instant.parse("2026-11-30T12:00:00Z"));
        SecondOpinion none = NoSecondOpinion.pending(Timeframe.H1);

        for (SecondOpinion written : List.of(opinion, none)) {
            String text = json.writeValueAsString(written);
            assertThat(text).doesNotContain("@type").doesNotContain("\"type\"");
            assertThat(json.readValue(text, SecondOpinion.class)).isEqualTo(written);
        }
        DeepAnalysis withOpinion = DeepAnalysis.of(Timeframe.H1, Instant.EPOCH, null, null, null, null, null)
                .withInputs(List.of("4h: timeout"), opinion);
        assertThat(json.readValue(json.writeValueAsString(withOpinion), DeepAnalysis.class))
                .isEqualTo(withOpinion);
    }
}
