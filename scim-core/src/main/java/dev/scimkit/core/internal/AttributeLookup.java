package dev.scimkit.core.internal;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Reads an attribute of a resource's JSON by already-split path components, ignoring case. */
public final class AttributeLookup {

    private AttributeLookup() {
    }

    /**
     * @param resource     the resource JSON
     * @param coreUrn      the resource's core schema URN
     * @param schemaUrn    the path's URN prefix, or {@code null}
     * @param attribute    the attribute name
     * @param subAttribute the sub-attribute name, or {@code null}
     * @return the value; for a sub-attribute of an array, the array of its values
     */
    public static Optional<JsonValue> find(JsonObject resource, String coreUrn, String schemaUrn, String attribute,
                                           String subAttribute) {
        Objects.requireNonNull(attribute, "attribute is null");
        if (schemaUrn == null || AttributeNames.same(schemaUrn, coreUrn)) {
            JsonValue top = AttributeNames.get(resource, attribute);
            if (top != null) {
                return sub(top, subAttribute);
            }
            if (schemaUrn != null) {
                return Optional.empty();
            }
            for (Map.Entry<String, JsonValue> entry : resource.entrySet()) {
                if (ResourceCodec.isUrn(entry.getKey()) && entry.getValue() instanceof JsonObject extension) {
                    JsonValue value = AttributeNames.get(extension, attribute);
                    if (value != null) {
                        return sub(value, subAttribute);
                    }
                }
            }
            return Optional.empty();
        }
        JsonValue extension = AttributeNames.get(resource, schemaUrn);
        if (!(extension instanceof JsonObject object)) {
            return Optional.empty();
        }
        JsonValue value = AttributeNames.get(object, attribute);
        return value == null ? Optional.empty() : sub(value, subAttribute);
    }

    private static Optional<JsonValue> sub(JsonValue value, String subAttribute) {
        if (subAttribute == null) {
            return Optional.of(value);
        }
        if (value instanceof JsonObject object) {
            return Optional.ofNullable(AttributeNames.get(object, subAttribute));
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArrayBuilder values = ScimJson.builders().createArrayBuilder();
            boolean any = false;
            for (JsonValue element : value.asJsonArray()) {
                if (element instanceof JsonObject object) {
                    JsonValue item = AttributeNames.get(object, subAttribute);
                    if (item != null) {
                        values.add(item);
                        any = true;
                    }
                }
            }
            return any ? Optional.of(values.build()) : Optional.empty();
        }
        return Optional.empty();
    }
}
