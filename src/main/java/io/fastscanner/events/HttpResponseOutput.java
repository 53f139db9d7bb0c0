package io.fastscanner.events;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.time.Duration;

/** A client's chunked HTTP response as the output of its {@link SseConnection}. */
record HttpResponseOutput(HttpServerResponse response, Vertx vertx) implements SseOutput {

    @Override
    public boolean writeQueueFull() {
        return response.writeQueueFull();
    }

    @Override
    public void write(Buffer bytes) {
        // Without a completion handler Vert.x writes with Netty's void promise: no promise and callback per write.
        response.write(bytes, null);
    }

    @Override
    public void closeAfter(Duration delay) {
        vertx.setTimer(Math.max(1, delay.toMillis()), id -> response.close());
    }

    @Override
    public void end() {
        if (!response.ended() && !response.closed()) {
            response.end();
        }
    }
}
