package dev.scimkit.filter.internal.eval;

import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.AttributeType;
import dev.scimkit.core.schema.ResolvedAttribute;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.filter.AttributePath;
import java.util.Optional;

/** Where the attribute paths of a filter are resolved: a resource type, or the elements of one attribute. */
public interface Scope {

    /** The {@code schemas} attribute every resource carries (RFC 7643 §3): multi-valued URIs. */
    Attribute SCHEMAS = Attribute.builder("schemas", AttributeType.REFERENCE).multiValued(true).build();

    /**
     * @param path an attribute path of the filter
     * @return how to read it, with its definition; {@code null} when the scope does not define it
     */
    AttributeAccess resolve(AttributePath path);

    /**
     * Reads an attribute the scope does not define: top level (or in the extension object its URN
     * names), without a definition.
     *
     * @param path the path
     * @return an access without definition
     */
    AttributeAccess undefined(AttributePath path);

    /** @return what the scope is, for messages: "resource type User", "elements of 'emails'" */
    String describe();

    /**
     * @param registry the schemas
     * @param type     the resource type
     * @return the scope of a whole resource
     */
    static Scope resource(SchemaRegistry registry, ResourceType type) {
        return new Scope() {
            @Override
            public AttributeAccess resolve(AttributePath path) {
                Optional<ResolvedAttribute> resolved = registry.resolve(type, path.schemaUrn(), path.name(),
                        path.subAttribute());
                if (resolved.isEmpty()) {
                    if (path.schemaUrn() == null && path.subAttribute() == null
                            && AttributeNames.same(path.name(), SCHEMAS.name())) {
                        return new AttributeAccess(null, SCHEMAS.name(), null, SCHEMAS, null);
                    }
                    return null;
                }
                ResolvedAttribute attribute = resolved.get();
                String urn = attribute.extension() ? attribute.schema().id() : null;
                Attribute top = attribute.topLevel();
                return attribute.parent() == null
                        ? new AttributeAccess(urn, top.name(), null, attribute.attribute(), null)
                        : new AttributeAccess(urn, top.name(), attribute.attribute().name(), attribute.attribute(), top);
            }

            @Override
            public AttributeAccess undefined(AttributePath path) {
                String urn = path.schemaUrn() == null || AttributeNames.same(path.schemaUrn(), type.schema())
                        ? null : path.schemaUrn();
                return new AttributeAccess(urn, path.name(), path.subAttribute(), null, null);
            }

            @Override
            public String describe() {
                return "resource type " + type.name();
            }
        };
    }

    /**
     * @param owner the multi-valued complex attribute whose elements are tested; {@code null} when unknown
     * @param label how to name the owner in messages
     * @return the scope of one element
     */
    static Scope element(Attribute owner, String label) {
        return new Scope() {
            @Override
            public AttributeAccess resolve(AttributePath path) {
                if (owner == null || path.schemaUrn() != null || path.subAttribute() != null) {
                    return null;
                }
                return owner.subAttribute(path.name())
                        .map(sub -> new AttributeAccess(null, sub.name(), null, sub, null))
                        .orElse(null);
            }

            @Override
            public AttributeAccess undefined(AttributePath path) {
                return new AttributeAccess(null, path.name(), path.subAttribute(), null, null);
            }

            @Override
            public String describe() {
                return "elements of '" + label + "'";
            }
        };
    }
}
