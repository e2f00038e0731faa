package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.JsonLimits;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.AttributeReference;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;

/** Small JSON-P helpers for the endpoints; every factory comes from {@link ScimJson}. */
final class Json {

    private Json() {
    }

    static JsonObjectBuilder object() {
        return ScimJson.builders().createObjectBuilder();
    }

    static JsonArrayBuilder array() {
        return ScimJson.builders().createArrayBuilder();
    }

    static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = array();
        values.forEach(array::add);
        return array;
    }

    /**
     * Parses a request body that must be a JSON object.
     *
     * @throws ScimException 400 if empty or not an object, 413 if too large, 400 if too deep
     */
    static JsonObject parseBody(byte[] body, JsonLimits limits, String emptyMessage) {
        if (isBlank(body)) {
            throw ScimException.invalidSyntax(emptyMessage);
        }
        return ScimJson.parseObject(body, limits);
    }

    static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /** A copy without the members named (compared ignoring case). */
    static JsonObject without(JsonObject object, String... names) {
        JsonObjectBuilder out = object();
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            if (!named(entry.getKey(), names)) {
                out.add(entry.getKey(), entry.getValue());
            }
        }
        return out.build();
    }

    /**
     * A copy without the attributes referenced: a top-level attribute, a sub-attribute, a member of an
     * extension ({@code schemaUrn} set), or a whole extension ({@code name} a URN), whose URN then also
     * leaves {@code schemas}.
     */
    static JsonObject without(JsonObject object, List<AttributeReference> references) {
        JsonObject out = object;
        for (AttributeReference reference : references) {
            String outer = reference.schemaUrn() != null ? reference.schemaUrn()
                    : reference.subAttribute() != null ? reference.name() : null;
            if (outer == null) {
                String key = AttributeNames.findKey(out, reference.name());
                if (key != null) {
                    out = without(out, key);
                    if (isUrn(key)) {
                        out = withoutSchema(out, key);
                    }
                }
                continue;
            }
            String inner = reference.schemaUrn() != null ? reference.name() : reference.subAttribute();
            String key = AttributeNames.findKey(out, outer);
            if (key != null && out.get(key) instanceof JsonObject container
                    && AttributeNames.findKey(container, inner) != null) {
                out = with(out, key, without(container, inner));
            }
        }
        return out;
    }

    /**
     * @param references attribute references
     * @param outer      the object attribute (or extension URN) a member belongs to, {@code null} at top level
     * @param name       the member's name
     * @return whether the references name that member
     */
    static boolean names(List<AttributeReference> references, String outer, String name) {
        for (AttributeReference reference : references) {
            boolean matches = outer == null
                    ? reference.schemaUrn() == null && reference.subAttribute() == null
                            && AttributeNames.same(reference.name(), name)
                    : reference.schemaUrn() != null
                            ? AttributeNames.same(reference.schemaUrn(), outer) && reference.subAttribute() == null
                                    && AttributeNames.same(reference.name(), name)
                            : AttributeNames.same(reference.name(), outer)
                                    && AttributeNames.same(reference.subAttribute(), name);
            if (matches) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUrn(String key) {
        return key.regionMatches(true, 0, "urn:", 0, 4);
    }

    private static JsonObject withoutSchema(JsonObject object, String urn) {
        JsonValue schemas = AttributeNames.get(object, "schemas");
        if (!(schemas instanceof JsonArray array)) {
            return object;
        }
        JsonArrayBuilder kept = array();
        for (JsonValue value : array) {
            if (!(value instanceof JsonString text && AttributeNames.same(text.getString(), urn))) {
                kept.add(value);
            }
        }
        return with(object, "schemas", kept.build());
    }

    static boolean named(String key, String... names) {
        for (String name : names) {
            if (AttributeNames.same(key, name)) {
                return true;
            }
        }
        return false;
    }

    /** A copy with one member set, replacing a member of the same name in any case. */
    static JsonObject with(JsonObject object, String name, JsonValue value) {
        JsonObjectBuilder out = object();
        boolean replaced = false;
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            if (AttributeNames.same(entry.getKey(), name)) {
                if (!replaced) {
                    out.add(entry.getKey(), value);
                    replaced = true;
                }
            } else {
                out.add(entry.getKey(), entry.getValue());
            }
        }
        if (!replaced) {
            out.add(name, value);
        }
        return out.build();
    }
}
