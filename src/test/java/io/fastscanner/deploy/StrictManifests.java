package io.fastscanner.deploy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads Kubernetes manifests into fabric8's typed API model as strictly as the API server reads them, so that a
 * misspelt or misplaced field fails instead of being dropped.
 *
 * <p>Fabric8's model classes take any field they do not know into {@code additionalProperties} (a Jackson any-setter).
 * Here those setters are switched off, so an unknown field is an unknown property, which fails. A string field given
 * a YAML number or boolean fails too (the API server refuses {@code no} for a string; YAML reads it as false), and so
 * does a key given twice. Then each document must come back the same from the typed model: a field that the model
 * took but does not write back (one it ignores) fails as well.
 */
final class StrictManifests {

    /** The kinds these manifests use; any other kind fails rather than going unchecked. */
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "v1/Service", Service.class,
            "v1/Secret", Secret.class,
            "v1/ConfigMap", ConfigMap.class,
            "apps/v1/Deployment", Deployment.class,
            "batch/v1/CronJob", CronJob.class);

    private static final ObjectMapper YAML = strictMapper();

    private StrictManifests() {}

    static Manifests read(Path file) {
        try {
            return read(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of {@code yaml}, typed; throws {@link InvalidManifestException} at the first problem. */
    static Manifests read(String yaml, String source) {
        List<HasMetadata> resources = new ArrayList<>();
        int index = 0;
        try (MappingIterator<JsonNode> documents =
                YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (documents.hasNextValue()) {
                JsonNode document = documents.nextValue();
                index++;
                if (document != null && !document.isMissingNode() && !document.isNull()) {
                    resources.add(typed(document, source + ", document " + index));
                }
            }
        } catch (IOException e) {
            throw new InvalidManifestException(source + ", document " + (index + 1) + ": " + e.getMessage(), e);
        }
        return new Manifests(resources);
    }

    private static HasMetadata typed(JsonNode document, String where) throws IOException {
        String kind = document.path("apiVersion").asText() + "/"
                + document.path("kind").asText();
        Class<? extends HasMetadata> type = KINDS.get(kind);
        if (type == null) {
            throw new InvalidManifestException(where + ": no model for " + kind + "; known: " + KINDS.keySet());
        }
        where += " (" + document.path("kind").asText() + " "
                + document.path("metadata").path("name").asText() + ")";
        HasMetadata resource;
        try {
            resource = YAML.treeToValue(document, type);
        } catch (IOException e) {
            throw new InvalidManifestException(where + ": " + e.getMessage(), e);
        }
        String dropped = firstDifference(document, YAML.valueToTree(resource), "");
        if (dropped != null) {
            throw new InvalidManifestException(where + ": " + dropped + " does not survive the Kubernetes model");
        }
        return resource;
    }

    /**
     * The first path where the document's structure differs from the model's rendering of it. Only objects and the
     * length of arrays are compared: the model may write a scalar differently (a quantity {@code 2} as {@code "2"}).
     */
    private static String firstDifference(JsonNode document, JsonNode rendered, String path) {
        if (document.isObject()) {
            if (!rendered.isObject()) {
                return path;
            }
            for (Iterator<String> names = document.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                String difference = firstDifference(document.get(name), rendered.path(name), path + "/" + name);
                if (difference != null) {
                    return difference;
                }
            }
            return document.size() == rendered.size() ? null : path;
        }
        if (document.isArray()) {
            if (!rendered.isArray() || rendered.size() != document.size()) {
                return path;
            }
            for (int i = 0; i < document.size(); i++) {
                String difference = firstDifference(document.get(i), rendered.get(i), path + "/" + i);
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        return rendered.isMissingNode() || rendered.isContainerNode() ? path : null;
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = JsonMapper.builder(new YAMLFactory())
                .annotationIntrospector(new NoAnySetter())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return mapper;
    }

    /** Jackson without {@code @JsonAnySetter}: fabric8's catch-all for unknown fields. */
    private static final class NoAnySetter extends JacksonAnnotationIntrospector {
        @Override
        public Boolean hasAnySetter(Annotated annotated) {
            return Boolean.FALSE;
        }
    }

    /** A manifest the API server would refuse, or that would lose a field on the way. */
    static final class InvalidManifestException extends RuntimeException {
        InvalidManifestException(String message) {
            super(message);
        }

        InvalidManifestException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
