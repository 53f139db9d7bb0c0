package io.fastscanner.marketdata.live;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code live-streams} in {@code /q/health/ready}: always UP, since a lost stream only sends its symbols back to
 * requests; its data says how each connection stands ({@code <connection>.state}, {@code .streams},
 * {@code .repairing}, {@code .lastMessage}, {@code .lagMs}, {@code .reconnects}, {@code .reason}).
 */
@Readiness
@ApplicationScoped
public class LiveStreamsReadiness implements HealthCheck {

    private final LiveStreams streams;

    LiveStreamsReadiness(LiveStreams streams) {
        this.streams = streams;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder check =
                HealthCheckResponse.named("live-streams").up().withData("enabled", streams.enabled());
        streams.health()
                .values()
                .forEach(connections -> connections.forEach(c -> {
                    String at = c.connection() + ".";
                    check.withData(at + "state", c.state());
                    check.withData(at + "streams", c.streams());
                    check.withData(at + "repairing", c.repairing());
                    check.withData(at + "reconnects", c.reconnects());
                    if (c.lastMessage() != null) {
                        check.withData(at + "lastMessage", c.lastMessage().toString());
                    }
                    if (c.lagMs() != null) {
                        check.withData(at + "lagMs", c.lagMs());
                    }
                    if (c.reason() != null) {
                        check.withData(at + "reason", c.reason());
                    }
                }));
        return check.build();
    }
}
