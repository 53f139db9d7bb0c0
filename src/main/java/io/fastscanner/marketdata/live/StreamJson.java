package io.fastscanner.marketdata.live;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.fastscanner.marketdata.exchanges.JsonValues;
import io.fastscanner.marketdata.exchanges.MalformedAnswerException;
import java.io.IOException;

/**
 * Token-level reading of stream frames. Frames are read with Jackson's streaming parser, not into a tree: hundreds
 * arrive every second on a busy connection, and a tree for each would cost allocations and CPU that reading a few
 * fields does not need. Values are taken as exchanges send them, numbers as JSON numbers or as strings; a value that is
 * neither throws {@link MalformedAnswerException}, which {@link #readObject} turns into {@link StreamMessage.Ignored}.
 */
public final class StreamJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private StreamJson() {}

    /** Reads the fields of one object, the parser standing on its opening token. */
    @FunctionalInterface
    public interface ObjectReader {
        StreamMessage read(JsonParser json) throws IOException;
    }

    /**
     * A frame that should be one JSON object, read by {@code reader}; anything else, and whatever the reader cannot
     * read, is {@link StreamMessage.Ignored} with the reason: this never throws.
     */
    public static StreamMessage readObject(String text, ObjectReader reader) {
        if (text == null || text.isBlank()) {
            return new StreamMessage.Ignored("empty frame");
        }
        try (JsonParser json = FACTORY.createParser(text)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return new StreamMessage.Ignored("not a JSON object: " + excerpt(text));
            }
            return reader.read(json);
        } catch (IOException | RuntimeException e) {
            return malformed(text, e);
        }
    }

    /** The decimal at the current token, a JSON number or a numeric string. */
    public static double decimal(JsonParser parser, String what) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDoubleValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            return JsonValues.decimalText(parser.getText(), what);
        }
        throw new MalformedAnswerException(what + " is not a number: " + token);
    }

    /** The whole number at the current token, a JSON integer or a numeric string. */
    public static long integer(JsonParser parser, String what) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            return JsonValues.integerText(parser.getText(), what);
        }
        throw new MalformedAnswerException(what + " is not a whole number: " + token);
    }

    /** A true/false flag: a JSON boolean, or {@code "true"}/{@code "1"} as text or number (anything else is false). */
    public static boolean flag(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT) {
            String text = parser.getText().trim();
            return text.equals("1") || text.equalsIgnoreCase("true");
        }
        skip(parser);
        return false;
    }

    /** The scalar at the current token as text ({@code ""} for null); a nested object or array is skipped as "". */
    public static String text(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null || token == JsonToken.VALUE_NULL) {
            return "";
        }
        if (token.isScalarValue()) {
            return parser.getText();
        }
        skip(parser);
        return "";
    }

    /** Moves past the value at the current token, with all it contains. */
    public static void skip(JsonParser parser) throws IOException {
        parser.skipChildren();
    }

    /** Moves to the next field of the object being read; its name, or null at the end of the object. */
    public static String nextField(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            return name;
        }
        if (token == JsonToken.END_OBJECT) {
            return null;
        }
        throw new MalformedAnswerException("frame ends inside an object");
    }

    /** Whether the current token opens an object. */
    public static boolean isObject(JsonParser parser) {
        return parser.currentToken() == JsonToken.START_OBJECT;
    }

    /** Whether the current token opens an array. */
    public static boolean isArray(JsonParser parser) {
        return parser.currentToken() == JsonToken.START_ARRAY;
    }

    /** Moves to the next element of the array being read; false at the end of the array. */
    public static boolean nextElement(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new MalformedAnswerException("frame ends inside an array");
        }
        return token != JsonToken.END_ARRAY;
    }

    /** What is returned for a frame that could not be read, with the parser's reason. */
    private static StreamMessage.Ignored malformed(String text, Exception e) {
        String reason = e instanceof JsonProcessingException
                ? ((JsonProcessingException) e).getOriginalMessage()
                : e.getMessage();
        return new StreamMessage.Ignored("malformed frame (" + reason + "): " + excerpt(text));
    }

    /** A short, single-line excerpt of a frame for {@link StreamMessage.Ignored}. */
    public static String excerpt(String text) {
        String head = text.length() <= 80 ? text : text.substring(0, 80) + "...";
        return head.replaceAll("\\s+", " ").trim();
    }
}
