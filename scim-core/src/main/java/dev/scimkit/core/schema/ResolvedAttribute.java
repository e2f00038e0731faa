package dev.scimkit.core.schema;

import java.util.Objects;

/**
 * An attribute path resolved against a resource type: which schema defines it, its definition,
 * and, for a sub-attribute, its parent.
 *
 * @param schema    the schema that defines the (parent) attribute
 * @param attribute the definition of the attribute the path names (the sub-attribute, if any)
 * @param parent    the parent complex attribute for a sub-attribute path, otherwise {@code null}
 * @param extension whether {@code schema} is an extension of the resource type (values live in
 *                  the JSON object named by the schema URN) rather than its core schema
 */
public record ResolvedAttribute(Schema schema, Attribute attribute, Attribute parent, boolean extension) {

    /** Checks nulls. */
    public ResolvedAttribute {
        Objects.requireNonNull(schema, "schema is null");
        Objects.requireNonNull(attribute, "attribute is null");
    }

    /** @return the top-level attribute: the parent for a sub-attribute path, else the attribute */
    public Attribute topLevel() {
        return parent == null ? attribute : parent;
    }
}
