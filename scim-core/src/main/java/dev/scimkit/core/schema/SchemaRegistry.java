package dev.scimkit.core.schema;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.internal.SchemaCodec;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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

    /**
     * The attributes every resource has (RFC 7643 §3.1): {@code id}, {@code externalId}, {@code meta}.
     * They belong to every resource type's core schema but are not listed in schema representations.
     */
    private static final List<Attribute> COMMON_ATTRIBUTES = commonAttributeDefinitions();

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
     * The common attributes of RFC 7643 §3.1, which every resource has and which no schema
     * representation lists: {@code id} (caseExact, readOnly, returned always, unique per server),
     * {@code externalId} (caseExact, readWrite) and {@code meta} (readOnly; {@code resourceType},
     * {@code created}, {@code lastModified}, {@code location}, {@code version}).
     *
     * @return the common attribute definitions
     */
    public static List<Attribute> commonAttributes() {
        return COMMON_ATTRIBUTES;
    }

    /**
     * A top-level attribute of a resource whose core schema is {@code core}: one of the
     * {@link #commonAttributes() common attributes} ({@code id}, {@code externalId}, {@code meta}) or
     * one of the schema's own, by name, ignoring case.
     *
     * @param core the resource type's core schema
     * @param name the attribute name
     * @return the definition, if there is one
     */
    public static Optional<Attribute> coreAttribute(Schema core, String name) {
        for (Attribute common : COMMON_ATTRIBUTES) {
            if (AttributeNames.same(common.name(), name)) {
                return Optional.of(common);
            }
        }
        return core.attribute(name);
    }

    /**
     * Resolves an attribute path against a resource type.
     *
     * <p>With a {@code schemaUrn}, only that schema is searched (it must be the type's core schema
     * or one of its extensions). Without one, the core schema is searched first, then the
     * extensions in order. The {@linkplain #commonAttributes() common attributes} ({@code id},
     * {@code externalId}, {@code meta}) resolve as part of the core schema.
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
        if (schemaUrn == null || AttributeNames.same(schemaUrn, type.schema())) {
            Schema core = schemas.get(AttributeNames.key(type.schema()));
            for (Attribute common : COMMON_ATTRIBUTES) {
                if (core != null && AttributeNames.same(common.name(), attributeName)) {
                    if (subAttribute == null) {
                        return Optional.of(new ResolvedAttribute(core, common, null, false));
                    }
                    return common.subAttribute(subAttribute)
                            .map(sub -> new ResolvedAttribute(core, sub, common, false));
                }
            }
        }
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

    /**
     * The one rule for a resource's type: the registered type whose core schema the resource's
     * {@code schemas} lists, where {@code schemas} is an array of URNs or a single URN string (Zoom
     * has been seen to send one string).
     *
     * @param resource a resource
     * @return its resource type, empty when {@code schemas} names none
     * @throws NullPointerException if {@code resource} is null
     */
    public Optional<ResourceType> resourceTypeOf(JsonObject resource) {
        Objects.requireNonNull(resource, "resource is null");
        JsonValue schemas = AttributeNames.get(resource, "schemas");
        List<String> uris = new ArrayList<>();
        if (schemas instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonString text) {
                    uris.add(text.getString());
                }
            }
        } else if (schemas instanceof JsonString text) {
            uris.add(text.getString());
        }
        return resourceTypeFor(uris);
    }

    private static List<Attribute> commonAttributeDefinitions() {
        Attribute id = Attribute.builder("id", AttributeType.STRING)
                .description("A unique identifier for a SCIM resource as defined by the service provider.")
                .caseExact(true).mutability(Mutability.READ_ONLY).returned(Returned.ALWAYS)
                .uniqueness(Uniqueness.SERVER).build();
        Attribute externalId = Attribute.builder("externalId", AttributeType.STRING)
                .description("A String that is an identifier for the resource as defined by the provisioning client.")
                .caseExact(true).build();
        Attribute meta = Attribute.builder("meta", AttributeType.COMPLEX)
                .description("A complex attribute containing resource metadata.")
                .mutability(Mutability.READ_ONLY)
                .subAttributes(List.of(
                        readOnly("resourceType", AttributeType.STRING,
                                "The name of the resource type of the resource."),
                        readOnly("created", AttributeType.DATE_TIME, "The date and time the resource was added."),
                        readOnly("lastModified", AttributeType.DATE_TIME,
                                "The most recent date and time that the details of this resource were updated."),
                        Attribute.builder("location", AttributeType.REFERENCE).caseExact(true)
                                .mutability(Mutability.READ_ONLY).referenceTypes(List.of("uri"))
                                .description("The URI of the resource being returned.").build(),
                        readOnly("version", AttributeType.STRING, "The version of the resource being returned.")))
                .build();
        return List.of(id, externalId, meta);
    }

    private static Attribute readOnly(String name, AttributeType type, String description) {
        return Attribute.builder(name, type).caseExact(true).mutability(Mutability.READ_ONLY)
                .description(description).build();
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
