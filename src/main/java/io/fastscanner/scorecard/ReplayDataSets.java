package io.fastscanner.scorecard;

import io.fastscanner.errors.ApiException;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.ReplayConfig;
import io.fastscanner.marketdata.ReplayDataSet;
import io.fastscanner.marketdata.Timeframe;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The recorded candles a scorecard can walk, loaded on first use and kept. Binance's are {@code
 * <scanner.replay.dir>/binance/}, else the files directly in {@code scanner.replay.dir}, else the bundled year (real
 * Binance candles); any other exchange's are {@code <scanner.replay.dir>/<exchange>/}. Loading reads files: call
 * it off the event loop.
 */
@ApplicationScoped
public class ReplayDataSets {

    /** The exchange whose candles are bundled, and the default of a scorecard request. */
    public static final Exchange DEFAULT = Exchange.BINANCE;

    private final Optional<Path> dir;
    private final Map<Exchange, ReplayData> loaded = new ConcurrentHashMap<>();

    ReplayDataSets(ReplayConfig config) {
        this.dir = config.dir().map(Path::of);
    }

    /** The data of {@code exchange}; {@code replay} names the default set. 404 {@code NO_REPLAY_DATA} without it. */
    public ReplayData of(Exchange exchange) {
        Exchange wanted = exchange == Exchange.REPLAY ? DEFAULT : exchange;
        if (wanted == DEFAULT) {
            return loaded.computeIfAbsent(wanted, this::loadDefault);
        }
        Path own =
                dir.map(d -> d.resolve(wanted.id())).filter(Files::isDirectory).orElseThrow(() -> missing(wanted));
        return loaded.computeIfAbsent(
                wanted, e -> new ReplayData(e, ScorecardData.DIRECTORY, ReplayDataSet.fromDirectory(own)));
    }

    private ReplayData loadDefault(Exchange exchange) {
        Optional<Path> own = dir.map(d -> d.resolve(exchange.id())).filter(Files::isDirectory);
        if (own.isPresent()) {
            return new ReplayData(exchange, ScorecardData.DIRECTORY, ReplayDataSet.fromDirectory(own.get()));
        }
        if (dir.isPresent() && hasTimeframeFolders(dir.get())) {
            return new ReplayData(exchange, ScorecardData.DIRECTORY, ReplayDataSet.fromDirectory(dir.get()));
        }
        return new ReplayData(exchange, ScorecardData.BUNDLED, ReplayDataSet.bundled());
    }

    private static boolean hasTimeframeFolders(Path dir) {
        try (var children = Files.list(dir)) {
            return children.anyMatch(p -> Files.isDirectory(p)
                    && Timeframe.fromLabel(p.getFileName().toString()).isPresent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read replay directory " + dir, e);
        }
    }

    /** The exchanges with recorded candles, for error messages. */
    public List<Exchange> available() {
        return Arrays.stream(Exchange.values())
                .filter(e -> e == DEFAULT
                        || (e.isLive()
                                && dir.map(d -> Files.isDirectory(d.resolve(e.id())))
                                        .orElse(false)))
                .toList();
    }

    private ApiException missing(Exchange exchange) {
        return noData("No recorded candles for " + exchange + "; the scorecard has them for "
                + available().stream().map(Exchange::id).collect(Collectors.joining(", ")));
    }

    public static ApiException noData(String message) {
        return ApiException.notFound("NO_REPLAY_DATA", message);
    }
}
