package io.fastscanner.scan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.Listing;
import io.fastscanner.marketdata.MarketSymbol;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.hash.ReactiveHashCommands;
import io.quarkus.redis.datasource.sortedset.ReactiveSortedSetCommands;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The scans of every replica, read from the keys {@link SharedScanWriter} writes: each request reads Redis, so every
 * replica answers the same, a replica that has just started included. A scan whose keys have expired is left out.
 */
final class RedisScanView implements ScanView {

    private static final TypeReference<List<String>> LISTINGS = new TypeReference<>() {};

    private final ReactiveValueCommands<String, String> values;
    private final ReactiveHashCommands<String, String, String> hashes;
    private final ReactiveSortedSetCommands<String, String> sorted;
    private final ScanKeys keys;
    private final int historySize;
    private final ObjectMapper json;

    RedisScanView(ReactiveRedisDataSource redis, ScanKeys keys, int historySize, ObjectMapper json) {
        this.values = redis.value(String.class);
        this.hashes = redis.hash(String.class);
        this.sorted = redis.sortedSet(String.class);
        this.keys = keys;
        this.historySize = Math.max(1, historySize);
        this.json = json;
    }

    @Override
    public Uni<Overview> overview() {
        Uni<List<String>> running = sorted.zrange(keys.running(), -1, -1);
        Uni<Optional<ScanHistoryEntry>> latest = latestEntry();
        Uni<String> queue = values.get(keys.deepQueue());
        return Uni.combine().all().unis(running, latest, queue).with((newestRunning, finished, waiting) -> {
            ScanHistoryEntry entry = finished.orElse(null);
            String current = !newestRunning.isEmpty() ? newestRunning.get(0) : entry == null ? null : entry.scanId();
            return new Overview(
                    !newestRunning.isEmpty(), current, entry, waiting == null ? 0 : Integer.parseInt(waiting));
        });
    }

    @Override
    public Uni<List<ScanRow>> rows() {
        return analyses().map(all -> all.stream().map(SymbolAnalysis::row).toList());
    }

    @Override
    public Uni<List<SymbolAnalysis>> analyses() {
        return latestId()
                .flatMap(id -> id.isEmpty()
                        ? Uni.createFrom().item(List.<SymbolAnalysis>of())
                        : Uni.combine()
                                .all()
                                .unis(values.get(keys.order(id.get())), hashes.hgetall(keys.analyses(id.get())))
                                .with((order, analyses) -> inOrder(order, analyses)));
    }

    @Override
    public Uni<Optional<SymbolAnalysis>> analysis(Exchange exchange, MarketSymbol symbol) {
        return latestId()
                .flatMap(id -> id.isEmpty()
                        ? Uni.createFrom().item(Optional.<SymbolAnalysis>empty())
                        : hashes.hget(keys.analyses(id.get()), new Listing(exchange, symbol).key())
                                .map(text -> Optional.ofNullable(text).map(t -> read(t, SymbolAnalysis.class))));
    }

    @Override
    public Uni<List<ScanHistoryEntry>> history() {
        return sorted.zrange(keys.finished(), -historySize, -1).flatMap(ids -> {
            if (ids.isEmpty()) {
                return Uni.createFrom().item(List.<ScanHistoryEntry>of());
            }
            List<String> newestFirst = new ArrayList<>(ids);
            Collections.reverse(newestFirst);
            String[] entryKeys = newestFirst.stream().map(keys::entry).toArray(String[]::new);
            return values.mget(entryKeys)
                    .map(found -> Arrays.stream(entryKeys)
                            .map(found::get)
                            .filter(Objects::nonNull)
                            .map(text -> read(text, ScanHistoryEntry.class))
                            .toList());
        });
    }

    /** One scan as its owner finished it, with its analyses as they stand now; empty until its quick phase is done. */
    Uni<Optional<ScanResult>> scan(String scanId) {
        return Uni.combine()
                .all()
                .unis(
                        values.get(keys.entry(scanId)),
                        values.get(keys.order(scanId)),
                        hashes.hgetall(keys.analyses(scanId)))
                .with((entryText, order, analyses) -> {
                    if (entryText == null || order == null) {
                        return Optional.<ScanResult>empty();
                    }
                    ScanHistoryEntry entry = read(entryText, ScanHistoryEntry.class);
                    List<SymbolAnalysis> inOrder = read(order, LISTINGS).stream()
                            .map(analyses::get)
                            .filter(Objects::nonNull)
                            .map(text -> read(text, SymbolAnalysis.class))
                            .toList();
                    return Optional.of(new ScanResult(
                            scanId,
                            entry.trigger(),
                            entry.exchange(),
                            entry.exchanges() == null ? List.of(entry.exchange()) : entry.exchanges(),
                            entry.timeframe(),
                            entry.timestamp(),
                            entry.durationMs(),
                            entry.dataTime(),
                            inOrder,
                            List.of()));
                });
    }

    private Uni<Optional<String>> latestId() {
        return sorted.zrange(keys.finished(), -1, -1).map(ids -> ids.stream().findFirst());
    }

    private Uni<Optional<ScanHistoryEntry>> latestEntry() {
        return latestId()
                .flatMap(id -> id.isEmpty()
                        ? Uni.createFrom().item(Optional.<ScanHistoryEntry>empty())
                        : values.get(keys.entry(id.get()))
                                .map(text -> Optional.ofNullable(text).map(t -> read(t, ScanHistoryEntry.class))));
    }

    private List<SymbolAnalysis> inOrder(String order, Map<String, String> analyses) {
        if (order == null) {
            return List.of();
        }
        List<String> listings = read(order, LISTINGS);
        return listings.stream()
                .map(analyses::get)
                .filter(Objects::nonNull)
                .map(text -> read(text, SymbolAnalysis.class))
                .toList();
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a " + type.getSimpleName() + " kept in Redis cannot be read", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a value kept in Redis cannot be read", e);
        }
    }
}
