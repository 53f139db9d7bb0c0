package io.fastscanner.bench;

import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code signalUpdated} events one SSE client received, and how long after the simulator sent the closed candle
 * each arrived: receipt time - the send time of the candle's final frame ({@link StreamLog#closedSentMicros}), both
 * read from this JVM's clock. An event names its candle by {@code symbol}, {@code timeframe} and {@code candleTime}
 * (the candle's open), which the service writes near the start of its data.
 */
final class LiveSignals implements SseClients.Listener {

    private static final Pattern SYMBOL = Pattern.compile("\"symbol\":\"([^\"]+)\"");
    private static final Pattern TIMEFRAME = Pattern.compile("\"timeframe\":\"([^\"]+)\"");
    private static final Pattern CANDLE_TIME = Pattern.compile("\"candleTime\":(\"([^\"]+)\"|(\\d+))");

    /** One event: when it arrived (epoch µs) and the start of its data. */
    record Received(long receivedMicros, String data) {}

    /** The event's candle, read from its data. */
    record CandleRef(String stream, Timeframe timeframe, long openMs) {}

    private final Queue<Received> received = new ConcurrentLinkedQueue<>();

    @Override
    public void onEvent(int client, SseEvent event) {
        if ("signalUpdated".equals(event.name())) {
            received.add(new Received(event.receivedMicros(), event.dataStart()));
        }
    }

    void clear() {
        received.clear();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    static Optional<CandleRef> candle(String data) {
        if (data == null) {
            return Optional.empty();
        }
        Matcher symbol = SYMBOL.matcher(data);
        Matcher timeframe = TIMEFRAME.matcher(data);
        Matcher time = CANDLE_TIME.matcher(data);
        if (!symbol.find() || !timeframe.find() || !time.find()) {
            return Optional.empty();
        }
        Optional<MarketSymbol> s = MarketSymbol.parse(symbol.group(1));
        Optional<Timeframe> tf = Timeframe.fromLabel(timeframe.group(1));
        if (s.isEmpty() || tf.isEmpty()) {
            return Optional.empty();
        }
        long openMs =
                time.group(2) != null ? Instant.parse(time.group(2)).toEpochMilli() : Long.parseLong(time.group(3));
        return Optional.of(new CandleRef(KlineFrames.streamName(s.get(), tf.get()), tf.get(), openMs));
    }

    /**
     * Per boundary of {@code timeframe} the simulator pushed (its batches): frames sent, events received for those
     * candles, and the delay from each frame's send to its event's receipt; then the same over all of them.
     */
    Map<String, Object> delays(StreamLog log, Timeframe timeframe) {
        Map<String, List<Double>> byOpen = new LinkedHashMap<>();
        int unmatched = 0;
        for (Received r : received) {
            Optional<CandleRef> ref = candle(r.data());
            Long sent = ref.filter(c -> c.timeframe() == timeframe)
                    .map(c -> log.closedSentMicros(c.stream(), c.openMs()))
                    .orElse(null);
            if (sent == null) {
                unmatched++;
                continue;
            }
            byOpen.computeIfAbsent(Long.toString(ref.get().openMs()), k -> new ArrayList<>())
                    .add((r.receivedMicros() - sent) / 1000.0);
        }
        List<Map<String, Object>> boundaries = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        int missing = 0;
        for (StreamLog.Batch b : log.batches()) {
            if (!b.interval().equals(timeframe.label())) {
                continue;
            }
            List<Double> delays = byOpen.getOrDefault(Long.toString(b.openMs()), List.of());
            all.addAll(delays);
            Map<String, Object> m = summary(delays);
            m.put("candleOpen", Instant.ofEpochMilli(b.openMs()).toString());
            m.put("framesSent", b.frames());
            m.put("missing", Math.max(0, b.frames() - delays.size()));
            missing += Math.max(0, b.frames() - delays.size());
            m.put("simulatorSendSpreadMs", Stats.round((b.lastSendMicros() - b.firstSendMicros()) / 1000.0));
            boundaries.add(m);
        }
        Map<String, Object> result = summary(all);
        result.put("timeframe", timeframe.label());
        result.put("missing", missing);
        result.put("boundaries", boundaries);
        result.put("signalUpdatedReceived", received.size());
        result.put("eventsNotMatched", unmatched);
        return result;
    }

    private static Map<String, Object> summary(List<Double> delays) {
        double[] v = delays.stream().mapToDouble(Double::doubleValue).toArray();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("events", v.length);
        m.put("delayMsP50", Stats.round(Stats.percentile(v, 50)));
        m.put("delayMsP99", Stats.round(Stats.percentile(v, 99)));
        m.put("delayMsMax", Stats.round(Stats.max(v)));
        return m;
    }
}
