package dev.scimkit.core.schema;

import java.util.Objects;

/**
 * A reference to an attribute by already-split path components, as scim-filter's attribute path
 * grammar yields them (for example from an {@code attributes=} or {@code excludedAttributes=} list).
 * scim-core never parses path text itself.
 *
 * @param schemaUrn    the schema URN prefix, or {@code null} to resolve the name against the
 *                     resource type's core schema first and then its extensions
 * @param name         the top-level attribute name
 * @param subAttribute the sub-attribute name, or {@code null}
 */
public record AttributeReference(String schemaUrn, String name, String subAttribute) {

    /**
     * Checks for null.
     *
     * @throws NullPointerException if {@code name} is null
     */
    public AttributeReference {
        Objects.requireNonNull(name, "name is null");
    }

    /**
     * @param name a top-level attribute name
     * @return a reference without URN or sub-attribute
     */
    public static AttributeReference of(String name) {
        return new AttributeReference(null, name, null);
    }

    /**
     * @param name         a top-level attribute name
     * @param subAttribute a sub-attribute name
     * @return a reference to the sub-attribute, without URN
     */
    public static AttributeReference of(String name, String subAttribute) {
        return new AttributeReference(null, name, Objects.requireNonNull(subAttribute, "subAttribute is null"));
    }

    /** @return the reference in SCIM path notation, e.g. {@code urn:…:User:manager.value} */
    @Override
    public String toString() {
        return (schemaUrn == null ? "" : schemaUrn + ":") + name + (subAttribute == null ? "" : "." + subAttribute);
    }
}
