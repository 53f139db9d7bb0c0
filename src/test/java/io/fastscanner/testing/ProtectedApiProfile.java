package io.fastscanner.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.time.Duration;
import java.util.Map;

/**
 * The bundled replay with the API's protections switched on and its connection limits small, for the tests of who
 * may call the service and how long it keeps a connection; they share this one start of the application:
 * <ul>
 * <li>{@code ProtectedApiTest}: a token ({@link #TOKEN}) for every request that starts work, reads protected too,
 * and CORS enabled for {@link #ALLOWED_ORIGIN};</li>
 * <li>{@code EventStreamAccessTest}: the stream takes the token as a header or as {@code ?token=}; at most
 * {@link #MAX_CLIENTS} clients; a heartbeat every 500 ms keeps an idle stream open past the idle timeout;</li>
 * <li>{@code ConnectionTimeoutTest}: a connection on which nothing happens for {@link #IDLE_TIMEOUT} is closed.</li>
 * </ul>
 * The deep analysis is off: these tests start scans only to see that they may.
 */
public class ProtectedApiProfile implements QuarkusTestProfile {

    public static final String TOKEN = "test-token-7f3a9c2e51b84d06";
    public static final String ALLOWED_ORIGIN = "http://allowed.example";
    public static final int MAX_CLIENTS = 2;
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration HEARTBEAT = Duration.ofMillis(500);

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "scanner.api.token",
                TOKEN,
                "scanner.api.protect-reads",
                "true",
                "quarkus.http.cors.enabled",
                "true",
                "quarkus.http.cors.origins",
                ALLOWED_ORIGIN,
                "scanner.events.max-clients",
                String.valueOf(MAX_CLIENTS),
                "scanner.events.heartbeat",
                HEARTBEAT.toMillis() + "ms",
                "quarkus.http.idle-timeout",
                IDLE_TIMEOUT.toSeconds() + "s",
                "scanner.deep-analysis.enabled",
                "false");
    }
}
