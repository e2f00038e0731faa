package dev.scimkit.core.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A SCIM schema (RFC 7643 §7): a URN and its attribute definitions.
 *
 * @param id          the schema URN, e.g. {@code urn:ietf:params:scim:schemas:core:2.0:User}
 * @param name        a short name, e.g. {@code User}
 * @param description human-readable description; may be empty
 * @param attributes  the top-level attributes
 */
public record Schema(String id, String name, String description, List<Attribute> attributes) {

    /** Checks nulls and copies the list. */
    public Schema {
        Objects.requireNonNull(id, "id is null");
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        attributes = List.copyOf(Objects.requireNonNull(attributes, "attributes is null"));
    }

    /**
     * Finds a top-level attribute by name, ignoring case.
     *
     * @param attributeName the name
     * @return the definition, if this schema has it
     */
    public Optional<Attribute> attribute(String attributeName) {
        for (Attribute attribute : attributes) {
            if (AttributeNames.same(attribute.name(), attributeName)) {
                return Optional.of(attribute);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a schema representation (RFC 7643 §7), e.g. to register a custom extension.
     *
     * @param json the representation
     * @return the schema
     * @throws dev.scimkit.core.ScimException 400 {@code invalidValue} if the representation is malformed
     */
    public static Schema fromJson(jakarta.json.JsonObject json) {
        java.util.Objects.requireNonNull(json, "json is null");
        return dev.scimkit.core.internal.SchemaCodec.schemaFromJson(json);
    }

    /** @return its representation (RFC 7643 §7), without {@code meta} */
    public jakarta.json.JsonObject toJson() {
        return dev.scimkit.core.internal.SchemaCodec.schemaToJson(this, null);
    }
}
