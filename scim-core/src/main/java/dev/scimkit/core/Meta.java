package dev.scimkit.core;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Resource metadata (RFC 7643 §3.1 {@code meta}); set by the service provider.
 *
 * <p>Timestamps are kept as the text the service sent, so a round trip is lossless; {@link #createdTime()}
 * and {@link #lastModifiedTime()} parse them.
 *
 * @param resourceType      e.g. {@code User}, or {@code null}
 * @param created           when the resource was added, as xsd:dateTime text, or {@code null}
 * @param lastModified      when it last changed, as xsd:dateTime text, or {@code null}
 * @param location          the resource's URI, or {@code null}
 * @param version           its entity tag, e.g. {@code W/"3694e05e"}, or {@code null}
 * @param unknownAttributes sub-attributes this model does not know, kept verbatim for a lossless round trip
 */
public record Meta(String resourceType, String created, String lastModified, String location, String version,
                   JsonObject unknownAttributes) {

    /** Defaults {@code unknownAttributes} to the empty object. */
    public Meta {
        unknownAttributes = unknownAttributes == null ? JsonValue.EMPTY_JSON_OBJECT : unknownAttributes;
    }

    /**
     * @return {@link #created()} as an instant
     * @throws ScimException 400 {@code invalidValue} if it is present but not an xsd:dateTime
     */
    public Optional<Instant> createdTime() {
        return instant("meta.created", created);
    }

    /**
     * @return {@link #lastModified()} as an instant
     * @throws ScimException 400 {@code invalidValue} if it is present but not an xsd:dateTime
     */
    public Optional<Instant> lastModifiedTime() {
        return instant("meta.lastModified", lastModified);
    }

    private static Optional<Instant> instant(String path, String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            throw ScimException.invalidValue(path + " is not an xsd:dateTime with offset: \"" + text + "\"");
        }
    }
}
