package io.fastscanner.marketdata.live;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The Binance bases of the live tests, all quoted in USDT: the two most traded make the default universe, each test
 * has its own so that its series and counts are its own, and {@link #MANY} more fill a connection beyond Binance's
 * 1024 streams.
 */
public final class LiveSymbols {

    /** The default universe ({@code scanner.universe.size=2}): the most traded. */
    public static final List<String> UNIVERSE = List.of("UNIA", "UNIB");

    public static final List<String> TESTS =
            List.of("SUBA", "FORM", "CLOS", "DROP", "STAL", "LIMT", "GAPS", "DUPL", "ORDR", "RENW", "GRAC");

    /** {@code XAAA, XAAB, ...}: 1025 bases, one more than a Binance connection carries. */
    public static final List<String> MANY = IntStream.range(0, 1025)
            .mapToObj(i -> "X" + (char) ('A' + i / 676) + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26))
            .toList();

    public static final List<String> BINANCE_BASES = all();

    private LiveSymbols() {}

    private static List<String> all() {
        List<String> bases = new ArrayList<>(UNIVERSE);
        bases.addAll(TESTS);
        bases.addAll(MANY);
        return List.copyOf(bases);
    }
}
