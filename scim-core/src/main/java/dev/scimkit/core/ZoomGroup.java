package dev.scimkit.core;

import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Zoom's extension of a {@link Group} ({@value SchemaRegistry#ZOOM_GROUP}).
 *
 * @param emailAlias        the group's email alias, or {@code null}
 * @param unknownAttributes attributes this model does not know, kept verbatim
 */
public record ZoomGroup(String emailAlias, JsonObject unknownAttributes) {

    /** Defaults {@code unknownAttributes} to the empty object. */
    public ZoomGroup {
        unknownAttributes = unknownAttributes == null ? JsonValue.EMPTY_JSON_OBJECT : unknownAttributes;
    }

    /**
     * @param emailAlias the group's email alias
     * @return the extension
     */
    public static ZoomGroup ofEmailAlias(String emailAlias) {
        return new ZoomGroup(emailAlias, null);
    }
}
