package dev.scimkit.core;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Objects;

/**
 * A phone number of a {@link User} (RFC 7643 §4.1.2 {@code phoneNumbers}).
 *
 * @param value             the value, or {@code null}
 * @param display           a human-readable name, or {@code null}
 * @param type              the label of its function, e.g. {@code work}, {@code mobile}; Zoom also uses
 *                          {@code office}, or {@code null}
 * @param primary           whether it is the primary value, or {@code null} when not stated
 * @param unknownAttributes sub-attributes this model does not know, kept verbatim for a lossless round trip
 */
public record PhoneNumber(String value, String display, String type, Boolean primary, JsonObject unknownAttributes) {

    /** Defaults {@code unknownAttributes} to the empty object. */
    public PhoneNumber {
        unknownAttributes = unknownAttributes == null ? JsonValue.EMPTY_JSON_OBJECT : unknownAttributes;
    }

    /**
     * @param value the value
     * @return a value without display, type or primary flag
     * @throws NullPointerException if {@code value} is null
     */
    public static PhoneNumber of(String value) {
        return new PhoneNumber(Objects.requireNonNull(value, "value is null"), null, null, null, null);
    }

    /**
     * @param value   the value
     * @param type    the label of its function, e.g. {@code work}, {@code mobile}; Zoom also uses {@code office}
     * @param primary whether it is the primary value
     * @return the value
     * @throws NullPointerException if {@code value} or {@code type} is null
     */
    public static PhoneNumber of(String value, String type, boolean primary) {
        return new PhoneNumber(Objects.requireNonNull(value, "value is null"), null,
                Objects.requireNonNull(type, "type is null"), primary, null);
    }

    /** @return whether it is marked primary ({@code false} when not stated) */
    public boolean isPrimary() {
        return Boolean.TRUE.equals(primary);
    }
}
