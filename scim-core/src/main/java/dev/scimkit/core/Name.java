package dev.scimkit.core;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The components of a {@link User}'s real name (RFC 7643 §4.1.1 {@code name}).
 *
 * @param formatted         the full name formatted for display, or {@code null}
 * @param familyName        the family (last) name, or {@code null}
 * @param givenName         the given (first) name, or {@code null}
 * @param middleName        the middle name(s), or {@code null}
 * @param honorificPrefix   e.g. {@code Ms.}, or {@code null}
 * @param honorificSuffix   e.g. {@code III}, or {@code null}
 * @param unknownAttributes sub-attributes this model does not know, kept verbatim for a lossless round trip
 */
public record Name(String formatted, String familyName, String givenName, String middleName,
                   String honorificPrefix, String honorificSuffix, JsonObject unknownAttributes) {

    /** Defaults {@code unknownAttributes} to the empty object. */
    public Name {
        unknownAttributes = unknownAttributes == null ? JsonValue.EMPTY_JSON_OBJECT : unknownAttributes;
    }

    /**
     * @param givenName  the given (first) name, or {@code null}
     * @param familyName the family (last) name, or {@code null}
     * @return a name of just these two components, as Zoom stores it
     */
    public static Name of(String givenName, String familyName) {
        return new Name(null, familyName, givenName, null, null, null, null);
    }
}
