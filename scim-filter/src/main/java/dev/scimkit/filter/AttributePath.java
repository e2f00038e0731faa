package dev.scimkit.filter;

import dev.scimkit.filter.internal.parser.PathSyntax;
import dev.scimkit.filter.internal.parser.ScimParser;
import java.util.List;
import java.util.Objects;

/**
 * An attribute path (RFC 7644 §3.4.2.2 {@code attrPath}): an optional schema URN, an attribute name
 * and an optional sub-attribute name, e.g. {@code userName}, {@code name.givenName},
 * {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department}.
 *
 * <p>Names keep the case they were written in; SCIM compares them case-insensitively
 * ({@link dev.scimkit.core.schema.AttributeNames}), while {@code equals} is structural.
 * {@link #toString()} is the canonical text, which {@link #parse(String)} reads back to an equal path.
 *
 * @param schemaUrn    the schema URN prefix without the trailing ':', or {@code null}
 * @param name         the (top-level) attribute name
 * @param subAttribute the sub-attribute name, or {@code null}
 */
public record AttributePath(String schemaUrn, String name, String subAttribute) {

    /**
     * Checks that every part is well-formed, so the canonical text always parses back.
     *
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if a part is not a valid URN or attribute name, or the path
     *                                  would be a bare keyword such as {@code eq}
     */
    public AttributePath {
        Objects.requireNonNull(name, "name is null");
        if (!PathSyntax.isName(name)) {
            throw new IllegalArgumentException("name '" + name + "' is not an attribute name "
                    + "(a letter, then letters, digits, '-' or '_'; or $ref)");
        }
        if (schemaUrn == null && subAttribute == null && PathSyntax.isKeyword(name)) {
            throw new IllegalArgumentException("name '" + name + "' is a filter keyword; on its own it cannot "
                    + "be an attribute path (with a schema URN or a sub-attribute it can)");
        }
        if (subAttribute != null && !PathSyntax.isName(subAttribute)) {
            throw new IllegalArgumentException("subAttribute '" + subAttribute + "' is not an attribute name "
                    + "(a letter, then letters, digits, '-' or '_'; or $ref)");
        }
        if (schemaUrn != null && !PathSyntax.isUrn(schemaUrn)) {
            throw new IllegalArgumentException("schemaUrn '" + schemaUrn + "' is not a schema URN "
                    + "(urn:segment:…, segments of letters, digits and . _ - + %)");
        }
    }

    /**
     * A path without URN or sub-attribute.
     *
     * @param name the attribute name
     * @return the path
     * @throws IllegalArgumentException if {@code name} is not an attribute name
     */
    public static AttributePath of(String name) {
        return new AttributePath(null, name, null);
    }

    /**
     * Parses an attribute path such as {@code name.familyName} or
     * {@code urn:ietf:params:scim:schemas:core:2.0:User:name.familyName}.
     *
     * @param text the path
     * @return the path
     * @throws FilterParseException 400 {@code invalidPath} if the text is not one attribute path
     * @throws NullPointerException if {@code text} is null
     */
    public static AttributePath parse(String text) {
        Objects.requireNonNull(text, "text is null");
        return ScimParser.parseAttributePath(text);
    }

    /**
     * Parses a comma-separated list of attribute paths, as in the {@code attributes} and
     * {@code excludedAttributes} query parameters (RFC 7644 §3.4.2.5) or {@code sortBy} (one path).
     * Whitespace around the commas is allowed.
     *
     * @param text the list, e.g. {@code userName,name.givenName, emails}
     * @return the paths in order, at least one
     * @throws FilterParseException 400 {@code invalidPath} if the text is empty or not such a list
     * @throws NullPointerException if {@code text} is null
     */
    public static List<AttributePath> parseList(String text) {
        Objects.requireNonNull(text, "text is null");
        return ScimParser.parseAttributeList(text);
    }

    /** @return whether this path names a sub-attribute */
    public boolean hasSubAttribute() {
        return subAttribute != null;
    }

    /** @return this path without its sub-attribute: {@code name.givenName} becomes {@code name} */
    public AttributePath parent() {
        return subAttribute == null ? this : new AttributePath(schemaUrn, name, null);
    }

    /**
     * @param sub a sub-attribute name
     * @return this path with the given sub-attribute
     * @throws IllegalArgumentException if {@code sub} is not an attribute name
     */
    public AttributePath withSubAttribute(String sub) {
        return new AttributePath(schemaUrn, name, Objects.requireNonNull(sub, "sub is null"));
    }

    /** @return the canonical text: {@code [urn:]name[.subAttribute]} */
    @Override
    public String toString() {
        int length = name.length() + (schemaUrn == null ? 0 : schemaUrn.length() + 1)
                + (subAttribute == null ? 0 : subAttribute.length() + 1);
        StringBuilder text = new StringBuilder(length);
        if (schemaUrn != null) {
            text.append(schemaUrn).append(':');
        }
        text.append(name);
        if (subAttribute != null) {
            text.append('.').append(subAttribute);
        }
        return text.toString();
    }
}
