package dev.scimkit.core;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A group a {@link User} belongs to (RFC 7643 §4.1.2 {@code groups}; read-only at the service).
 * Zoom may send {@code groups} as one object, with a {@code primary} flag; both are read.
 *
 * @param value             the group's id, or {@code null}
 * @param ref               the group's URI ({@code $ref}), or {@code null}
 * @param display           the group's display name, or {@code null}
 * @param type              {@code direct} or {@code indirect}, or {@code null}
 * @param primary           Zoom's primary flag, or {@code null} when not stated
 * @param unknownAttributes sub-attributes this model does not know, kept verbatim for a lossless round trip
 */
public record GroupMembership(String value, String ref, String display, String type, Boolean primary,
                              JsonObject unknownAttributes) {

    /** Defaults {@code unknownAttributes} to the empty object. */
    public GroupMembership {
        unknownAttributes = unknownAttributes == null ? JsonValue.EMPTY_JSON_OBJECT : unknownAttributes;
    }
}
