package io.fastscanner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON requests a client sends on Binance's stream connections ({@code {"method":"SUBSCRIBE","params":[..],
 * "id":1}}) and Binance's answers: {@code {"result":null,"id":1}}, {@code {"result":[..],"id":1}} for
 * {@code LIST_SUBSCRIPTIONS}, {@code {"error":{"code":2,"msg":".."},"id":1}} for a request it cannot take.
 */
final class StreamRequests {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request read; {@code invalid} is Binance's error answer when it could not be read. */
    record Request(String method, List<String> params, JsonNode id, String invalid) {}

    private StreamRequests() {}

    static Request read(String text) {
        JsonNode request;
        try {
            request = JSON.readTree(text);
        } catch (Exception e) {
            return new Request("", List.of(), null, error(3, "Invalid JSON: " + e.getMessage(), null));
        }
        List<String> params = new ArrayList<>();
        request.path("params").forEach(p -> params.add(p.asText()));
        JsonNode id = request.path("id");
        String method = request.path("method").asText("");
        return new Request(method, params, id.isMissingNode() ? null : id, null);
    }

    /** {@code {"result":null,"id":..}}, or with {@code list} as the result. */
    static String result(JsonNode id, List<String> list) {
        ObjectNode answer = JSON.createObjectNode();
        if (list == null) {
            answer.putNull("result");
        } else {
            ArrayNode result = answer.putArray("result");
            list.forEach(result::add);
        }
        return withId(answer, id);
    }

    static String error(int code, String message, JsonNode id) {
        ObjectNode answer = JSON.createObjectNode();
        answer.putObject("error").put("code", code).put("msg", message);
        return withId(answer, id);
    }

    private static String withId(ObjectNode answer, JsonNode id) {
        return answer.set("id", id == null ? JSON.nullNode() : id).toString();
    }
}
