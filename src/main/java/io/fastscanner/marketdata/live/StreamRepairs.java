package io.fastscanner.marketdata.live;

import io.fastscanner.marketdata.MarketDataSource;
import io.vertx.core.Vertx;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Reloads series by request, through the exchange's request budget like any other request: at most
 * {@code concurrency} at once, each series queued once however often it is asked for, and a failed reload tried again
 * after a growing pause (5 s to 2 min). A series whose stream kept candles during the reload gets them applied after.
 */
final class StreamRepairs {

    private static final Logger LOG = Logger.getLogger(StreamRepairs.class);
    private static final long FIRST_RETRY_MS = 5_000;
    private static final long LAST_RETRY_MS = 120_000;

    private final MarketDataSource rest;
    private final int concurrency;
    private final Vertx vertx;
    private final Consumer<LiveSeries> repaired;
    private final long firstRetryMs;
    private final ArrayDeque<LiveSeries> queue = new ArrayDeque<>();
    private final Set<LiveSeries> queued = new HashSet<>();
    private final Map<LiveSeries, Integer> failures = new HashMap<>();
    private int inFlight;
    private boolean stopped;

    StreamRepairs(MarketDataSource rest, int concurrency, Vertx vertx, Consumer<LiveSeries> repaired) {
        this(rest, concurrency, vertx, repaired, FIRST_RETRY_MS);
    }

    /** {@code firstRetryMs}: the pause after the first failure, doubled after each further one up to 2 min. */
    StreamRepairs(
            MarketDataSource rest, int concurrency, Vertx vertx, Consumer<LiveSeries> repaired, long firstRetryMs) {
        this.rest = rest;
        this.concurrency = Math.max(1, concurrency);
        this.vertx = vertx;
        this.repaired = repaired;
        this.firstRetryMs = firstRetryMs;
    }

    /** Queues a reload of the series unless one is queued already. */
    void request(LiveSeries series) {
        synchronized (this) {
            if (stopped || !queued.add(series)) {
                return;
            }
            queue.add(series);
        }
        pump();
    }

    synchronized void stop() {
        stopped = true;
        queue.clear();
        queued.clear();
    }

    private void pump() {
        while (true) {
            LiveSeries next;
            synchronized (this) {
                if (stopped || inFlight >= concurrency || queue.isEmpty()) {
                    return;
                }
                next = queue.poll();
                queued.remove(next);
                inFlight++;
            }
            reload(next);
        }
    }

    private void reload(LiveSeries series) {
        int limit = Math.min(series.capacity(), rest.maxCandles());
        rest.candles(series.symbol(), series.timeframe(), limit)
                .subscribe()
                .with(
                        truth -> {
                            boolean whole = series.repaired(truth, truth.size() < limit);
                            synchronized (this) {
                                failures.remove(series);
                            }
                            done();
                            if (whole) {
                                repaired.accept(series);
                            } else {
                                request(series);
                            }
                        },
                        failure -> {
                            int attempt;
                            synchronized (this) {
                                attempt = failures.merge(series, 1, Integer::sum) - 1;
                            }
                            long pause = Math.min(LAST_RETRY_MS, firstRetryMs << Math.min(5, attempt));
                            LOG.infof(
                                    "Reloading %s %s failed (%s); again in %d s",
                                    series.symbol(), series.timeframe(), failure.getMessage(), pause / 1000);
                            done();
                            vertx.setTimer(pause, t -> request(series));
                        });
    }

    private void done() {
        synchronized (this) {
            inFlight--;
        }
        pump();
    }
}
