package io.fastscanner.marketdata.exchanges;

import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.CandleValidator;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.ExchangeState;
import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.UnknownSymbolException;
import io.fastscanner.marketdata.UpstreamException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Live market data from one exchange's public spot API ({@link SpotApi}), sent through {@link SpotHttp}:
 * <ul>
 * <li>{@link #symbols()}: the instruments list, cached for {@code scanner.exchanges.instruments-ttl}; concurrent
 * callers share one request; fetched again after an {@code invalid_symbol} answer;</li>
 * <li>{@link #tickers()}: the exchange's all-tickers request, restricted to the tradable pairs;</li>
 * <li>{@link #candles}: the newest closed candles, in as many pages as the exchange needs ({@link CandlePages}),
 * normalised (milliseconds, oldest first), the still-forming candle dropped (by the exchange's own mark, and for every
 * exchange when its interval has not ended at {@link #now()}), intervals the exchange lacks built exactly from finer
 * ones ({@link CandleAggregation}), then checked by {@link CandleValidator} like Binance's.</li>
 * </ul>
 */
public final class SpotMarketDataSource implements MarketDataSource {

    private static final Logger LOG = Logger.getLogger(SpotMarketDataSource.class);

    /** The most closed candles one call returns, as Binance's source (999): more pages would only cost budget. */
    static final int MAX_CANDLES = 1000;

    private final SpotHttp http;
    private final SpotApi api;
    private final Clock clock;
    private final Duration instrumentsTtl;
    private final int pageConcurrency;
    private final Map<Timeframe, Timeframe> fetchedFor;
    private final AtomicReference<Instruments> instruments = new AtomicReference<>();
    private final AtomicReference<Uni<Instruments>> instrumentsInFlight = new AtomicReference<>();

    public SpotMarketDataSource(SpotHttp http, Clock clock, SpotConfig config) {
        this.http = http;
        this.api = http.api();
        this.clock = clock;
        this.instrumentsTtl = config.instrumentsTtl();
        this.pageConcurrency = Math.max(1, config.pageConcurrency());
        this.fetchedFor = fetchPlan(api);
    }

    /** For each timeframe served: itself when the exchange has it, else the coarsest finer one it is built from. */
    static Map<Timeframe, Timeframe> fetchPlan(SpotApi api) {
        Map<Timeframe, Timeframe> plan = new java.util.EnumMap<>(Timeframe.class);
        for (Timeframe wanted : Timeframe.values()) {
            if (api.interval(wanted).isPresent()) {
                plan.put(wanted, wanted);
                continue;
            }
            for (int i = wanted.ordinal() - 1; i >= 0; i--) {
                Timeframe finer = Timeframe.values()[i];
                if (api.interval(finer).isPresent() && buildable(finer, wanted)) {
                    plan.put(wanted, finer);
                    break;
                }
            }
        }
        return plan;
    }

    private static boolean buildable(Timeframe finer, Timeframe wanted) {
        try {
            CandleAggregation.parts(finer, wanted);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public Exchange exchange() {
        return api.exchange();
    }

    @Override
    public int maxCandles() {
        return Math.min(MAX_CANDLES, api.reachableRows() - 1);
    }

    @Override
    public List<Timeframe> timeframes() {
        return List.copyOf(fetchedFor.keySet());
    }

    /** The timeframes built from a finer one, with the one each is built from. */
    public Map<Timeframe, Timeframe> builtTimeframes() {
        Map<Timeframe, Timeframe> built = new java.util.EnumMap<>(Timeframe.class);
        fetchedFor.forEach((tf, from) -> {
            if (tf != from) {
                built.put(tf, from);
            }
        });
        return built;
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public String defaultQuote() {
        return api.defaultQuote();
    }

    @Override
    public Uni<Set<MarketSymbol>> symbols() {
        return instruments().map(Instruments::symbols);
    }

    @Override
    public Uni<Map<MarketSymbol, Ticker24h>> tickers() {
        return instruments()
                .flatMap(known -> http.get(api.tickersRequest()).map(body -> {
                    Map<MarketSymbol, Ticker24h> tickers = new HashMap<>();
                    for (Ticker24h t : read(api.tickersRequest(), () -> api.readTickers(body, known, clock.millis()))) {
                        tickers.put(t.symbol(), t);
                    }
                    return Map.copyOf(tickers);
                }));
    }

    @Override
    public Uni<CandleSeries> candles(MarketSymbol symbol, Timeframe timeframe, int limit) {
        if (limit < 1) {
            return Uni.createFrom().failure(new IllegalArgumentException("limit must be at least 1, got " + limit));
        }
        Timeframe fetched = fetchedFor.get(timeframe);
        if (fetched == null) {
            return Uni.createFrom()
                    .failure(new IllegalArgumentException(exchange() + " serves no " + timeframe + " candles"));
        }
        return instruments().flatMap(known -> {
            Optional<String> exchangeSymbol = known.exchangeSymbol(symbol);
            if (exchangeSymbol.isEmpty()) {
                return Uni.createFrom().failure(new UnknownSymbolException(exchange(), symbol));
            }
            long now = clock.millis();
            CandlePages plan = CandlePages.plan(
                    timeframe,
                    fetched,
                    Math.min(limit, maxCandles()),
                    now,
                    api.maxRowsPerRequest(),
                    api.reachableRows());
            String interval = api.interval(fetched).orElseThrow();
            return Multi.createFrom()
                    .iterable(plan.pages())
                    .onItem()
                    .transformToUni(page -> page(exchangeSymbol.get(), fetched, interval, page))
                    .merge(pageConcurrency)
                    .collect()
                    .in(ArrayList<Candle>::new, List::addAll)
                    .onFailure(UpstreamException.class)
                    .invoke(e -> {
                        if ("invalid_symbol".equals(((UpstreamException) e).reason())) {
                            instruments.set(null); // delisted since the last list: fetch it again next time
                        }
                    })
                    .map(rows -> series(symbol, timeframe, fetched, rows, now, limit));
        });
    }

    private Uni<List<Candle>> page(String exchangeSymbol, Timeframe fetched, String interval, CandlePages.Page page) {
        SpotRequest request =
                api.candlesRequest(exchangeSymbol, fetched, interval, page.fromOpenMs(), page.toOpenMs(), page.rows());
        return http.get(request).map(body -> read(request, () -> api.readCandles(body, fetched)));
    }

    private CandleSeries series(
            MarketSymbol symbol, Timeframe timeframe, Timeframe fetched, List<Candle> rows, long now, int limit) {
        List<Candle> closed = new ArrayList<>(rows.size());
        for (Candle c : rows) {
            if (c.openTimeMs() + fetched.millis() <= now) {
                closed.add(c);
            }
        }
        closed.sort(Comparator.comparingLong(Candle::openTimeMs)); // most exchanges answer newest first
        List<Candle> candles = closed;
        if (fetched != timeframe) {
            candles = CandleAggregation.build(
                    CandleValidator.validate(closed, fetched, 1).candles(), fetched, timeframe);
        }
        CandleValidator.Result valid =
                CandleValidator.validate(candles, timeframe, Math.min(limit, CandleValidator.INDICATOR_MIN_CANDLES));
        if (!valid.notes().isEmpty()) {
            LOG.infof("%s %s %s candles: %s", exchange(), symbol, timeframe, String.join("; ", valid.notes()));
        }
        return CandleSeries.of(symbol, timeframe, valid.candles()).last(limit);
    }

    /**
     * The windows of the candle requests' limit that {@code series} series need, beyond the current one: each series
     * costs its pages ({@link CandlePages}) times the request's weight.
     */
    @Override
    public Duration budgetTime(int series, Timeframe timeframe, int candles) {
        Timeframe fetched = fetchedFor.get(timeframe);
        if (fetched == null || series < 1) {
            return Duration.ZERO;
        }
        long now = clock.millis();
        CandlePages plan = CandlePages.plan(
                timeframe, fetched, Math.min(candles, maxCandles()), now, api.maxRowsPerRequest(), api.reachableRows());
        if (plan.pages().isEmpty()) {
            return Duration.ZERO;
        }
        CandlePages.Page first = plan.pages().get(0);
        SpotRequest sample = api.candlesRequest(
                "", fetched, api.interval(fetched).orElseThrow(), first.fromOpenMs(), first.toOpenMs(), first.rows());
        return api.limits().stream()
                .filter(limit -> limit.name().equals(sample.limit()))
                .findFirst()
                .map(limit -> {
                    long weight = (long) series * plan.pages().size() * sample.weight();
                    long windows = (weight + limit.budget() - 1) / limit.budget();
                    return limit.window().multipliedBy(Math.max(0, windows - 1));
                })
                .orElse(Duration.ZERO);
    }

    @Override
    public Uni<ExchangeState> state() {
        return ExchangeStates.of(exchange(), http);
    }

    /** Forgets the cached instruments list: the next call fetches it again. */
    public void invalidateInstruments() {
        instruments.set(null);
    }

    private Uni<Instruments> instruments() {
        return Uni.createFrom().deferred(() -> {
            Instruments cached = instruments.get();
            if (cached != null && Duration.between(cached.fetchedAt(), now()).compareTo(instrumentsTtl) < 0) {
                return Uni.createFrom().item(cached);
            }
            return instrumentsInFlight.updateAndGet(inFlight -> inFlight != null ? inFlight : fetchInstruments());
        });
    }

    /** One shared fetch: every caller that arrives while it runs gets its result (or its failure). */
    private Uni<Instruments> fetchInstruments() {
        AtomicReference<Uni<Instruments>> self = new AtomicReference<>();
        SpotRequest request = api.instrumentsRequest();
        Uni<Instruments> fetch = http.get(request)
                .map(body -> read(request, () -> api.readInstruments(body)).fetchedAt(now()))
                .invoke(instruments::set)
                .onTermination()
                .invoke(() -> instrumentsInFlight.compareAndSet(self.get(), null))
                .memoize()
                .indefinitely();
        self.set(fetch);
        return fetch;
    }

    /** Runs a reader of the adapter; an answer it cannot read fails the call with {@code malformed_response}. */
    private <T> T read(SpotRequest request, java.util.function.Supplier<T> reader) {
        try {
            return reader.get();
        } catch (MalformedAnswerException | IllegalArgumentException e) {
            throw new UpstreamException(
                    exchange(), request.endpoint(), SpotHttp.MALFORMED, -1, Map.of(), e.getMessage(), e);
        }
    }
}
