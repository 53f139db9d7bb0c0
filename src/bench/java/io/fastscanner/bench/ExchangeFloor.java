package io.fastscanner.bench;

import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.budget.WindowLimit;
import io.fastscanner.marketdata.exchanges.CandlePages;
import io.fastscanner.marketdata.exchanges.SpotApi;
import io.fastscanner.marketdata.exchanges.SpotRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The network floor of a quick scan of N symbols on one exchange: the least time its requests need at latency L,
 * given the quick scan's concurrency and the request budget the service keeps for that exchange (its adapter's
 * {@link SpotApi#limits()}, 80 % of the documented limits). Pure.
 *
 * <ul>
 * <li><b>Requests</b>: each symbol's 1h candles (the quick scan fetches 1000 closed 1h candles: the ML history, reused by
 * the deep phase; at most what the exchange can reach, Kraken 719) in the pages the service plans for the exchange
 * ({@link CandlePages}, at most {@link SpotApi#maxRowsPerRequest()} rows each), plus one all-tickers request.</li>
 * <li><b>Network</b>: c symbols at a time, each with up to p pages in flight: ceil(N / c) x ceil(pages / p) x L.</li>
 * <li><b>Budget</b>: for each limit, R weight against B per window W (windows aligned to the epoch, as the
 * service's): ceil(R / B) windows, so the last requests cannot leave before the start of the last of them, (ceil(R /
 * B) - 1) x W after the window the scan started in began, and take L more. With the scan started d after that window
 * began: (ceil(R / B) - 1) x W - d + L.</li>
 * </ul>
 * The floor is the largest of these: whatever the service does, the scan cannot end sooner.
 */
record ExchangeFloor(
        double floorMs,
        String basis,
        int pagesPerSymbol,
        int candlesPerSymbol,
        int rowsPerRequest,
        int plannedRequests,
        Map<String, Integer> plannedWeight,
        List<String> limits) {

    /** Closed 1h candles the quick scan asks for per symbol with the service's defaults (ML history: 1000). */
    static final int QUICK_SCAN_1H_CANDLES = 1000;
    /** Candles one call of the service's spot source returns at most ({@code SpotMarketDataSource}). */
    static final int SOURCE_MAX_CANDLES = 1000;

    /**
     * @param startMs when the quick scan was asked for (epoch ms): how far into the budget's windows it started
     */
    static ExchangeFloor of(
            SpotApi api,
            String exchangeSymbol,
            int n,
            int concurrency,
            int pageConcurrency,
            long latencyMs,
            long startMs) {
        Timeframe fetched = fetched(api);
        int candles = Math.min(QUICK_SCAN_1H_CANDLES, Math.min(SOURCE_MAX_CANDLES, api.reachableRows() - 1));
        CandlePages plan =
                CandlePages.plan(Timeframe.H1, fetched, candles, startMs, api.maxRowsPerRequest(), api.reachableRows());
        int pages = plan.pages().size();
        String interval = api.interval(fetched).orElseThrow();
        CandlePages.Page first = plan.pages().get(0);
        SpotRequest candleRequest = api.candlesRequest(
                exchangeSymbol, fetched, interval, first.fromOpenMs(), first.toOpenMs(), first.rows());
        SpotRequest tickers = api.tickersRequest();
        Map<String, Integer> weight = new LinkedHashMap<>();
        weight.merge(candleRequest.limit(), n * pages * candleRequest.weight(), Integer::sum);
        weight.merge(tickers.limit(), tickers.weight(), Integer::sum);

        double network = Math.ceil((double) n / concurrency)
                * Math.ceil((double) pages / Math.max(1, pageConcurrency))
                * latencyMs;
        double floor = network;
        String basis = String.format(
                Locale.ROOT,
                "network: ceil(%d/%d) x ceil(%d pages/%d) x %d ms",
                n,
                concurrency,
                pages,
                pageConcurrency,
                latencyMs);
        for (WindowLimit limit : api.limits()) {
            long windowMs = limit.window().toMillis();
            int r = weight.getOrDefault(limit.name(), 0);
            long windows = (r + limit.budget() - 1) / limit.budget();
            if (windows < 2) {
                continue;
            }
            long into = Math.floorMod(startMs, windowMs);
            double budgetFloor = (windows - 1) * windowMs - into + latencyMs;
            if (budgetFloor > floor) {
                floor = budgetFloor;
                basis = String.format(
                        Locale.ROOT,
                        "budget %s: %d weight at %d per %s = %d windows, (%d - 1) x %d ms - %d ms + %d ms",
                        limit.name(),
                        r,
                        limit.budget(),
                        describe(windowMs),
                        windows,
                        windows,
                        windowMs,
                        into,
                        latencyMs);
            }
        }
        return new ExchangeFloor(
                floor, basis, pages, candles, api.maxRowsPerRequest(), n * pages + 1, Map.copyOf(weight), budget(api));
    }

    /** The service's budget for the exchange, e.g. {@code okx:candles 32 per 2 s}. */
    static List<String> budget(SpotApi api) {
        List<String> limits = new ArrayList<>();
        for (WindowLimit limit : api.limits()) {
            limits.add(limit.name() + " " + limit.budget() + " per "
                    + describe(limit.window().toMillis()));
        }
        return List.copyOf(limits);
    }

    /** The interval the source fetches for 1h candles: 1h itself, or the coarsest finer one it builds them from. */
    static Timeframe fetched(SpotApi api) {
        for (Timeframe tf : List.of(Timeframe.H1, Timeframe.M30, Timeframe.M15, Timeframe.M5, Timeframe.M1)) {
            if (api.interval(tf).isPresent()) {
                return tf;
            }
        }
        throw new IllegalStateException(api.exchange() + " serves no interval 1h candles can be built from");
    }

    /** The longest window of the exchange's limits, in ms: a measured scan starts just after one begins. */
    static long longestWindowMs(SpotApi api) {
        return api.limits().stream().mapToLong(l -> l.window().toMillis()).max().orElse(1000);
    }

    /** Requests per second the budget of the candles' limit allows (the warm-up is sized by it). */
    static double candleRequestsPerSecond(SpotApi api, String exchangeSymbol) {
        Timeframe fetched = fetched(api);
        long now = System.currentTimeMillis();
        SpotRequest r = api.candlesRequest(
                exchangeSymbol, fetched, api.interval(fetched).orElseThrow(), now - 3_600_000L, now, 1);
        return api.limits().stream()
                .filter(l -> l.name().equals(r.limit()))
                .mapToDouble(l -> l.budget() * 1000.0 / l.window().toMillis() / Math.max(1, r.weight()))
                .findFirst()
                .orElse(Double.MAX_VALUE);
    }

    private static String describe(long windowMs) {
        return windowMs % 1000 == 0 ? (windowMs / 1000) + " s" : windowMs + " ms";
    }
}
