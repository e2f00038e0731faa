package dev.scimkit.filter.internal.patch;

import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.ResolvedAttribute;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.Schema;
import dev.scimkit.core.schema.SchemaRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The top-level attributes of one resource type, indexed by normalised name and by
 * {@code urn:name}, so that resolving a PATCH target is one map lookup. It answers exactly as
 * {@link SchemaRegistry#resolve} does (common attributes, then the core schema, then the
 * extensions in order). Immutable once built.
 */
final class SchemaIndex {

    private final Map<String, ResolvedAttribute> attributes;

    private SchemaIndex(Map<String, ResolvedAttribute> attributes) {
        this.attributes = attributes;
    }

    static SchemaIndex of(SchemaRegistry registry, ResourceType type) {
        Map<String, ResolvedAttribute> index = new HashMap<>();
        Optional<Schema> core = registry.schema(type.schema());
        if (core.isPresent()) {
            for (Attribute common : SchemaRegistry.commonAttributes()) {
                add(index, type.schema(), new ResolvedAttribute(core.get(), common, null, false));
            }
            for (Attribute attribute : core.get().attributes()) {
                add(index, type.schema(), new ResolvedAttribute(core.get(), attribute, null, false));
            }
        }
        for (ResourceType.Extension extension : type.extensions()) {
            Optional<Schema> schema = registry.schema(extension.schema());
            if (schema.isPresent()) {
                for (Attribute attribute : schema.get().attributes()) {
                    add(index, extension.schema(), new ResolvedAttribute(schema.get(), attribute, null, true));
                }
            }
        }
        return new SchemaIndex(Map.copyOf(index));
    }

    private static void add(Map<String, ResolvedAttribute> index, String urn, ResolvedAttribute resolved) {
        String name = AttributeNames.key(resolved.attribute().name());
        index.putIfAbsent(name, resolved);
        index.putIfAbsent(AttributeNames.key(urn) + ":" + name, resolved);
    }

    /**
     * @param urn  the schema URN prefix, or {@code null}
     * @param name the top-level attribute name
     * @return its resolution, or {@code null} when the type has no such attribute
     */
    ResolvedAttribute find(String urn, String name) {
        String key = urn == null ? AttributeNames.key(name) : AttributeNames.key(urn) + ":" + AttributeNames.key(name);
        return attributes.get(key);
    }
}
