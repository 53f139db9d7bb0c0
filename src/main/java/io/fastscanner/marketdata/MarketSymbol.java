package io.fastscanner.marketdata;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A spot pair such as {@code BTC/USDT}. Parses the spellings clients use: {@code BTC/USDT}, {@code BTC-USDT},
 * {@code BTC_USDT} and the exchange form {@code BTCUSDT} (split on a known quote asset).
 */
@Schema(type = SchemaType.STRING, description = "A spot pair, BASE/QUOTE", example = "BTC/USDT")
public record MarketSymbol(String base, String quote) implements Comparable<MarketSymbol> {

    /** Quote assets recognised when a symbol comes without a separator, longest first. */
    static final List<String> KNOWN_QUOTES =
            List.of("FDUSD", "USDT", "USDC", "TUSD", "BUSD", "USDP", "DAI", "EUR", "TRY", "BRL", "BTC", "ETH", "BNB");

    private static final Pattern ASSET = Pattern.compile("[A-Z0-9]{1,20}");
    private static final Pattern SEPARATED = Pattern.compile("([A-Z0-9]{1,20})[/_-]([A-Z0-9]{1,20})");

    public MarketSymbol {
        if (base == null
                || quote == null
                || !ASSET.matcher(base).matches()
                || !ASSET.matcher(quote).matches()) {
            throw new IllegalArgumentException("invalid asset in symbol: " + base + "/" + quote);
        }
    }

    public static MarketSymbol of(String base, String quote) {
        return new MarketSymbol(base, quote);
    }

    /** Reads the JSON spelling {@code BTC/USDT} (or any other accepted spelling). */
    @JsonCreator
    public static MarketSymbol fromJson(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a symbol: " + text));
    }

    /** Parses any accepted spelling; empty if the text is not a well-formed symbol. */
    public static Optional<MarketSymbol> parse(String text) {
        if (text == null || text.length() > 42) {
            return Optional.empty();
        }
        String upper = text.trim().toUpperCase(Locale.ROOT);
        var separated = SEPARATED.matcher(upper);
        if (separated.matches()) {
            return Optional.of(new MarketSymbol(separated.group(1), separated.group(2)));
        }
        if (!ASSET.matcher(upper).matches() && !upper.matches("[A-Z0-9]{2,40}")) {
            return Optional.empty();
        }
        for (String quote : KNOWN_QUOTES) {
            if (upper.endsWith(quote) && upper.length() > quote.length()) {
                return Optional.of(new MarketSymbol(upper.substring(0, upper.length() - quote.length()), quote));
            }
        }
        return Optional.empty();
    }

    /** The exchange spelling, e.g. {@code BTCUSDT}. */
    public String exchangeSymbol() {
        return base + quote;
    }

    /** The file-name spelling of the replay data, e.g. {@code BTC_USDT}. */
    public String fileStem() {
        return base + "_" + quote;
    }

    /** The spelling of the API, e.g. {@code BTC/USDT}. */
    @JsonValue
    @Override
    public String toString() {
        return base + "/" + quote;
    }

    @Override
    public int compareTo(MarketSymbol other) {
        return toString().compareTo(other.toString());
    }
}
