package io.fastscanner.scorecard.ledger;

import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.marketdata.MarketDataSources;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scorecard.PastSignal;
import io.fastscanner.scorecard.ScorecardConfig;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Every {@code scanner.scorecard.measure-every}, measures the outcomes of the recorded signals whose next horizon has
 * closed by their exchange's clock (the replay source has its own). The due signals of one symbol and timeframe share
 * one candle request, through the source's cache and request budget, {@value #CONCURRENCY} requests at a time. A
 * request that fails leaves its signals pending for the next round; a signal whose candle the source no longer serves
 * is dropped, and so is one older than {@code scanner.scorecard.retention}.
 */
@ApplicationScoped
public class LedgerMeasurer {

    private static final Logger LOG = Logger.getLogger(LedgerMeasurer.class);
    static final int CONCURRENCY = 4;
    /** Most signals measured per exchange and round; the rest wait for the next round. */
    static final int MAX_DUE = 5000;

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** What one round did: signals given outcomes, dropped, and left pending after a failed request. */
    public record Round(int measured, int dropped, int failed) {
        static final Round NONE = new Round(0, 0, 0);

        Round plus(Round other) {
            return new Round(measured + other.measured, dropped + other.dropped, failed + other.failed);
        }
    }

    private record Series(MarketSymbol symbol, Timeframe timeframe) {}

    private final LedgerStore store;
    private final MarketDataSources sources;
    private final ScorecardConfig config;
    private final LedgerMetrics metrics;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();

    LedgerMeasurer(
            LedgerStore store, MarketDataSources sources, ScorecardConfig config, LedgerMetrics metrics, Clock clock) {
        this.store = store;
        this.sources = sources;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Scheduled(
            identity = "scorecard-measure",
            every = "${scanner.scorecard.measure-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> onSchedule() {
        return measure()
                .onFailure()
                .recoverWithItem(failure -> {
                    LOG.warnf("Measuring the recorded signals failed: %s", failure.getMessage());
                    return Round.NONE;
                })
                .replaceWithVoid();
    }

    /** One round over every exchange; a round already running in this process makes this one do nothing. */
    Uni<Round> measure() {
        if (!running.compareAndSet(false, true)) {
            return Uni.createFrom().item(Round.NONE);
        }
        return Multi.createFrom()
                .iterable(sources.choosable())
                .onItem()
                .transformToUniAndConcatenate(this::measure)
                .collect()
                .with(Collectors.reducing(Round.NONE, Round::plus))
                .eventually(() -> running.set(false));
    }

    private Uni<Round> measure(Exchange exchange) {
        Instant now = sources.inUse(exchange).map(MarketDataSource::now).orElseGet(clock::instant);
        Uni<Round> expired = sources.inUse(exchange).isPresent()
                ? expire(exchange, now)
                : Uni.createFrom().item(Round.NONE);
        return expired.chain(first -> store.due(exchange, now, MAX_DUE).chain(due -> {
            if (due.isEmpty()) {
                return Uni.createFrom().item(first);
            }
            MarketDataSource source = sources.get(exchange).orElseThrow();
            Instant sourceNow = source.now();
            List<PastSignal> reallyDue = due.stream()
                    .filter(s -> !LedgerEntries.dueAt(s).orElseThrow().isAfter(sourceNow))
                    .toList();
            return store.claim(reallyDue)
                    .chain(mine -> measure(source, sourceNow, mine))
                    .map(first::plus);
        }));
    }

    private Uni<Round> expire(Exchange exchange, Instant now) {
        return store.olderThan(exchange, now.minus(config.retention()))
                .chain(keys -> Multi.createFrom()
                        .iterable(keys)
                        .onItem()
                        .transformToUniAndConcatenate(store::drop)
                        .collect()
                        .asList()
                        .map(done -> {
                            metrics.dropped("expired", keys.size());
                            return new Round(0, keys.size(), 0);
                        }));
    }

    private Uni<Round> measure(MarketDataSource source, Instant now, List<PastSignal> claimed) {
        Map<Series, List<PastSignal>> bySeries =
                claimed.stream().collect(Collectors.groupingBy(s -> new Series(s.symbol(), s.timeframe())));
        return Multi.createFrom()
                .iterable(bySeries.entrySet())
                .onItem()
                .transformToUni(e -> measure(source, now, e.getKey(), e.getValue()))
                .merge(CONCURRENCY)
                .collect()
                .with(Collectors.reducing(Round.NONE, Round::plus));
    }

    private Uni<Round> measure(MarketDataSource source, Instant now, Series series, List<PastSignal> signals) {
        Instant oldest = signals.stream()
                .map(PastSignal::candleTime)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        long span = (now.toEpochMilli() - oldest.toEpochMilli())
                        / series.timeframe().millis()
                + 2;
        int limit = (int) Math.min(source.maxCandles(), Math.max(2, span));
        List<SignalKey> keys = signals.stream().map(SignalKey::of).toList();
        return source.candles(series.symbol(), series.timeframe(), limit)
                .ifNoItem()
                .after(REQUEST_TIMEOUT)
                .fail()
                .chain(candles -> save(signals, candles, now))
                .onFailure()
                .recoverWithItem(failure -> {
                    metrics.failed();
                    LOG.infof(
                            "Outcomes of %d %s %s signals on %s wait for the next round: %s",
                            signals.size(),
                            series.symbol(),
                            series.timeframe(),
                            source.exchange(),
                            failure.getMessage());
                    return new Round(0, 0, signals.size());
                })
                .call(() -> store.release(keys));
    }

    private Uni<Round> save(List<PastSignal> signals, CandleSeries candles, Instant now) {
        return Multi.createFrom()
                .iterable(signals)
                .onItem()
                .transformToUniAndConcatenate(signal -> save(signal, LedgerEntries.measure(signal, candles, now)))
                .collect()
                .with(Collectors.reducing(Round.NONE, Round::plus));
    }

    private Uni<Round> save(PastSignal signal, Measurement measurement) {
        SignalKey key = SignalKey.of(signal);
        if (measurement instanceof Measurement.Measured measured) {
            metrics.measured(1);
            return store.update(key, current -> LedgerEntries.applyMeasured(current, measured.signal()))
                    .replaceWith(new Round(1, 0, 0));
        }
        if (measurement instanceof Measurement.Unavailable unavailable) {
            LOG.infof("Recorded signal %s is dropped: %s", key.id(), unavailable.reason());
            metrics.dropped("candles_unavailable", 1);
            return store.drop(key).replaceWith(new Round(0, 1, 0));
        }
        return Uni.createFrom().item(Round.NONE);
    }
}
