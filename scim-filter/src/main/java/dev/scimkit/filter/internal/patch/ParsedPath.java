package dev.scimkit.filter.internal.patch;

import java.util.Objects;

/**
 * A PATCH target as the engine needs it (RFC 7644 §3.5.2 {@code attrPath / valuePath [subAttr]}),
 * produced from the grammar's {@code PatchPath} by {@link PathReader} or built directly for the
 * members of a path-less operation's value.
 *
 * @param text         the path as written, for error messages
 * @param schemaUrn    the schema URN prefix, or {@code null}
 * @param attribute    the top-level attribute name
 * @param filter       the value selection filter of a {@code valuePath}, or {@code null}
 * @param subAttribute the sub-attribute name, or {@code null}
 */
public record ParsedPath(String text, String schemaUrn, String attribute, ValueFilter filter, String subAttribute) {

    /** Checks nulls. */
    public ParsedPath {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(attribute, "attribute is null");
    }

    /**
     * @param schemaUrn the schema URN, or {@code null}
     * @param attribute the attribute name
     * @return a path naming a whole attribute
     */
    public static ParsedPath attribute(String schemaUrn, String attribute) {
        return new ParsedPath(schemaUrn == null ? attribute : schemaUrn + ":" + attribute, schemaUrn, attribute,
                null, null);
    }
}
