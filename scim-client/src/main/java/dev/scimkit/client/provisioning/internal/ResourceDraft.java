package dev.scimkit.client.provisioning.internal;

import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A resource under construction by {@link TargetPath#write}: nested maps and lists of JSON values,
 * turned into one {@link JsonObject} at the end. Not thread-safe; one per resource.
 */
public final class ResourceDraft {

    private final Map<String, Object> root = new LinkedHashMap<>();
    private final List<String> extensions = new ArrayList<>();

    Map<String, Object> root() {
        return root;
    }

    Map<String, Object> extension(String urn) {
        if (!extensions.contains(urn)) {
            extensions.add(urn);
        }
        return object(root, urn);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> container, String name) {
        Object existing = container.get(name);
        if (existing instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        Map<String, Object> created = new LinkedHashMap<>();
        if (existing instanceof JsonObject json) {
            created.putAll(json);
        }
        container.put(name, created);
        return created;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> container, String name) {
        Object existing = container.get(name);
        if (existing instanceof List<?> list) {
            return (List<Map<String, Object>>) list;
        }
        List<Map<String, Object>> created = new ArrayList<>();
        container.put(name, created);
        return created;
    }

    /** @return whether nothing was written */
    public boolean isEmpty() {
        return root.isEmpty();
    }

    /**
     * @param coreSchema the core schema URN to list first in {@code schemas}, or {@code null} to add no
     *                   {@code schemas} attribute
     * @return the resource as JSON
     */
    public JsonObject toJson(String coreSchema) {
        JsonObjectBuilder builder = ScimJson.builders().createObjectBuilder();
        if (coreSchema != null) {
            JsonArrayBuilder schemas = ScimJson.builders().createArrayBuilder().add(coreSchema);
            extensions.forEach(schemas::add);
            builder.add("schemas", schemas);
        }
        root.forEach((name, value) -> builder.add(name, toJsonValue(value)));
        return builder.build();
    }

    private static JsonValue toJsonValue(Object value) {
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder builder = ScimJson.builders().createObjectBuilder();
            map.forEach((name, item) -> builder.add((String) name, toJsonValue(item)));
            return builder.build();
        }
        JsonArrayBuilder array = ScimJson.builders().createArrayBuilder();
        for (Object item : (List<?>) value) {
            array.add(toJsonValue(item));
        }
        return array.build();
    }
}
