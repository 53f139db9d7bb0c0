package io.fastscanner.api;

import io.fastscanner.errors.ApiException;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scorecard.ReplayDataSets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The scorecard endpoints' query values, with their error codes. */
final class ScorecardParams {

    static final int MAX_HORIZON = 500;
    static final int MAX_HORIZONS = 10;
    static final int MAX_SYMBOLS = 200;

    private ScorecardParams() {}

    /** Open times from {@code fromMs} to {@code toMs}, both included. */
    record Range(long fromMs, long toMs) {}

    /** The exchange whose recordings are walked: default binance (the bundled candles' exchange). */
    static Exchange exchange(String raw) {
        if (raw == null || raw.isBlank()) {
            return ReplayDataSets.DEFAULT;
        }
        return Exchange.fromId(raw)
                .filter(e -> e != Exchange.SYNTHETIC)
                .map(e -> e == Exchange.REPLAY ? ReplayDataSets.DEFAULT : e)
                .orElseThrow(() -> ReplayDataSets.noData("No recorded candles for exchange '" + SymbolResolver.echo(raw)
                        + "'; exchanges are " + Exchange.ids()));
    }

    static Timeframe timeframe(String raw, Timeframe fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        return Timeframe.fromLabel(raw)
                .filter(t -> raw.chars().noneMatch(Character::isISOControl))
                .orElseThrow(() -> ApiException.badRequest(
                        "INVALID_TIMEFRAME",
                        "Unknown timeframe '" + SymbolResolver.echo(raw) + "'; use one of " + Timeframe.labels()));
    }

    /** A comma list of symbols, each in any spelling; empty when absent. */
    static List<MarketSymbol> symbols(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        List<MarketSymbol> symbols = new ArrayList<>();
        for (String part : raw.split(",", -1)) {
            symbols.add(RequestValues.symbol(part.trim()));
        }
        if (symbols.size() > MAX_SYMBOLS) {
            throw ApiException.badRequest("INVALID_SYMBOL", "At most " + MAX_SYMBOLS + " symbols");
        }
        return symbols;
    }

    /** A comma list of horizons in candles, each 1 to 500; {@code fallback} when absent. */
    static List<Integer> horizons(String raw, List<Integer> fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        List<Integer> horizons = new ArrayList<>();
        try {
            for (String part : raw.split(",", -1)) {
                horizons.add(Integer.parseInt(part.trim()));
            }
        } catch (NumberFormatException e) {
            throw invalidHorizons(raw);
        }
        if (horizons.stream().anyMatch(h -> h < 1 || h > MAX_HORIZON)
                || horizons.stream().distinct().count() > MAX_HORIZONS) {
            throw invalidHorizons(raw);
        }
        return horizons;
    }

    private static ApiException invalidHorizons(String raw) {
        return ApiException.badRequest(
                "INVALID_HORIZONS",
                "horizons must be a comma list of at most " + MAX_HORIZONS + " whole numbers of candles from 1 to "
                        + MAX_HORIZON + ", got '" + SymbolResolver.echo(raw) + "'");
    }

    /**
     * {@code from}: an ISO date (its start, UTC) or instant; {@link Long#MIN_VALUE} when absent. {@code to}: an ISO
     * date (to its end, UTC) or instant; {@link Long#MAX_VALUE} when absent. 400 {@code INVALID_FROM}, {@code
     * INVALID_TO}, or {@code INVALID_RANGE} when {@code from} is after {@code to}.
     */
    static Range range(String from, String to) {
        long fromMs = from == null || from.isBlank() ? Long.MIN_VALUE : time(from, false, "INVALID_FROM", "from");
        long toMs = to == null || to.isBlank() ? Long.MAX_VALUE : time(to, true, "INVALID_TO", "to");
        if (fromMs > toMs) {
            throw ApiException.badRequest("INVALID_RANGE", "from must not be after to");
        }
        return new Range(fromMs, toMs);
    }

    private static long time(String raw, boolean endOfDay, String code, String name) {
        String text = raw.trim();
        try {
            return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate day = LocalDate.parse(text);
                LocalDate start = endOfDay ? day.plusDays(1) : day;
                long ms = start.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                return endOfDay ? ms - 1 : ms;
            } catch (DateTimeParseException notADate) {
                throw ApiException.badRequest(
                        code,
                        name
                                + " must be an ISO date such as 2025-06-01 or an instant such as 2025-06-01T00:00:00Z, got '"
                                + SymbolResolver.echo(raw) + "'");
            }
        }
    }

    static boolean changes(String raw) {
        if (raw == null || raw.isBlank()) {
            return true;
        }
        String text = raw.trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw ApiException.badRequest(
                "INVALID_CHANGES", "changes must be true or false, got '" + SymbolResolver.echo(raw) + "'");
    }
}
