package dev.scimkit.core.schema;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.internal.SchemaCodec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The schemas and resource types a service knows. Immutable and thread-safe.
 *
 * <p>{@link #defaults()} holds RFC 7643's core User and Group, the EnterpriseUser extension and
 * Zoom's extensions ({@code urn:us:zoom:scim:schemas:extension:1.0:ZoomUser},
 * {@code urn:ietf:params:scim:schemas:extension:zoom:1.0:User},
 * {@code urn:ietf:params:scim:schemas:extension:zoom:2.0:Group}). Register more with
 * {@link #toBuilder()}.
 *
 * <p>URN and attribute lookups ignore case (RFC 7643 §2.1).
 */
public final class SchemaRegistry {

    /** Core User schema URN. */
    public static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    /** Core Group schema URN. */
    public static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
    /** Enterprise User extension URN. */
    public static final String ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    /** Zoom's user extension carrying {@code loginType}. */
    public static final String ZOOM_USER = "urn:us:zoom:scim:schemas:extension:1.0:ZoomUser";
    /** Zoom's user extension carrying licence and Zoom Phone fields (open: unknown keys are kept). */
    public static final String ZOOM_USER_LICENSE = "urn:ietf:params:scim:schemas:extension:zoom:1.0:User";
    /** Zoom's group extension carrying {@code emailAlias}. */
    public static final String ZOOM_GROUP = "urn:ietf:params:scim:schemas:extension:zoom:2.0:Group";

    private static final SchemaRegistry DEFAULTS = SchemaCodec.loadDefaults();

    private final Map<String, Schema> schemas;          // key: lower-case URN
    private final Map<String, ResourceType> resourceTypes; // key: lower-case name

    private SchemaRegistry(Map<String, Schema> schemas, Map<String, ResourceType> resourceTypes) {
        this.schemas = Collections.unmodifiableMap(new LinkedHashMap<>(schemas));
        this.resourceTypes = Collections.unmodifiableMap(new LinkedHashMap<>(resourceTypes));
    }

    /** @return the registry with core, enterprise and Zoom schemas and the User and Group types */
    public static SchemaRegistry defaults() {
        return DEFAULTS;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this registry's schemas and types, to add more */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.schemas.putAll(schemas);
        builder.resourceTypes.putAll(resourceTypes);
        return builder;
    }

    /**
     * @param urn a schema URN, in any case
     * @return the schema, if registered
     */
    public Optional<Schema> schema(String urn) {
        return Optional.ofNullable(schemas.get(AttributeNames.key(urn)));
    }

    /** @return every registered schema, in registration order */
    public List<Schema> schemas() {
        return List.copyOf(schemas.values());
    }

    /**
     * @param name a resource type name such as {@code User}, in any case
     * @return the resource type, if registered
     */
    public Optional<ResourceType> resourceType(String name) {
        return Optional.ofNullable(resourceTypes.get(AttributeNames.key(name)));
    }

    /** @return every registered resource type, in registration order */
    public List<ResourceType> resourceTypes() {
        return List.copyOf(resourceTypes.values());
    }

    /**
     * Resolves an attribute path against a resource type.
     *
     * <p>With a {@code schemaUrn}, only that schema is searched (it must be the type's core schema
     * or one of its extensions). Without one, the core schema is searched first, then the
     * extensions in order.
     *
     * @param type          the resource type
     * @param schemaUrn     the URN prefix of the path, or {@code null}
     * @param attributeName the top-level attribute name
     * @param subAttribute  the sub-attribute name, or {@code null}
     * @return the resolution, or empty if the type has no such attribute
     */
    public Optional<ResolvedAttribute> resolve(ResourceType type, String schemaUrn, String attributeName,
                                               String subAttribute) {
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(attributeName, "attributeName is null");
        List<String> candidates = new ArrayList<>();
        candidates.add(type.schema());
        for (ResourceType.Extension extension : type.extensions()) {
            candidates.add(extension.schema());
        }
        for (String urn : candidates) {
            if (schemaUrn != null && !AttributeNames.same(schemaUrn, urn)) {
                continue;
            }
            Schema schema = schemas.get(AttributeNames.key(urn));
            if (schema == null) {
                continue;
            }
            Optional<Attribute> top = schema.attribute(attributeName);
            if (top.isEmpty()) {
                continue;
            }
            boolean extension = !AttributeNames.same(urn, type.schema());
            if (subAttribute == null) {
                return Optional.of(new ResolvedAttribute(schema, top.get(), null, extension));
            }
            return top.get().subAttribute(subAttribute)
                    .map(sub -> new ResolvedAttribute(schema, sub, top.get(), extension));
        }
        return Optional.empty();
    }

    /**
     * The resource type whose core schema is listed in a resource's {@code schemas}.
     *
     * @param schemaUris the resource's {@code schemas} values
     * @return the resource type, if one matches
     */
    public Optional<ResourceType> resourceTypeFor(List<String> schemaUris) {
        for (ResourceType type : resourceTypes.values()) {
            for (String uri : schemaUris) {
                if (AttributeNames.same(uri, type.schema())) {
                    return Optional.of(type);
                }
            }
        }
        return Optional.empty();
    }

    /** Builds a {@link SchemaRegistry}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Schema> schemas = new LinkedHashMap<>();
        private final Map<String, ResourceType> resourceTypes = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds a schema, replacing one with the same URN.
         *
         * @param schema the schema
         * @return this
         */
        public Builder schema(Schema schema) {
            Objects.requireNonNull(schema, "schema is null");
            schemas.put(AttributeNames.key(schema.id()), schema);
            return this;
        }

        /**
         * Adds a resource type, replacing one with the same name.
         *
         * @param type the resource type
         * @return this
         */
        public Builder resourceType(ResourceType type) {
            Objects.requireNonNull(type, "type is null");
            resourceTypes.put(AttributeNames.key(type.name()), type);
            return this;
        }

        /**
         * @return the registry
         * @throws ScimException if a resource type names a schema that is not registered
         */
        public SchemaRegistry build() {
            for (ResourceType type : resourceTypes.values()) {
                requireSchema(type, type.schema());
                for (ResourceType.Extension extension : type.extensions()) {
                    requireSchema(type, extension.schema());
                }
            }
            return new SchemaRegistry(schemas, resourceTypes);
        }

        private void requireSchema(ResourceType type, String urn) {
            if (!schemas.containsKey(AttributeNames.key(urn))) {
                throw new IllegalStateException("resource type " + type.name() + " names schema " + urn
                        + ", which is not registered");
            }
        }
    }
}
