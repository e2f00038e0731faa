package dev.scimkit.core.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A SCIM resource type (RFC 7643 §6): its endpoint, core schema and schema extensions.
 *
 * @param name        the type name, e.g. {@code User}
 * @param endpoint    the endpoint relative to the base URL, e.g. {@code /Users}
 * @param description human-readable description; may be empty
 * @param schema      the core schema URN
 * @param extensions  the schema extensions this type may carry
 */
public record ResourceType(String name, String endpoint, String description, String schema,
                           List<Extension> extensions) {

    /** Checks nulls and copies the list. */
    public ResourceType {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(endpoint, "endpoint is null");
        description = description == null ? "" : description;
        Objects.requireNonNull(schema, "schema is null");
        extensions = List.copyOf(Objects.requireNonNull(extensions, "extensions is null"));
    }

    /**
     * Finds one of this type's schema extensions by URN, ignoring case.
     *
     * @param schemaUrn an extension schema URN
     * @return the extension, if this type has it
     */
    public Optional<Extension> extension(String schemaUrn) {
        for (Extension extension : extensions) {
            if (AttributeNames.same(extension.schema(), schemaUrn)) {
                return Optional.of(extension);
            }
        }
        return Optional.empty();
    }

    /**
     * A schema extension of a resource type.
     *
     * @param schema   the extension's schema URN
     * @param required whether every resource of the type must carry it
     */
    public record Extension(String schema, boolean required) {
        /** Checks nulls. */
        public Extension {
            Objects.requireNonNull(schema, "schema is null");
        }
    }

    /**
     * Reads a resource type representation (RFC 7643 §6).
     *
     * @param json the representation
     * @return the resourceType
     * @throws dev.scimkit.core.ScimException 400 {@code invalidValue} if the representation is malformed
     */
    public static ResourceType fromJson(jakarta.json.JsonObject json) {
        java.util.Objects.requireNonNull(json, "json is null");
        return dev.scimkit.core.internal.SchemaCodec.resourceTypeFromJson(json);
    }

    /** @return its representation (RFC 7643 §6), without {@code meta} */
    public jakarta.json.JsonObject toJson() {
        return dev.scimkit.core.internal.SchemaCodec.resourceTypeToJson(this, null);
    }
}
