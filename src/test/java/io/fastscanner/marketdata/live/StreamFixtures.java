package io.fastscanner.marketdata.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The documented stream messages of {@code exchanges/<id>/ws-kline.json}, and frames that no exchange sends. */
public final class StreamFixtures {

    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String JSONISH = "{}[]\":,0123456789.-eE truefalsnl\\abcxyz@";

    private StreamFixtures() {}

    /** The ws-kline.json of the exchange {@code id}. */
    public static JsonNode wsKline(String id) {
        String path = "exchanges/" + id + "/ws-kline.json";
        try (var in = StreamFixtures.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Frames no exchange should send: empty and blank text, scalars, arrays, every cut of {@code valid} short of its
     * end, and random strings, half of them made of JSON's own characters (seeded, so a failure repeats).
     */
    public static List<String> garbage(String valid) {
        List<String> frames = new ArrayList<>(List.of(
                "", " ", "\n", "null", "true", "42", "\"text\"", "[]", "[1,2]", "{", "}", "{}}", "{\"a\":}", "\u0000"));
        for (int end = 1; end < valid.length(); end++) {
            frames.add(valid.substring(0, end));
        }
        Random random = new Random(20261201L);
        for (int i = 0; i < 500; i++) {
            StringBuilder frame = new StringBuilder();
            int length = random.nextInt(60);
            for (int c = 0; c < length; c++) {
                frame.append(
                        i % 2 == 0 ? JSONISH.charAt(random.nextInt(JSONISH.length())) : (char) random.nextInt(0x3000));
            }
            frames.add(frame.toString());
        }
        return frames;
    }

    /** Every frame of {@code frames} is read without throwing, as something other than candles. */
    public static void assertReadAsNoCandles(StreamProtocol protocol, List<String> frames) {
        for (String frame : frames) {
            StreamMessage message = protocol.read(frame);
            assertThat(message).as("read of %s", frame).isNotNull().isNotInstanceOf(StreamMessage.Klines.class);
        }
    }

    /** The one update of a frame read as candles. */
    public static KlineUpdate onlyUpdate(StreamMessage message) {
        assertThat(message).isInstanceOf(StreamMessage.Klines.class);
        List<KlineUpdate> updates = ((StreamMessage.Klines) message).updates();
        assertThat(updates).hasSize(1);
        return updates.get(0);
    }
}
