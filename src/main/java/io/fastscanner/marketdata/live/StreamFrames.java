package io.fastscanner.marketdata.live;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Writing the frames a client sends: subscriptions split into batches, each written as one JSON text. */
public final class StreamFrames {

    private static final JsonFactory FACTORY = new JsonFactory();

    private StreamFrames() {}

    /** What one frame holds, written with a generator that the frame's JSON is then taken from. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    /** {@code items} in consecutive batches of at most {@code size}, in their order. */
    public static <T> List<List<T>> batches(List<T> items, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        List<List<T>> batches = new ArrayList<>((items.size() + size - 1) / size);
        for (int from = 0; from < items.size(); from += size) {
            batches.add(List.copyOf(items.subList(from, Math.min(items.size(), from + size))));
        }
        return batches;
    }

    /** One JSON text. */
    public static String json(Body body) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The strings as the elements of a JSON array field {@code name}. */
    public static void stringArray(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
