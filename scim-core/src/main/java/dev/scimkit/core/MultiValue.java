package dev.scimkit.core;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Objects;

/**
 * A value of one of the {@link User}'s other multi-valued attributes that share the {@code value},
 * {@code display}, {@code type}, {@code primary} shape (RFC 7643 §4.1.2 {@code ims}, {@code photos},
 * {@code entitlements}, {@code x509Certificates}).
 *
 * @param value             the value, or {@code null}
 * @param display           a human-readable name, or {@code null}
 * @param type              the label of its function, e.g. {@code xmpp} or {@code photo}, or {@code null}
 * @param primary           whether it is the primary value, or {@code null} when not stated
 * @param unknownAttributes sub-attributes this model does not know, kept verbatim for a lossless round trip
 */
public record MultiValue(String value, String display, String type, Boolean primary, JsonObject unknownAttributes) {

    /** Defaults {@code unknownAttributes} to the empty object. */
    public MultiValue {
        unknownAttributes = unknownAttributes == null ? JsonValue.EMPTY_JSON_OBJECT : unknownAttributes;
    }

    /**
     * @param value the value
     * @return a value without display, type or primary flag
     * @throws NullPointerException if {@code value} is null
     */
    public static MultiValue of(String value) {
        return new MultiValue(Objects.requireNonNull(value, "value is null"), null, null, null, null);
    }

    /**
     * @param value   the value
     * @param type    the label of its function, e.g. {@code xmpp} or {@code photo}
     * @param primary whether it is the primary value
     * @return the value
     * @throws NullPointerException if {@code value} or {@code type} is null
     */
    public static MultiValue of(String value, String type, boolean primary) {
        return new MultiValue(Objects.requireNonNull(value, "value is null"), null,
                Objects.requireNonNull(type, "type is null"), primary, null);
    }

    /** @return whether it is marked primary ({@code false} when not stated) */
    public boolean isPrimary() {
        return Boolean.TRUE.equals(primary);
    }
}
