package io.fastscanner.marketdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the candle CSV format {@code open_time_ms,open,high,low,close,volume} (header required, oldest first).
 * Numbers are parsed with {@link Double#parseDouble}, the same doubles TA-Lib's reference sees.
 */
public final class CsvCandles {

    static final String HEADER = "open_time_ms,open,high,low,close,volume";

    private CsvCandles() {}

    public static List<Candle> read(BufferedReader reader, String origin) {
        try {
            String header = reader.readLine();
            if (header == null || !header.trim().equalsIgnoreCase(HEADER)) {
                throw new IllegalArgumentException(origin + ": expected header '" + HEADER + "'");
            }
            List<Candle> candles = new ArrayList<>();
            String line;
            int lineNo = 1;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                candles.add(parse(line, origin, lineNo));
            }
            return candles;
        } catch (IOException e) {
            throw new UncheckedIOException(origin + ": " + e.getMessage(), e);
        }
    }

    private static Candle parse(String line, String origin, int lineNo) {
        String[] f = line.split(",", -1);
        if (f.length != 6) {
            throw new IllegalArgumentException(origin + ":" + lineNo + ": expected 6 columns, got " + f.length);
        }
        try {
            return new Candle(
                    Long.parseLong(f[0].trim()),
                    Double.parseDouble(f[1]),
                    Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]),
                    Double.parseDouble(f[5]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(origin + ":" + lineNo + ": not a number: " + e.getMessage(), e);
        }
    }
}
