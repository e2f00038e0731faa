package dev.scimkit.core;

import dev.scimkit.core.internal.AttributeLookup;
import dev.scimkit.core.internal.JsonCursor;
import dev.scimkit.core.internal.ResourceCodec;
import dev.scimkit.core.json.JsonLimits;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable SCIM Group (RFC 7643 §4.2) with Zoom's group extension.
 *
 * <p>Reading follows the same rules as {@link User}: names and URNs in any case, a single object
 * where an array is expected, unknown attributes and extensions kept verbatim, {@code null} and empty
 * arrays of modelled attributes read as absent. Zoom returns {@code "schemas": []} for groups; the
 * model always holds at least the core Group URN.
 */
public final class Group {

    private final List<String> schemas;
    private final String id;
    private final String externalId;
    private final Meta meta;
    private final String displayName;
    private final List<Member> members;
    private final ZoomGroup zoomGroup;
    private final JsonObject unknownAttributes;
    private final Map<String, JsonObject> extensions;

    private Group(Builder b) {
        this.id = b.id;
        this.externalId = b.externalId;
        this.meta = b.meta;
        this.displayName = b.displayName;
        this.members = List.copyOf(b.members);
        this.zoomGroup = b.zoomGroup;
        this.unknownAttributes = b.unknownAttributes == null ? JsonValue.EMPTY_JSON_OBJECT : b.unknownAttributes;
        this.extensions = b.extensions.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(b.extensions));
        List<String> extensionUrns = new ArrayList<>(1 + extensions.size());
        if (zoomGroup != null) {
            extensionUrns.add(SchemaRegistry.ZOOM_GROUP);
        }
        extensionUrns.addAll(extensions.keySet());
        this.schemas = ResourceCodec.completeSchemas(b.schemas, SchemaRegistry.GROUP, extensionUrns);
    }

    /** @return an empty builder; see {@link Builder} for defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding every value of this group, to derive a changed copy */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.schemas = schemas;
        b.id = id;
        b.externalId = externalId;
        b.meta = meta;
        b.displayName = displayName;
        b.members = new ArrayList<>(members);
        b.zoomGroup = zoomGroup;
        b.unknownAttributes = unknownAttributes;
        b.extensions = new LinkedHashMap<>(extensions);
        return b;
    }

    /**
     * Reads a group from its SCIM JSON representation.
     *
     * @param json the representation
     * @return the group
     * @throws ScimException 400 {@code invalidValue} naming the attribute path when a modelled attribute
     *                       has the wrong JSON type; 400 {@code invalidSyntax} when an attribute repeats
     *                       or the object nests deeper than {@link JsonLimits#DEFAULT_MAX_DEPTH}
     */
    public static Group fromJson(JsonObject json) {
        try (JsonCursor cursor = JsonCursor.of(json, JsonLimits.defaults())) {
            return ResourceCodec.readGroup(cursor);
        }
    }

    /**
     * Reads a group straight from UTF-8 JSON under the default {@link JsonLimits}.
     *
     * @param utf8 the document
     * @return the group
     * @throws ScimException 400 {@code invalidSyntax} (with position) if the bytes are not one JSON object
     *                       or nest too deep; 413 if too large; as {@link #fromJson(JsonObject)} otherwise
     */
    public static Group parse(byte[] utf8) {
        try (JsonCursor cursor = JsonCursor.of(utf8, JsonLimits.defaults())) {
            Group group = ResourceCodec.readGroup(cursor);
            cursor.expectEnd();
            return group;
        }
    }

    /**
     * Reads a group straight from JSON text under the default {@link JsonLimits}.
     *
     * @param json the document
     * @return the group
     * @throws ScimException as {@link #parse(byte[])}
     */
    public static Group parse(String json) {
        try (JsonCursor cursor = JsonCursor.of(json, JsonLimits.defaults())) {
            Group group = ResourceCodec.readGroup(cursor);
            cursor.expectEnd();
            return group;
        }
    }

    /** @return the SCIM JSON representation, with every unknown attribute and extension kept */
    public JsonObject toJson() {
        return ResourceCodec.groupToJson(this);
    }

    /** @return the SCIM JSON representation as compact text */
    public String toJsonString() {
        return ResourceCodec.groupToString(this);
    }

    /**
     * Reads any attribute by its path components, ignoring case; see
     * {@link User#attribute(String, String, String)}.
     *
     * @param schemaUrn    the schema URN prefix, or {@code null}
     * @param attribute    the attribute name
     * @param subAttribute the sub-attribute name, or {@code null}
     * @return the value, or empty when absent
     */
    public Optional<JsonValue> attribute(String schemaUrn, String attribute, String subAttribute) {
        return AttributeLookup.find(toJson(), SchemaRegistry.GROUP, schemaUrn, attribute, subAttribute);
    }

    /** @return the {@code schemas} URNs: the core Group URN first, then at least every present extension */
    public List<String> schemas() {
        return schemas;
    }

    /** @return the service's id, or {@code null} */
    public String id() {
        return id;
    }

    /** @return the provisioning client's id, or {@code null} */
    public String externalId() {
        return externalId;
    }

    /** @return the metadata, or {@code null} */
    public Meta meta() {
        return meta;
    }

    /** @return the display name, or {@code null} */
    public String displayName() {
        return displayName;
    }

    /** @return the members */
    public List<Member> members() {
        return members;
    }

    /** @return Zoom's group extension, or {@code null} */
    public ZoomGroup zoomGroup() {
        return zoomGroup;
    }

    /** @return core attributes this model does not know, as sent */
    public JsonObject unknownAttributes() {
        return unknownAttributes;
    }

    /** @return extension objects this model does not know, by URN as sent, in order */
    public Map<String, JsonObject> extensions() {
        return extensions;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Group g && schemas.equals(g.schemas) && Objects.equals(id, g.id)
                && Objects.equals(externalId, g.externalId) && Objects.equals(meta, g.meta)
                && Objects.equals(displayName, g.displayName) && members.equals(g.members)
                && Objects.equals(zoomGroup, g.zoomGroup) && unknownAttributes.equals(g.unknownAttributes)
                && extensions.equals(g.extensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(schemas, id, externalId, meta, displayName, members, zoomGroup, unknownAttributes,
                extensions);
    }

    /** @return id, display name and member count */
    @Override
    public String toString() {
        return "Group{id=" + id + ", displayName=" + displayName + ", members=" + members.size() + "}";
    }

    /**
     * Builds a {@link Group}. Every attribute defaults to absent; {@code schemas} defaults to the core
     * Group URN plus the URNs of the extensions present, and those are always added if missing.
     * Not thread-safe.
     */
    public static final class Builder {
        private List<String> schemas = List.of();
        private String id;
        private String externalId;
        private Meta meta;
        private String displayName;
        private List<Member> members = new ArrayList<>();
        private ZoomGroup zoomGroup;
        private JsonObject unknownAttributes;
        private Map<String, JsonObject> extensions = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param value the {@code schemas} URNs (default: computed, see {@link Builder})
         * @return this
         * @throws NullPointerException if the list or an element is null
         */
        public Builder schemas(List<String> value) {
            this.schemas = List.copyOf(Objects.requireNonNull(value, "schemas is null"));
            return this;
        }

        /** @param value the id, or {@code null} @return this */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** @param value the external id, or {@code null} @return this */
        public Builder externalId(String value) {
            this.externalId = value;
            return this;
        }

        /** @param value the metadata, or {@code null} @return this */
        public Builder meta(Meta value) {
            this.meta = value;
            return this;
        }

        /** @param value the display name, or {@code null} @return this */
        public Builder displayName(String value) {
            this.displayName = value;
            return this;
        }

        /**
         * @param value the members (default none)
         * @return this
         * @throws NullPointerException if the list or an element is null
         */
        public Builder members(List<Member> value) {
            Objects.requireNonNull(value, "members is null");
            List<Member> out = new ArrayList<>(value.size());
            for (Member member : value) {
                out.add(Objects.requireNonNull(member, "members contains null"));
            }
            this.members = out;
            return this;
        }

        /**
         * @param value a member to append
         * @return this
         * @throws NullPointerException if {@code value} is null
         */
        public Builder addMember(Member value) {
            this.members.add(Objects.requireNonNull(value, "member is null"));
            return this;
        }

        /** @param value Zoom's group extension, or {@code null} @return this */
        public Builder zoomGroup(ZoomGroup value) {
            this.zoomGroup = value;
            return this;
        }

        /**
         * @param value core attributes this model does not know (default none)
         * @return this
         * @throws IllegalArgumentException if a member is a modelled attribute or an extension URN
         */
        public Builder unknownAttributes(JsonObject value) {
            this.unknownAttributes = ResourceCodec.checkUnknownGroupAttributes(value);
            return this;
        }

        /**
         * Sets an extension object this model does not know, replacing one with the same URN in any case.
         *
         * @param urn   the extension's schema URN
         * @param value the extension object, or {@code null} to remove it
         * @return this
         * @throws IllegalArgumentException if {@code urn} is a modelled extension or does not start with {@code urn:}
         */
        public Builder extension(String urn, JsonObject value) {
            ResourceCodec.putExtension(extensions, urn, value, ResourceCodec.GROUP_EXTENSIONS);
            return this;
        }

        /** @return the group */
        public Group build() {
            return new Group(this);
        }
    }
}
