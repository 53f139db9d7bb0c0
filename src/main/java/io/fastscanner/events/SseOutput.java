package io.fastscanner.events;

import io.vertx.core.buffer.Buffer;
import java.time.Duration;

/** Where one client's frames are written: its HTTP response. Called on the connection's event loop only. */
interface SseOutput {

    /** True while the socket holds more unsent bytes than it should; the client is drained again once it has room. */
    boolean writeQueueFull();

    void write(Buffer bytes);

    void closeAfter(Duration delay);

    /** Ends the stream cleanly, after everything written so far. */
    void end();
}
