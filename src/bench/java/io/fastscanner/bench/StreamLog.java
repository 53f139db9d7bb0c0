package io.fastscanner.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the kline stream simulator ({@link BinanceStreams}) saw and sent since its last reset: connections, the
 * clients' messages (and the most of them in one second), disconnections by reason, frames sent, and when each
 * closed candle's final frame was sent ({@link #closedSentMicros}), from which the bench measures how soon the
 * service publishes the candle's signal.
 */
final class StreamLog {

    /** The final frames of one interval's candles pushed at one boundary. */
    record Batch(String interval, long openMs, int frames, long firstSendMicros, long lastSendMicros) {}

    final AtomicLong connections = new AtomicLong();
    final AtomicLong messages = new AtomicLong();
    final AtomicLong subscribeMessages = new AtomicLong();
    final AtomicLong formingFrames = new AtomicLong();
    final AtomicLong closedFrames = new AtomicLong();
    final AtomicLong pongs = new AtomicLong();
    private final Map<String, AtomicLong> disconnects = new ConcurrentHashMap<>();
    private final Map<String, Long> closedSent = new ConcurrentHashMap<>();
    private final List<Batch> batches = new ArrayList<>();
    private volatile int peakMessagesPerSecond;
    private volatile int peakStreamsPerConnection;

    synchronized void reset() {
        connections.set(0);
        messages.set(0);
        subscribeMessages.set(0);
        formingFrames.set(0);
        closedFrames.set(0);
        pongs.set(0);
        disconnects.clear();
        closedSent.clear();
        batches.clear();
        peakMessagesPerSecond = 0;
        peakStreamsPerConnection = 0;
    }

    void messagesInLastSecond(int count) {
        if (count > peakMessagesPerSecond) {
            peakMessagesPerSecond = count; // benign race: a peak
        }
    }

    void streamsOnConnection(int count) {
        if (count > peakStreamsPerConnection) {
            peakStreamsPerConnection = count;
        }
    }

    void disconnected(String reason) {
        disconnects.computeIfAbsent(reason, k -> new AtomicLong()).incrementAndGet();
    }

    void closedSent(String stream, long openMs, long sentMicros) {
        closedFrames.incrementAndGet();
        closedSent.putIfAbsent(stream + "|" + openMs, sentMicros);
    }

    /** When the final frame of {@code stream}'s candle opening at {@code openMs} was sent (epoch µs), or null. */
    Long closedSentMicros(String stream, long openMs) {
        return closedSent.get(stream + "|" + openMs);
    }

    synchronized void batch(Batch batch) {
        batches.add(batch);
    }

    synchronized List<Batch> batches() {
        return List.copyOf(batches);
    }

    synchronized Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("connectionsOpened", connections.get());
        m.put("messagesReceived", messages.get());
        m.put("subscribeMessages", subscribeMessages.get());
        m.put("peakMessagesPerSecond", peakMessagesPerSecond);
        m.put("peakStreamsPerConnection", peakStreamsPerConnection);
        m.put("formingFramesSent", formingFrames.get());
        m.put("closedFramesSent", closedFrames.get());
        m.put("pongs", pongs.get());
        Map<String, Long> byReason = new TreeMap<>();
        disconnects.forEach((k, v) -> byReason.put(k, v.get()));
        m.put("disconnects", byReason);
        List<Map<String, Object>> pushed = new ArrayList<>();
        for (Batch b : batches) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("interval", b.interval());
            one.put("openMs", b.openMs());
            one.put("frames", b.frames());
            one.put("sendSpreadMs", Stats.round((b.lastSendMicros() - b.firstSendMicros()) / 1000.0));
            pushed.add(one);
        }
        m.put("closedBatches", pushed);
        return m;
    }
}
