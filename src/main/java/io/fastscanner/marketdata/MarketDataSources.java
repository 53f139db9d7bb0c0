package io.fastscanner.marketdata;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every market a scan can name: the one of {@code scanner.source} (the default of every request) and each live
 * exchange, opened when first used, each behind its own candle cache and with its own request budgets. Replay and
 * synthetic data can only be the default: they stand in for a market, they are not one to choose beside others.
 */
@ApplicationScoped
public class MarketDataSources {

    private final SourceConfig config;
    private final MarketDataSource defaultSource;
    private final MarketDataSourceFactory factory;
    private final Map<Exchange, MarketDataSource> opened = new ConcurrentHashMap<>();

    MarketDataSources(SourceConfig config, MarketDataSource defaultSource, MarketDataSourceFactory factory) {
        this.config = config;
        this.defaultSource = defaultSource;
        this.factory = factory;
    }

    /** The market of {@code scanner.source}. */
    public Exchange defaultExchange() {
        return config.source();
    }

    public MarketDataSource defaultSource() {
        return defaultSource;
    }

    /** The markets a request may name, the default first. */
    public List<Exchange> choosable() {
        return Arrays.stream(Exchange.values())
                .filter(this::choosable)
                .sorted((a, b) -> Boolean.compare(b == config.source(), a == config.source()))
                .toList();
    }

    public boolean choosable(Exchange exchange) {
        return exchange == config.source() || exchange.isLive();
    }

    /** Whether {@code exchange}'s data would be live (not replayed from recordings), without opening it. */
    public boolean live(Exchange exchange) {
        return inUse(exchange).map(MarketDataSource::live).orElse(exchange.isLive() && !factory.replays(exchange));
    }

    /** The source of {@code exchange} if it is the default or has been used; never opens one. */
    public Optional<MarketDataSource> inUse(Exchange exchange) {
        return exchange == config.source() ? Optional.of(defaultSource) : Optional.ofNullable(opened.get(exchange));
    }

    /** The source of {@code exchange}, opened on first use; empty when it cannot be chosen. */
    public Optional<MarketDataSource> get(Exchange exchange) {
        if (!choosable(exchange)) {
            return Optional.empty();
        }
        if (exchange == config.source()) {
            return Optional.of(defaultSource);
        }
        return Optional.of(opened.computeIfAbsent(exchange, factory::open));
    }
}
