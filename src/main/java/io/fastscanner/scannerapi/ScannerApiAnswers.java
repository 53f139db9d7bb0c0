package io.fastscanner.scannerapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.signal.SignalType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parsing and mapping of the Python service's answers. Pure functions, no Quarkus types.
 * <p>
 * Its bodies are produced by Python's {@code json}, which writes {@code NaN}, {@code Infinity} and
 * {@code -Infinity} literals; a dedicated mapper accepts them and the mapping turns them into null. Missing fields
 * become null too.
 */
public final class ScannerApiAnswers {

    /** Lenient about Python's non-standard number literals, strict about everything else. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private ScannerApiAnswers() {}

    /**
     * The body of a 2xx answer as a JSON object. A non-2xx answer throws {@link ScannerApiHttpException} when it
     * carries the service's {@code {error, message}} JSON and {@link MalformedResponseException} otherwise (for
     * instance Flask's HTML 404 page); a 2xx answer that is not a JSON object throws
     * {@link MalformedResponseException}.
     */
    public static JsonNode expectJsonObject(RawAnswer answer) {
        JsonNode body = tryParseObject(answer.body());
        if (answer.status() < 200 || answer.status() >= 300) {
            if (body != null && (body.has("error") || body.has("message"))) {
                throw new ScannerApiHttpException(answer.status(), answer.body());
            }
            throw new MalformedResponseException(
                    "http_" + answer.status() + " with a non-JSON body" + snippet(answer.body()));
        }
        if (body == null) {
            throw new MalformedResponseException(
                    "http_" + answer.status() + " with a non-JSON body" + snippet(answer.body()));
        }
        return body;
    }

    /** The body as a JSON object, or null when it is not one. */
    static JsonNode tryParseObject(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }

    /**
     * The reason text for an error answer: {@code http_500: Failed to queue scan (400 Bad Request: ...)} from its
     * {@code {error, message}} body, or just {@code http_500} when the body says nothing usable.
     */
    public static String httpReason(int status, String body) {
        JsonNode json = tryParseObject(body);
        String message = json == null ? null : text(json.get("message"));
        String error = json == null ? null : text(json.get("error"));
        StringBuilder reason = new StringBuilder("http_").append(status);
        if (message != null) {
            reason.append(": ").append(message);
            if (error != null) {
                reason.append(" (").append(error).append(')');
            }
        } else if (error != null) {
            reason.append(": ").append(error);
        }
        return reason.toString();
    }

    /** {@code last_scan} of a status answer; null when it has never scanned. */
    public static String lastScan(JsonNode status) {
        return text(status.get("last_scan"));
    }

    /** Whether a scan answer carries signals (older, synchronous version). */
    public static boolean hasSignals(JsonNode body) {
        return body.has("signals");
    }

    /** The {@code timestamp} of its 202 answer: its clock when it accepted the request. */
    static String acceptedAt(JsonNode accepted) {
        return text(accepted.get("timestamp"));
    }

    /** How many signals its answer holds, of any symbol and label. */
    static int signalCount(JsonNode body) {
        JsonNode signals = body.get("signals");
        return signals != null && signals.isArray() ? signals.size() : 0;
    }

    /**
     * Why a {@code {signals, metadata}} answer cannot be the answer to our request for {@code label}, read after a
     * status showed {@code lastScan}: another scan's results replaced them in between ({@code metadata.last_scan}
     * differs), or every signal is for another label (someone else's scan). Empty when it can be ours.
     */
    static Optional<String> notOurs(JsonNode body, ScannerApiLabel label, String lastScan) {
        String itsLastScan = text(body.path("metadata").get("last_scan"));
        if (lastScan != null && itsLastScan != null && !itsLastScan.equals(lastScan)) {
            return Optional.of(
                    "its results changed before we read them (last_scan " + itsLastScan + ", ours " + lastScan + ")");
        }
        Set<String> otherLabels = new TreeSet<>();
        for (JsonNode signal : body.path("signals")) {
            String itsLabel = text(signal.get("timeframe"));
            if (itsLabel == null || itsLabel.equals(label.label())) {
                return Optional.empty();
            }
            otherLabels.add(itsLabel);
        }
        return otherLabels.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        "its signals are for the label " + String.join(", ", otherLabels) + ", not " + label.label());
    }

    /**
     * The opinions in a {@code {signals:[...]}} body, keyed by our symbol spelling. Signals computed for another
     * label than {@code label} (the service keeps only its last scan, which anyone may have triggered) are left out,
     * as are signals without a symbol or with one that is not a spot pair. When a symbol appears twice (one per exchange) the first one wins: the
     * service sorts by its combined score.
     */
    public static Map<MarketSymbol, ScannerApiOpinion> opinions(
            JsonNode body, String contract, ScannerApiLabel label, Instant fetchedAt) {
        JsonNode signals = body.get("signals");
        if (signals == null || !signals.isArray()) {
            throw new MalformedResponseException("no signals array in the answer");
        }
        Map<MarketSymbol, ScannerApiOpinion> bySymbol = new LinkedHashMap<>();
        for (JsonNode signal : signals) {
            if (!signal.isObject()) {
                continue;
            }
            Optional<MarketSymbol> symbol = ourSymbol(text(signal.get("symbol")));
            String itsLabel = text(signal.get("timeframe"));
            if (symbol.isEmpty() || (itsLabel != null && !itsLabel.equals(label.label()))) {
                continue;
            }
            bySymbol.putIfAbsent(symbol.get(), opinion(signal, contract, label, fetchedAt));
        }
        return bySymbol;
    }

    /**
     * One signal object mapped; missing or non-finite numbers become null. A HOLD's levels are left out: the service
     * fills them with placeholders (stop-loss entry -3 %, take-profit entry +3 %, ratio 1.0), not a plan.
     */
    static ScannerApiOpinion opinion(JsonNode signal, String contract, ScannerApiLabel label, Instant fetchedAt) {
        JsonNode regime = signal.path("market_regime");
        JsonNode advanced = signal.path("advanced");
        JsonNode risk = signal.path("risk_reward");
        SignalType type = signalType(text(signal.get("signal")));
        boolean placeholderLevels = type == SignalType.HOLD;
        return new ScannerApiOpinion(
                ScannerApiOpinion.SOURCE,
                contract,
                label.label(),
                label.candles().label(),
                type,
                text(regime.get("regime")),
                fraction(number(regime.get("confidence"))),
                number(advanced.get("opportunity_score")),
                placeholderLevels ? null : number(risk.get("stop_loss")),
                placeholderLevels ? null : number(risk.get("take_profit")),
                placeholderLevels ? null : number(risk.get("risk_reward_ratio")),
                number(signal.get("price")),
                null,
                fetchedAt,
                placeholderLevels ? ScannerApiOpinion.HOLD_LEVELS_LEFT_OUT : null);
    }

    /** Its 0-100 confidence as 0..1, rounded to 4 decimals ({@code 81.7} is {@code 0.817}, not 0.8170000000000001). */
    static Double fraction(Double percent) {
        if (percent == null) {
            return null;
        }
        double scaled = BigDecimal.valueOf(percent)
                .movePointLeft(2)
                .setScale(4, RoundingMode.HALF_UP)
                .doubleValue();
        return Math.max(0.0, Math.min(1.0, scaled));
    }

    /**
     * Our symbol for its spelling: {@code BTC/USDT:USDT} (a ccxt perpetual, settle currency after the colon) is
     * {@code BTC/USDT}. Empty when there is no symbol or it is not one we could scan.
     */
    public static Optional<MarketSymbol> ourSymbol(String its) {
        if (its == null || its.isBlank()) {
            return Optional.empty();
        }
        String withoutSettle = its.trim();
        int colon = withoutSettle.indexOf(':');
        return MarketSymbol.parse(colon >= 0 ? withoutSettle.substring(0, colon) : withoutSettle);
    }

    static SignalType signalType(String text) {
        if (text == null) {
            return null;
        }
        try {
            return SignalType.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** A finite number, or null (missing, null, NaN, infinite, not a number). Numeric strings are accepted. */
    static Double number(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        double value;
        if (node.isNumber()) {
            value = node.doubleValue();
        } else if (node.isTextual()) {
            try {
                value = Double.parseDouble(node.textValue().trim());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        } else {
            return null;
        }
        return Double.isFinite(value) ? value : null;
    }

    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isContainerNode()) {
            return null;
        }
        String text = node.asText();
        return text.isBlank() ? null : text;
    }

    private static String snippet(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String flat = body.replaceAll("\\s+", " ").trim();
        return ": " + (flat.length() > 80 ? flat.substring(0, 80) + "..." : flat);
    }
}
