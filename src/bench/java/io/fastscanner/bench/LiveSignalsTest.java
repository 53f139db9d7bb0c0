package io.fastscanner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.marketdata.Timeframe;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The live part's reading of {@code signalUpdated} events and their delays ({@code ./mvnw -Pbench test}). */
class LiveSignalsTest {

    private static final long OPEN = 1_796_129_280_000L; // 2026-12-01T12:48:00Z

    @Test
    void readsTheCandleOfAnEvent() {
        String data = "{\"scanId\":\"live\",\"timestamp\":\"2026-12-01T12:49:00.012Z\",\"exchange\":\"binance\","
                + "\"symbol\":\"SYN0001/USDT\",\"timeframe\":\"1m\",\"candleTime\":\"2026-12-01T12:48:00Z\","
                + "\"candleCloseTime\":\"2026-12-01T12:49:00Z\",\"signal\":{\"symbol\":\"SYN0001/USDT\"";
        assertThat(LiveSignals.candle(data))
                .contains(new LiveSignals.CandleRef("syn0001usdt@kline_1m", Timeframe.M1, OPEN));
        assertThat(LiveSignals.candle("{\"symbol\":\"SYN0001/USDT\",\"timeframe\":\"1h\",\"candleTime\":" + OPEN))
                .contains(new LiveSignals.CandleRef("syn0001usdt@kline_1h", Timeframe.H1, OPEN));
        assertThat(LiveSignals.candle("{\"scanId\":\"x\"}")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void delayIsReceiptMinusTheFinalFramesSend() {
        StreamLog log = new StreamLog();
        long sent = OPEN * 1000 + 60_000_000L;
        log.closedSent("syn0001usdt@kline_1m", OPEN, sent);
        log.closedSent("syn0002usdt@kline_1m", OPEN, sent + 1_000);
        log.batch(new StreamLog.Batch("1m", OPEN, 2, sent, sent + 1_000));
        LiveSignals signals = new LiveSignals();
        SseEvent event = new SseEvent();
        event.name("signalUpdated");
        String data = "{\"symbol\":\"SYN0001/USDT\",\"timeframe\":\"1m\",\"candleTime\":\"2026-12-01T12:48:00Z\"}";
        SseLine line = new SseLine();
        byte[] bytes = ("data:" + data).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        line.append(io.netty.buffer.Unpooled.wrappedBuffer(bytes), 0, bytes.length);
        event.data(line, sent + 25_000);
        signals.onEvent(0, event);

        Map<String, Object> delays = signals.delays(log, Timeframe.M1);
        assertThat(delays).containsEntry("events", 1).containsEntry("delayMsP50", 25.0);
        Map<String, Object> boundary = ((List<Map<String, Object>>) delays.get("boundaries")).get(0);
        assertThat(boundary).containsEntry("framesSent", 2).containsEntry("missing", 1);
    }
}
