package io.fastscanner.events;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets a test profile shrink the server's socket send buffer ({@code test.http.send-buffer-size}, bytes), so a
 * client that stops reading backs up into the server's per-client buffer after a few events, not megabytes.
 */
@ApplicationScoped
public class SendBufferCustomizer implements HttpServerOptionsCustomizer {

    @ConfigProperty(name = "test.http.send-buffer-size", defaultValue = "0")
    int sendBufferSize;

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        if (sendBufferSize > 0) {
            options.setSendBufferSize(sendBufferSize);
        }
    }
}
