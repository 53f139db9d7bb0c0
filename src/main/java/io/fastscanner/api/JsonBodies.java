package io.fastscanner.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.fastscanner.errors.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.Collectors;

/**
 * Reads optional JSON request bodies in two steps, so the client learns which kind of mistake it made: text that is
 * not JSON, or JSON followed by anything else ({@code INVALID_JSON}), or JSON of the wrong shape
 * ({@code INVALID_FIELD_TYPE}: also a number or a boolean where text belongs, which Jackson would otherwise turn
 * into text). An empty body is no body. The content type was checked before ({@link CallerPolicy}).
 */
@ApplicationScoped
public class JsonBodies {

    private final ObjectMapper mapper;

    JsonBodies(ObjectMapper mapper) {
        this.mapper = mapper.copy();
        this.mapper
                .coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    public <T> T readOptional(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            return null;
        }
        JsonNode tree;
        try {
            tree = mapper.reader()
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("INVALID_JSON", "The request body is not valid JSON");
        }
        if (!tree.isObject()) {
            throw ApiException.badRequest("INVALID_FIELD_TYPE", "The request body must be a JSON object");
        }
        try {
            return mapper.treeToValue(tree, type);
        } catch (JsonMappingException e) {
            throw ApiException.badRequest("INVALID_FIELD_TYPE", "Wrong JSON type" + at(e));
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("INVALID_JSON", "The request body could not be read");
        }
    }

    private static String at(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        String safe = path.replaceAll("[^A-Za-z0-9_.\\[\\]]", "");
        return safe.isEmpty() ? "" : " at '" + safe.substring(0, Math.min(64, safe.length())) + "'";
    }
}
