package dev.scimkit.core;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * Zoom's licence, Zoom Phone and Contact Center extension of a {@link User}
 * ({@value SchemaRegistry#ZOOM_USER_LICENSE}).
 *
 * <p>Zoom adds fields to it every few months, so it is an open map: every member is kept as sent,
 * and {@link #string} / {@link #flag} read any of them by name (case-insensitively).
 *
 * @param attributes the extension object as sent
 */
public record ZoomUserLicense(JsonObject attributes) {

    /**
     * Checks for null.
     *
     * @throws NullPointerException if {@code attributes} is null
     */
    public ZoomUserLicense {
        Objects.requireNonNull(attributes, "attributes is null");
    }

    /** @return an extension without members */
    public static ZoomUserLicense empty() {
        return new ZoomUserLicense(JsonValue.EMPTY_JSON_OBJECT);
    }

    /**
     * @param name an attribute name such as {@code pronouns}, in any case
     * @return its string value, empty when absent or not a string
     */
    public Optional<String> string(String name) {
        JsonValue value = AttributeNames.get(attributes, Objects.requireNonNull(name, "name is null"));
        return value instanceof JsonString text ? Optional.of(text.getString()) : Optional.empty();
    }

    /**
     * @param name a licence flag such as {@code zoomWhiteboard}, in any case
     * @return its boolean value, empty when absent or not a boolean
     */
    public Optional<Boolean> flag(String name) {
        JsonValue value = AttributeNames.get(attributes, Objects.requireNonNull(name, "name is null"));
        if (value == JsonValue.TRUE) {
            return Optional.of(Boolean.TRUE);
        }
        return value == JsonValue.FALSE ? Optional.of(Boolean.FALSE) : Optional.empty();
    }

    /** @return the personal meeting link name ({@code personalLinkName}) */
    public Optional<String> personalLinkName() {
        return string("personalLinkName");
    }

    /** @return the pronouns ({@code pronouns}) */
    public Optional<String> pronouns() {
        return string("pronouns");
    }

    /**
     * @param name  the attribute name; replaces a member of the same name in any case
     * @param value the value
     * @return a copy with the member set
     */
    public ZoomUserLicense with(String name, JsonValue value) {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(value, "value is null");
        var builder = ScimJson.builders().createObjectBuilder();
        for (var entry : attributes.entrySet()) {
            if (!AttributeNames.same(entry.getKey(), name)) {
                builder.add(entry.getKey(), entry.getValue());
            }
        }
        return new ZoomUserLicense(builder.add(name, value).build());
    }

    /**
     * @param name  the attribute name
     * @param value the string value
     * @return a copy with the member set
     */
    public ZoomUserLicense with(String name, String value) {
        return with(name, ScimJson.provider().createValue(Objects.requireNonNull(value, "value is null")));
    }

    /**
     * @param name  the attribute name
     * @param value the boolean value
     * @return a copy with the member set
     */
    public ZoomUserLicense with(String name, boolean value) {
        return with(name, value ? JsonValue.TRUE : JsonValue.FALSE);
    }
}
