package io.fastscanner.marketdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every recorded candle series of a replay directory ({@code <timeframe>/<BASE>_<QUOTE>.csv}), loaded once.
 * Each series is checked on load: open times strictly increasing and aligned to the timeframe, prices positive,
 * {@code low <= open, close <= high}. A file that breaks a rule is rejected with its name and line, never repaired
 * silently.
 */
public final class ReplayDataSet {

    private static final Pattern FILE = Pattern.compile("([^/\\\\]+)[/\\\\]([A-Z0-9]+)_([A-Z0-9]+)\\.csv");

    private final Map<Timeframe, Map<MarketSymbol, CandleSeries>> series;

    private ReplayDataSet(Map<Timeframe, Map<MarketSymbol, CandleSeries>> series) {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("no candle files found");
        }
        this.series = series;
    }

    /**
     * The set bundled in the application: {@code replay/index.txt} on the classpath names the files. Loaded once and
     * shared (the series are never modified), so the replay source and the scorecard hold one copy.
     */
    public static ReplayDataSet bundled() {
        return BundledSet.SET;
    }

    private static final class BundledSet {
        static final ReplayDataSet SET = loadBundled();
    }

    private static ReplayDataSet loadBundled() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<String> files = new ArrayList<>();
        try (InputStream index = loader.getResourceAsStream("replay/index.txt")) {
            if (index == null) {
                throw new IllegalStateException("replay/index.txt is missing from the classpath");
            }
            new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty())
                    .forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var builder = new Builder();
        for (String file : files) {
            try (InputStream in = loader.getResourceAsStream("replay/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("replay/" + file + " is listed in the index but missing");
                }
                builder.add(file, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return builder.build();
    }

    /** Loads every {@code <timeframe>/<BASE>_<QUOTE>.csv} below {@code dir}. */
    public static ReplayDataSet fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("replay directory does not exist: " + dir);
        }
        var builder = new Builder();
        try (Stream<Path> paths = Files.walk(dir, 2)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                String relative = dir.relativize(path).toString();
                if (FILE.matcher(relative).matches()
                        && Timeframe.fromLabel(path.getParent().getFileName().toString())
                                .isPresent()) {
                    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                        builder.add(relative, reader);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read replay directory " + dir + ": " + e.getMessage(), e);
        }
        return builder.build();
    }

    public Set<Timeframe> timeframes() {
        return Collections.unmodifiableSet(series.keySet());
    }

    public Set<MarketSymbol> symbols() {
        Set<MarketSymbol> all = new TreeSet<>();
        series.values().forEach(bySymbol -> all.addAll(bySymbol.keySet()));
        return all;
    }

    public Optional<CandleSeries> series(MarketSymbol symbol, Timeframe timeframe) {
        return Optional.ofNullable(series.getOrDefault(timeframe, Map.of()).get(symbol));
    }

    /** The close time of the latest candle that every series reaches: the earliest last close time. */
    public long commonEndMs() {
        return allSeries().mapToLong(CandleSeries::lastCloseTimeMs).min().orElseThrow();
    }

    /** The latest close time of any series. */
    public long latestEndMs() {
        return allSeries().mapToLong(CandleSeries::lastCloseTimeMs).max().orElseThrow();
    }

    private Stream<CandleSeries> allSeries() {
        return series.values().stream().flatMap(m -> m.values().stream());
    }

    private static final class Builder {
        private final Map<Timeframe, Map<MarketSymbol, CandleSeries>> series = new EnumMap<>(Timeframe.class);

        void add(String relativePath, BufferedReader reader) {
            Matcher m = FILE.matcher(relativePath);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a replay file name: " + relativePath);
            }
            Timeframe tf = Timeframe.fromLabel(m.group(1))
                    .orElseThrow(() -> new IllegalArgumentException("unknown timeframe folder: " + relativePath));
            MarketSymbol symbol = MarketSymbol.of(m.group(2), m.group(3));
            List<Candle> candles = CsvCandles.read(reader, relativePath);
            validate(candles, tf, relativePath);
            if (!candles.isEmpty()) {
                series.computeIfAbsent(tf, k -> new TreeMap<>()).put(symbol, CandleSeries.of(symbol, tf, candles));
            }
        }

        ReplayDataSet build() {
            return new ReplayDataSet(series);
        }

        private static void validate(List<Candle> candles, Timeframe tf, String origin) {
            long previous = Long.MIN_VALUE;
            for (int i = 0; i < candles.size(); i++) {
                Candle c = candles.get(i);
                String where = origin + " row " + (i + 1) + ": ";
                if (c.openTimeMs() <= previous) {
                    throw new IllegalArgumentException(where + "open times must increase strictly");
                }
                if (tf != Timeframe.W1 && c.openTimeMs() % tf.millis() != 0) {
                    throw new IllegalArgumentException(where + "open time not aligned to " + tf);
                }
                if (!(c.low() > 0)
                        || !(c.low() <= Math.min(c.open(), c.close()))
                        || !(c.high() >= Math.max(c.open(), c.close()))
                        || !(c.volume() >= 0)) {
                    throw new IllegalArgumentException(where + "inconsistent OHLCV values");
                }
                previous = c.openTimeMs();
            }
        }
    }
}
