package dev.scimkit.core;

import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Zoom's sign-in extension of a {@link User} ({@value SchemaRegistry#ZOOM_USER}).
 *
 * @param loginType         how the user may sign in, or {@code null}
 * @param unknownAttributes attributes this model does not know, kept verbatim
 */
public record ZoomUser(LoginType loginType, JsonObject unknownAttributes) {

    /** Defaults {@code unknownAttributes} to the empty object. */
    public ZoomUser {
        unknownAttributes = unknownAttributes == null ? JsonValue.EMPTY_JSON_OBJECT : unknownAttributes;
    }

    /**
     * @param workEmail whether the user may sign in with work email and password
     * @param sso       whether the user may sign in with single sign-on
     * @return the extension with just this login type
     */
    public static ZoomUser of(boolean workEmail, boolean sso) {
        return new ZoomUser(new LoginType(workEmail, sso, null), null);
    }

    /**
     * The ways a Zoom user may sign in.
     *
     * @param workEmail         work email and password, or {@code null} when not stated
     * @param sso               single sign-on, or {@code null} when not stated
     * @param unknownAttributes sub-attributes this model does not know, kept verbatim
     */
    public record LoginType(Boolean workEmail, Boolean sso, JsonObject unknownAttributes) {

        /** Defaults {@code unknownAttributes} to the empty object. */
        public LoginType {
            unknownAttributes = unknownAttributes == null ? JsonValue.EMPTY_JSON_OBJECT : unknownAttributes;
        }
    }
}
