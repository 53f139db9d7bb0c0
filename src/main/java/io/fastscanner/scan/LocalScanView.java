package io.fastscanner.scan;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.Listing;
import io.fastscanner.marketdata.MarketSymbol;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;

/** The scans of this process, as {@link ScanState} and the running deep analysis hold them. */
final class LocalScanView implements ScanView {

    private final ScanState state;
    private final DeepAnalysisService deep;

    LocalScanView(ScanState state, DeepAnalysisService deep) {
        this.state = state;
        this.deep = deep;
    }

    @Override
    public Uni<Overview> overview() {
        return Uni.createFrom()
                .item(new Overview(
                        state.isScanning() || deep.isRunning(),
                        state.currentScanId(),
                        state.latest().map(ScanHistoryEntry::of).orElse(null),
                        deep.queueLength()));
    }

    @Override
    public Uni<List<ScanRow>> rows() {
        return Uni.createFrom().item(state.rows());
    }

    @Override
    public Uni<List<SymbolAnalysis>> analyses() {
        return Uni.createFrom().item(state.analyses());
    }

    @Override
    public Uni<Optional<SymbolAnalysis>> analysis(Exchange exchange, MarketSymbol symbol) {
        return Uni.createFrom().item(state.analysis(new Listing(exchange, symbol)));
    }

    @Override
    public Uni<List<ScanHistoryEntry>> history() {
        return Uni.createFrom().item(state.history());
    }
}
