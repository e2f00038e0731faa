package dev.scimkit.core;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A physical mailing address of a {@link User} (RFC 7643 §4.1.2 {@code addresses}).
 *
 * @param formatted         the full address formatted for display, or {@code null}
 * @param streetAddress     the street address, or {@code null}
 * @param locality          the city, or {@code null}
 * @param region            the state or region, or {@code null}
 * @param postalCode        the postal code, or {@code null}
 * @param country           the country, or {@code null}
 * @param type              {@code work}, {@code home}, {@code other}, or {@code null}
 * @param primary           whether it is the primary address, or {@code null} when not stated
 * @param unknownAttributes sub-attributes this model does not know, kept verbatim for a lossless round trip
 */
public record Address(String formatted, String streetAddress, String locality, String region, String postalCode,
                      String country, String type, Boolean primary, JsonObject unknownAttributes) {

    /** Defaults {@code unknownAttributes} to the empty object. */
    public Address {
        unknownAttributes = unknownAttributes == null ? JsonValue.EMPTY_JSON_OBJECT : unknownAttributes;
    }

    /** @return whether it is marked primary ({@code false} when not stated) */
    public boolean isPrimary() {
        return Boolean.TRUE.equals(primary);
    }
}
