package io.fastscanner.events;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One Server-Sent Events frame, encoded once and written as is to every client that gets it. The bytes are direct
 * memory, so a socket takes them without copying them per client, and read-only, so connections can share them.
 */
final class SseFrame {

    private final ByteBuf bytes;

    private SseFrame(ByteBuf bytes) {
        this.bytes = bytes;
    }

    static SseFrame of(String text) {
        byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
        ByteBuffer direct =
                ByteBuffer.allocateDirect(encoded.length).put(encoded).flip().asReadOnlyBuffer();
        // A wrapped ByteBuffer is freed by the garbage collector, so the frame never needs a release.
        return new SseFrame(Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(direct)));
    }

    int size() {
        return bytes.readableBytes();
    }

    String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Frames waiting for one client as one buffer, in order; the frames' bytes are referenced, not copied. */
    static Buffer batch(List<SseFrame> frames) {
        if (frames.size() == 1) {
            return Buffer.buffer(frames.get(0).view());
        }
        ByteBuf[] views = new ByteBuf[frames.size()];
        for (int i = 0; i < views.length; i++) {
            views[i] = frames.get(i).view();
        }
        return Buffer.buffer(Unpooled.wrappedBuffer(views));
    }

    /** Its own reader index over the shared bytes, so concurrent writes to several sockets do not interfere. */
    private ByteBuf view() {
        return bytes.duplicate();
    }
}
