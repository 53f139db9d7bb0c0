package io.fastscanner.marketdata.binance;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Live market data from the Binance spot public REST API, through {@link BinanceClient}.
 * <ul>
 * <li>{@link #symbols()}: the tradable spot symbols of {@code exchangeInfo}, cached for
 * {@code scanner.binance.exchange-info-ttl}; concurrent callers share one request.</li>
 * <li>{@link #tickers()}: {@code /ticker/24hr} for every symbol in one call, restricted to those symbols.</li>
 * <li>{@link #candles}: {@code /klines} with {@code limit + 1} rows, of which the still-forming candle (close time
 * at or after {@link #now()}) is dropped and the rest is checked by {@link CandleValidator} (sorted, duplicates
 * dropped, bad values, recent gaps and too few candles fail the symbol). Binance serves at most 1000 rows, so at most 999 closed candles are
 * guaranteed per call.</li>
 * </ul>
 * Failures are {@link UpstreamException}s (see its reasons) or, for a symbol that is not tradable,
 * {@link UnknownSymbolException}; nothing is swallowed.
 *
 * <p>The bean is typed as {@code BinanceMarketDataSource} only: the one {@code MarketDataSource} bean is the one
 * {@code MarketDataSourceProducer} chooses by {@code scanner.source}.
 */
@ApplicationScoped
@Typed(BinanceMarketDataSource.class)
public class BinanceMarketDataSource implements MarketDataSource {

    private static final Logger LOG = Logger.getLogger(BinanceMarketDataSource.class);

    /** Binance's maximum {@code limit} for {@code /api/v3/klines}. */
    public static final int MAX_KLINES = 1000;

    private static final List<Timeframe> TIMEFRAMES = List.of(Timeframe.values());

    private final BinanceClient client;
    private final Clock clock;
    private final Duration exchangeInfoTtl;
    private final AtomicReference<ExchangeInfo> exchangeInfo = new AtomicReference<>();
    private final AtomicReference<Uni<ExchangeInfo>> exchangeInfoInFlight = new AtomicReference<>();

    private final BinanceWeightBudget budget;
    private final int weightBudget;
    private final long weightWindowMs;

    BinanceMarketDataSource(BinanceClient client, Clock clock, BinanceConfig config, BinanceWeightBudget budget) {
        this.client = client;
        this.clock = clock;
        this.exchangeInfoTtl = config.exchangeInfoTtl();
        this.budget = budget;
        this.weightBudget = config.weightBudget();
        this.weightWindowMs = config.weightWindow().toMillis();
    }

    /** The weight budget, the 429 pause, the 418 ban and each endpoint's circuit breaker. */
    @Override
    public Uni<ExchangeState> state() {
        List<ExchangeState.Circuit> circuits = new ArrayList<>();
        for (BinanceEndpoint endpoint : BinanceEndpoint.values()) {
            CircuitBreakerState breaker =
                    CircuitBreakerMaintenance.get().currentState(BinanceRequests.CIRCUIT_PREFIX + endpoint.tag());
            circuits.add(
                    new ExchangeState.Circuit(endpoint.tag(), breaker.name().toLowerCase(Locale.ROOT)));
        }
        return budget.state()
                .map(s -> new ExchangeState(
                        Exchange.BINANCE,
                        List.of(new ExchangeState.LimitUse(
                                BinanceWeightBudget.LIMIT, s.used(), weightBudget, weightWindowMs)),
                        s.pauseEnd(),
                        s.banEnd(),
                        List.copyOf(circuits)))
                .onFailure()
                .recoverWithItem(failure -> new ExchangeState(
                        Exchange.BINANCE,
                        List.of(new ExchangeState.LimitUse(
                                BinanceWeightBudget.LIMIT, -1, weightBudget, weightWindowMs)),
                        Optional.empty(),
                        Optional.empty(),
                        List.copyOf(circuits)));
    }

    @Override
    public Exchange exchange() {
        return Exchange.BINANCE;
    }

    /** One request: Binance serves at most {@value #MAX_KLINES} rows, the newest of which may still be forming. */
    @Override
    public int maxCandles() {
        return MAX_KLINES - 1;
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public List<Timeframe> timeframes() {
        return TIMEFRAMES;
    }

    @Override
    public Uni<Set<MarketSymbol>> symbols() {
        return exchangeInfo().map(ExchangeInfo::symbols);
    }

    /** Forgets the cached {@code exchangeInfo}: the next call fetches it again. */
    public void invalidateExchangeInfo() {
        exchangeInfo.set(null);
    }

    @Override
    public Uni<Map<MarketSymbol, Ticker24h>> tickers() {
        return Uni.combine()
                .all()
                .unis(exchangeInfo(), client.ticker24h())
                .asTuple()
                .map(both -> mapTickers(both.getItem1(), both.getItem2().body()));
    }

    private static Map<MarketSymbol, Ticker24h> mapTickers(ExchangeInfo info, JsonNode body) {
        if (!body.isArray()) {
            throw BinanceEndpoint.TICKER_24H.malformed("expected a JSON array of tickers");
        }
        Map<MarketSymbol, Ticker24h> tickers = new HashMap<>();
        for (JsonNode row : body) {
            MarketSymbol symbol = info.symbol(row.path("symbol").asText("")).orElse(null);
            if (symbol == null) {
                continue;
            }
            tickers.put(
                    symbol,
                    new Ticker24h(
                            symbol,
                            BinanceJson.decimal(row.get("lastPrice"), BinanceEndpoint.TICKER_24H, "lastPrice"),
                            BinanceJson.decimal(
                                    row.get("priceChangePercent"), BinanceEndpoint.TICKER_24H, "priceChangePercent"),
                            BinanceJson.decimal(row.get("quoteVolume"), BinanceEndpoint.TICKER_24H, "quoteVolume"),
                            BinanceJson.epochMillis(row.get("closeTime"), BinanceEndpoint.TICKER_24H, "closeTime")));
        }
        return Map.copyOf(tickers);
    }

    @Override
    public Uni<CandleSeries> candles(MarketSymbol symbol, Timeframe timeframe, int limit) {
        if (limit < 1) {
            return Uni.createFrom().failure(new IllegalArgumentException("limit must be at least 1, got " + limit));
        }
        int requested = Math.min(limit + 1, MAX_KLINES);
        return exchangeInfo().flatMap(info -> {
            String exchangeSymbol = info.exchangeSymbol(symbol).orElse(null);
            if (exchangeSymbol == null) {
                return Uni.createFrom().failure(new UnknownSymbolException(Exchange.BINANCE, symbol));
            }
            return client.klines(
                            exchangeSymbol,
                            timeframe.label(),
                            requested,
                            body -> KlinesReader.closedKlines(client.jsonFactory(), body, now().toEpochMilli()))
                    .onFailure(UpstreamException.class)
                    .invoke(e -> {
                        if ("invalid_symbol".equals(((UpstreamException) e).reason())) {
                            invalidateExchangeInfo(); // delisted since the last exchangeInfo: refresh next time
                        }
                    })
                    .map(response -> validCandles(symbol, timeframe, response.body(), limit));
        });
    }

    private CandleSeries validCandles(MarketSymbol symbol, Timeframe timeframe, List<Candle> candles, int limit) {
        CandleValidator.Result valid =
                CandleValidator.validate(candles, timeframe, Math.min(limit, CandleValidator.INDICATOR_MIN_CANDLES));
        if (!valid.notes().isEmpty()) {
            LOG.infof("%s %s klines: %s", symbol, timeframe, String.join("; ", valid.notes()));
        }
        return CandleSeries.of(symbol, timeframe, valid.candles()).last(limit);
    }

    private Uni<ExchangeInfo> exchangeInfo() {
        return Uni.createFrom().deferred(() -> {
            ExchangeInfo cached = exchangeInfo.get();
            if (cached != null && Duration.between(cached.fetchedAt(), now()).compareTo(exchangeInfoTtl) < 0) {
                return Uni.createFrom().item(cached);
            }
            return exchangeInfoInFlight.updateAndGet(inFlight -> inFlight != null ? inFlight : fetchExchangeInfo());
        });
    }

    /** One shared fetch: every caller that arrives while it runs gets its result (or its failure). */
    private Uni<ExchangeInfo> fetchExchangeInfo() {
        AtomicReference<Uni<ExchangeInfo>> self = new AtomicReference<>();
        Uni<ExchangeInfo> fetch = client.exchangeInfo()
                .map(response -> ExchangeInfo.parse(response.body(), now()))
                .invoke(exchangeInfo::set)
                .onTermination()
                .invoke(() -> exchangeInfoInFlight.compareAndSet(self.get(), null))
                .memoize()
                .indefinitely();
        self.set(fetch);
        return fetch;
    }
}
