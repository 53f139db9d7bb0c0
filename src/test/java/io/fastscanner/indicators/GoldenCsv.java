package io.fastscanner.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A CSV file from src/test/resources/golden read column-wise; empty cells become NaN. */
final class GoldenCsv {

    private final Map<String, double[]> columns;
    private final int rows;

    private GoldenCsv(Map<String, double[]> columns, int rows) {
        this.columns = columns;
        this.rows = rows;
    }

    static GoldenCsv read(String resource) {
        List<String> lines = lines("/golden/" + resource);
        String[] header = lines.get(0).split(",", -1);
        List<String[]> cells = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank() && !line.startsWith("#")) {
                cells.add(line.split(",", -1));
            }
        }
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (int c = 0; c < header.length; c++) {
            double[] column = new double[cells.size()];
            for (int r = 0; r < cells.size(); r++) {
                String cell = cells.get(r)[c];
                column[r] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
            }
            columns.put(header[c].trim(), column);
        }
        return new GoldenCsv(columns, cells.size());
    }

    static String text(String resource) {
        return String.join("\n", lines("/golden/" + resource));
    }

    private static List<String> lines(String path) {
        try (InputStream in = GoldenCsv.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int rows() {
        return rows;
    }

    double[] column(String name) {
        double[] column = columns.get(name);
        if (column == null) {
            throw new IllegalArgumentException("no column " + name + " in " + columns.keySet());
        }
        return column;
    }
}
