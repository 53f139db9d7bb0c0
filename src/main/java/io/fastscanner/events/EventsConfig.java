package io.fastscanner.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code scanner.events.*}: the Server-Sent Events stream. */
@ConfigMapping(prefix = "scanner.events")
public interface EventsConfig {

    /** Events kept for clients that reconnect with {@code Last-Event-ID}. */
    @WithDefault("1000")
    int replaySize();

    /** Interval of the comment heartbeat that keeps idle connections open through proxies. */
    @WithDefault("15s")
    Duration heartbeat();

    /** Events one client may have waiting; a client that falls further behind is sent an error and dropped. */
    @WithDefault("2000")
    int clientBuffer();

    /** Reconnection delay suggested to clients ({@code retry:}). */
    @WithDefault("3s")
    Duration retry();

    /**
     * Clients connected at once; one more is answered with 503 {@code TOO_MANY_CLIENTS}. The benchmark measures
     * 1,000 clients within the memory the packaged service's JVM options give it.
     */
    @WithDefault("1000")
    int maxClients();
}
