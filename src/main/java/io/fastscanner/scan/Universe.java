package io.fastscanner.scan;

import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The default scan universe: the top N pairs of one quote asset by 24 h quote volume, leaving out pairs whose
 * base is itself a stablecoin or a fiat currency (USDC/USDT, EUR/USDT ...: no market to scan) and leveraged
 * tokens (a base made of another listed base plus UP, DOWN, BULL or BEAR, e.g. BTCUP).
 */
public final class Universe {

    static final Set<String> STABLE_OR_FIAT = Set.of(
            "USDT", "USDC", "FDUSD", "TUSD", "BUSD", "USDP", "DAI", "PAX", "USDE", "PYUSD", "USD1", "USDS", "UST",
            "SUSD", "GUSD", "EURI", "AEUR", "EUR", "GBP", "AUD", "TRY", "BRL", "RUB", "UAH", "ZAR", "NGN", "ARS", "JPY",
            "MXN", "PLN", "RON", "COP", "CZK", "IDRT", "BIDR", "BVND");
    private static final List<String> LEVERAGED_SUFFIXES = List.of("UP", "DOWN", "BULL", "BEAR");

    private Universe() {}

    public static List<MarketSymbol> top(Collection<Ticker24h> tickers, String quote, int size) {
        Set<String> bases = tickers.stream().map(t -> t.symbol().base()).collect(Collectors.toSet());
        return tickers.stream()
                .filter(t -> t.symbol().quote().equals(quote))
                .filter(t -> !STABLE_OR_FIAT.contains(t.symbol().base()))
                .filter(t -> !isLeveragedToken(t.symbol().base(), bases))
                .filter(t -> Double.isFinite(t.quoteVolume()))
                .sorted(Comparator.comparingDouble(Ticker24h::quoteVolume)
                        .reversed()
                        .thenComparing(t -> t.symbol().toString()))
                .limit(size)
                .map(Ticker24h::symbol)
                .toList();
    }

    static boolean isLeveragedToken(String base, Set<String> listedBases) {
        for (String suffix : LEVERAGED_SUFFIXES) {
            if (base.endsWith(suffix)
                    && base.length() - suffix.length() >= 2
                    && listedBases.contains(base.substring(0, base.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
    }
}
