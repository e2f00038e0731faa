package dev.scimkit.filter.internal.patch;

import dev.scimkit.core.schema.Attribute;

/**
 * Where a path's attribute lives and what the schema says about it.
 *
 * @param extensionUrn the URN of the extension object that holds the attribute, or {@code null}
 *                     for a core (top-level) attribute
 * @param name         the attribute name to use for new members (the schema's spelling when known)
 * @param attribute    the attribute's definition, or {@code null} when the schema does not know it
 * @param subName      the sub-attribute name (the schema's spelling when known), or {@code null}
 * @param subAttribute the sub-attribute's definition, or {@code null}
 */
record Slot(String extensionUrn, String name, Attribute attribute, String subName, Attribute subAttribute) {
}
