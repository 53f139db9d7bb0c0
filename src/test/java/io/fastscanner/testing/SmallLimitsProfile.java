package io.fastscanner.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The bundled replay with small limits, each of which one test class needs to reach its edge within seconds; none of
 * them changes what the others check, so the classes share this one start of the application:
 * <ul>
 * <li>{@code EventStreamLimitsTest}: a replay buffer of 4 events, a heartbeat every 200 ms, a retry hint of 1.5 s;</li>
 * <li>{@code EventStreamSlowClientTest}: 32 events waiting per client and a 4 KB socket send buffer
 * ({@code SendBufferCustomizer}), so a client that stops reading is dropped after a few scans;</li>
 * <li>{@code MlTrainingCapTest}: the pooled model is trained on at most 3 symbols.</li>
 * </ul>
 */
public class SmallLimitsProfile implements QuarkusTestProfile {

    public static final int REPLAY_SIZE = 4;
    public static final long RETRY_MS = 1500;
    public static final int CLIENT_BUFFER = 32;
    public static final int MAX_TRAINING_SYMBOLS = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "scanner.events.replay-size",
                String.valueOf(REPLAY_SIZE),
                "scanner.events.heartbeat",
                "200ms",
                "scanner.events.retry",
                RETRY_MS + "ms",
                // 32 leaves a reading client room for a whole scan's burst of events (3 + 2 x 14 = 31)
                "scanner.events.client-buffer",
                String.valueOf(CLIENT_BUFFER),
                "test.http.send-buffer-size",
                "4096",
                "scanner.ml.max-training-symbols",
                String.valueOf(MAX_TRAINING_SYMBOLS));
    }
}
