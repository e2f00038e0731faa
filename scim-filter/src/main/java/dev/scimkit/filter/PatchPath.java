package dev.scimkit.filter;

import dev.scimkit.filter.internal.parser.PathSyntax;
import dev.scimkit.filter.internal.parser.ScimParser;
import java.util.Objects;

/**
 * The {@code path} of a PATCH operation (RFC 7644 §3.5.2): {@code attrPath / valuePath [subAttr]}.
 *
 * <ul>
 *   <li>{@code name.givenName}: {@code PatchPath(AttributePath(null, "name", "givenName"), null, null)}</li>
 *   <li>{@code emails[type eq "work"].value}:
 *       {@code PatchPath(AttributePath(null, "emails", null), <type eq "work">, "value")}</li>
 *   <li>{@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department}: schema URN set,
 *       name {@code department}</li>
 * </ul>
 *
 * @param path         the attribute the operation targets (with a value filter: the multi-valued
 *                     attribute, never with a sub-attribute)
 * @param valueFilter  the filter selecting elements of a multi-valued attribute, or {@code null};
 *                     its paths are relative to an element
 * @param subAttribute with a value filter: the sub-attribute of the selected elements, or {@code null}
 */
public record PatchPath(AttributePath path, Filter valueFilter, String subAttribute) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException     if {@code path} is null
     * @throws IllegalArgumentException if the parts do not form a PATCH path
     */
    public PatchPath {
        Objects.requireNonNull(path, "path is null");
        if (valueFilter != null) {
            if (path.subAttribute() != null) {
                throw new IllegalArgumentException("path '" + path + "' with a value filter must not have a "
                        + "sub-attribute; put it after the brackets");
            }
            Filter.ValuePath.checkElementFilter(path, valueFilter);
        }
        if (subAttribute != null) {
            if (valueFilter == null) {
                throw new IllegalArgumentException("subAttribute '" + subAttribute + "' needs a valueFilter; "
                        + "without one the sub-attribute belongs in path");
            }
            if (!PathSyntax.isName(subAttribute)) {
                throw new IllegalArgumentException("subAttribute '" + subAttribute + "' is not an attribute name");
            }
        }
    }

    /**
     * Parses a PATCH path.
     *
     * @param text the path, e.g. {@code members[value eq "2819c223"]} or {@code emails[type eq "work"].value}
     * @return the path
     * @throws FilterParseException 400 {@code invalidPath} if the text is not a PATCH path
     * @throws NullPointerException if {@code text} is null
     */
    public static PatchPath parse(String text) {
        Objects.requireNonNull(text, "text is null");
        return ScimParser.parsePatchPath(text);
    }

    /**
     * A path without value filter.
     *
     * @param path the attribute path
     * @return the PATCH path
     */
    public static PatchPath of(AttributePath path) {
        return new PatchPath(path, null, null);
    }

    /** @return whether this path selects elements of a multi-valued attribute with a filter */
    public boolean hasValueFilter() {
        return valueFilter != null;
    }

    /** @return the canonical text, which {@link #parse(String)} reads back to an equal path */
    @Override
    public String toString() {
        if (valueFilter == null) {
            return path.toString();
        }
        String text = path + "[" + valueFilter + "]";
        return subAttribute == null ? text : text + "." + subAttribute;
    }
}
