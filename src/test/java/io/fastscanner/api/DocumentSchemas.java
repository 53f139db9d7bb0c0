package io.fastscanner.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.Iterator;

/**
 * The schemas of the published OpenAPI document as the contract tests check answers against them: every object schema
 * closed to the properties it names, so a field the document leaves out fails the check.
 */
final class DocumentSchemas {

    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private DocumentSchemas() {}

    /** The schema {@code ref} points to (e.g. {@code #/components/schemas/ApiError}), closed. */
    static Schema closed(JsonNode document, String ref) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("$ref", ref);
        JsonNode components = document.get("components").deepCopy();
        close(components);
        root.set("components", components);
        return REGISTRY.getSchema(root);
    }

    /** The node a {@code $ref} names in the document, or the node itself when it is no reference. */
    static JsonNode resolve(JsonNode document, JsonNode maybeRef) {
        String ref = maybeRef.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : maybeRef;
    }

    private static void close(JsonNode node) {
        if (node.isObject()) {
            if (node.has("properties") && !node.has("additionalProperties")) {
                ((ObjectNode) node).put("additionalProperties", false);
            }
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                close(it.next());
            }
        } else if (node.isArray()) {
            node.forEach(DocumentSchemas::close);
        }
    }
}
