package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.JsonLimits;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
