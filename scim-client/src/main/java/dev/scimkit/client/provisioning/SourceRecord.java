package dev.scimkit.client.provisioning;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * One person as the source directory (Entra ID, Okta, Google Workspace, an HR export, …) describes
 * them: attribute names of the source's choosing with JSON values. Immutable.
 *
 * <p>Names are looked up case-insensitively, like SCIM attribute names. A scope filter is evaluated
 * against {@link #attributes()}, so it names source attributes: {@code accountEnabled eq true and
 * department eq "Sales"}.
 *
 * <pre>{@code
 * SourceRecord alice = SourceRecord.of(Map.of(
 *         "userPrincipalName", "alice@example.com",
 *         "givenName", "Alice", "surname", "Archer",
 *         "accountEnabled", true));
 * }</pre>
 *
 * @param attributes the person's attributes as a JSON object
 */
public record SourceRecord(JsonObject attributes) {

    /**
     * Checks the argument.
     *
     * @throws NullPointerException if {@code attributes} is null
     */
    public SourceRecord {
        Objects.requireNonNull(attributes, "attributes is null");
    }

    /**
     * Converts plain Java values: {@link String}, {@link Boolean}, {@link Integer}, {@link Long},
     * {@link BigInteger}, {@link Double}, {@link BigDecimal}, {@link Collection}s and {@link Map}s of
     * those, and {@link JsonValue}s. {@code null} values are left out.
     *
     * @param attributes the attributes by name
     * @return the record
     * @throws NullPointerException if {@code attributes} or one of its keys is null
     * @throws ScimException        400 {@code invalidValue} naming the attribute whose value has another type
     */
    public static SourceRecord of(Map<String, ?> attributes) {
        Objects.requireNonNull(attributes, "attributes is null");
        return new SourceRecord(toObject(attributes, ""));
    }

    /**
     * @param name a source attribute name, compared case-insensitively
     * @return its value, or {@code null} when absent or JSON null
     */
    public JsonValue get(String name) {
        JsonValue value = AttributeNames.get(attributes, name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    private static JsonObject toObject(Map<?, ?> map, String prefix) {
        JsonObjectBuilder builder = ScimJson.builders().createObjectBuilder();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            Objects.requireNonNull(entry.getKey(), "attribute name is null");
            String name = entry.getKey().toString();
            if (entry.getValue() != null) {
                builder.add(name, toJson(entry.getValue(), prefix + name));
            }
        }
        return builder.build();
    }

    private static JsonValue toJson(Object value, String where) {
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof String text) {
            return ScimJson.provider().createValue(text);
        }
        if (value instanceof Boolean flag) {
            return flag ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long) {
            return ScimJson.provider().createValue(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return ScimJson.provider().createValue(big);
        }
        if (value instanceof Double number) {
            return ScimJson.provider().createValue(number.doubleValue());
        }
        if (value instanceof BigDecimal decimal) {
            return ScimJson.provider().createValue(decimal);
        }
        if (value instanceof Map<?, ?> map) {
            return toObject(map, where + ".");
        }
        if (value instanceof Collection<?> items) {
            JsonArrayBuilder array = ScimJson.builders().createArrayBuilder();
            for (Object item : items) {
                if (item != null) {
                    array.add(toJson(item, where + "[]"));
                }
            }
            return array.build();
        }
        throw ScimException.invalidValue("source attribute '" + where + "' has a value of type "
                + value.getClass().getName() + "; expected a string, boolean, number, collection, map or JSON value");
    }
}
