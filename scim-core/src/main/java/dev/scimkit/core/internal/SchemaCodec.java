package dev.scimkit.core.internal;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.AttributeType;
import dev.scimkit.core.schema.Mutability;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.Returned;
import dev.scimkit.core.schema.Schema;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.core.schema.Uniqueness;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads schema and resource type representations (RFC 7643 §6, §7) and loads the default
 * registry from {@code /dev/scimkit/core/schema/*.json} on the class path.
 */
public final class SchemaCodec {

    /** The default schema resources, in registration order. */
    private static final List<String> DEFAULT_SCHEMAS = List.of(
            "user.json", "group.json", "enterprise-user.json",
            "zoom-user.json", "zoom-user-license.json", "zoom-group.json");
    private static final String DEFAULT_RESOURCE_TYPES = "resource-types.json";
    private static final String RESOURCE_DIR = "/dev/scimkit/core/schema/";
    private static final String SCHEMA_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";
    private static final String RESOURCE_TYPE_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
    /**
     * scimkit's extension member of an attribute definition: {@code true} when the canonical values
     * are a closed set. Not part of RFC 7643 (clients ignore unknown members); written only when true,
     * so a schema survives a round trip through its representation.
     */
    public static final String STRICT_CANONICAL_VALUES = "x-scimkit-strictCanonicalValues";

    private SchemaCodec() {
    }

    /** @return the registry described by the bundled JSON resources */
    public static SchemaRegistry loadDefaults() {
        SchemaRegistry.Builder builder = SchemaRegistry.builder();
        for (String name : DEFAULT_SCHEMAS) {
            builder.schema(schemaFromJson(readResource(name).asJsonObject()));
        }
        for (JsonValue type : readResource(DEFAULT_RESOURCE_TYPES).asJsonArray()) {
            builder.resourceType(resourceTypeFromJson(type.asJsonObject()));
        }
        return builder.build();
    }

    /**
     * @param json a schema representation (RFC 7643 §7)
     * @return the schema
     * @throws ScimException 400 if the representation is malformed
     */
    public static Schema schemaFromJson(JsonObject json) {
        try {
            return readSchema(json);
        } catch (ClassCastException | IllegalArgumentException | NullPointerException e) {
            throw ScimException.invalidValue("malformed schema representation: " + e.getMessage());
        }
    }

    private static Schema readSchema(JsonObject json) {
        String id = requiredString(json, "id", "schema");
        List<Attribute> attributes = new ArrayList<>();
        JsonArray array = json.getJsonArray("attributes");
        if (array != null) {
            for (JsonValue attribute : array) {
                attributes.add(attributeFromJson(attribute.asJsonObject(), id));
            }
        }
        return new Schema(id, json.getString("name", ""), json.getString("description", ""), attributes);
    }

    /**
     * @param json a resource type representation (RFC 7643 §6)
     * @return the resource type
     * @throws ScimException 400 if the representation is malformed
     */
    public static ResourceType resourceTypeFromJson(JsonObject json) {
        try {
            return readResourceType(json);
        } catch (ClassCastException | IllegalArgumentException | NullPointerException e) {
            throw ScimException.invalidValue("malformed resource type representation: " + e.getMessage());
        }
    }

    private static ResourceType readResourceType(JsonObject json) {
        List<ResourceType.Extension> extensions = new ArrayList<>();
        JsonArray array = json.getJsonArray("schemaExtensions");
        if (array != null) {
            for (JsonValue value : array) {
                JsonObject extension = value.asJsonObject();
                extensions.add(new ResourceType.Extension(requiredString(extension, "schema", "schemaExtension"),
                        extension.getBoolean("required", false)));
            }
        }
        String name = requiredString(json, "name", "resource type");
        return new ResourceType(name, requiredString(json, "endpoint", name),
                json.getString("description", ""), requiredString(json, "schema", name), extensions);
    }

    private static Attribute attributeFromJson(JsonObject json, String where) {
        String name = requiredString(json, "name", where);
        String path = where + ":" + name;
        try {
            Attribute.Builder builder = Attribute.builder(name,
                            AttributeType.fromScimName(requiredString(json, "type", path)))
                    .multiValued(json.getBoolean("multiValued", false))
                    .description(json.getString("description", ""))
                    .required(json.getBoolean("required", false))
                    .caseExact(json.getBoolean("caseExact", false))
                    .mutability(Mutability.fromScimName(json.getString("mutability", "readWrite")))
                    .returned(Returned.fromScimName(json.getString("returned", "default")))
                    .uniqueness(Uniqueness.fromScimName(json.getString("uniqueness", "none")))
                    .canonicalValues(strings(json.getJsonArray("canonicalValues")))
                    .referenceTypes(strings(json.getJsonArray("referenceTypes")))
                    .strictCanonicalValues(json.getBoolean(STRICT_CANONICAL_VALUES, false));
            JsonArray subs = json.getJsonArray("subAttributes");
            if (subs != null) {
                List<Attribute> subAttributes = new ArrayList<>();
                for (JsonValue sub : subs) {
                    subAttributes.add(attributeFromJson(sub.asJsonObject(), path));
                }
                builder.subAttributes(subAttributes);
            }
            return builder.build();
        } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
            throw ScimException.invalidValue("malformed attribute definition " + path + ": " + e.getMessage());
        }
    }

    /**
     * Writes a schema representation (RFC 7643 §7), in the member layout of RFC 7643 §8.7.
     *
     * @param schema   the schema
     * @param location the value of {@code meta.location}, or {@code null} to leave {@code meta} out
     * @return the representation
     */
    public static JsonObject schemaToJson(Schema schema, String location) {
        JsonObjectBuilder out = ScimJson.builders().createObjectBuilder()
                .add("schemas", ScimJson.builders().createArrayBuilder().add(SCHEMA_SCHEMA))
                .add("id", schema.id())
                .add("name", schema.name())
                .add("description", schema.description());
        JsonArrayBuilder attributes = ScimJson.builders().createArrayBuilder();
        for (Attribute attribute : schema.attributes()) {
            attributes.add(attributeToJson(attribute));
        }
        out.add("attributes", attributes);
        if (location != null) {
            out.add("meta", ScimJson.builders().createObjectBuilder()
                    .add("resourceType", "Schema").add("location", location));
        }
        return out.build();
    }

    /**
     * Writes a resource type representation (RFC 7643 §6), in the layout of RFC 7643 §8.6.
     *
     * @param type     the resource type
     * @param location the value of {@code meta.location}, or {@code null} to leave {@code meta} out
     * @return the representation
     */
    public static JsonObject resourceTypeToJson(ResourceType type, String location) {
        JsonObjectBuilder out = ScimJson.builders().createObjectBuilder()
                .add("schemas", ScimJson.builders().createArrayBuilder().add(RESOURCE_TYPE_SCHEMA))
                .add("id", type.name())
                .add("name", type.name())
                .add("endpoint", type.endpoint())
                .add("description", type.description())
                .add("schema", type.schema());
        if (!type.extensions().isEmpty()) {
            JsonArrayBuilder extensions = ScimJson.builders().createArrayBuilder();
            for (ResourceType.Extension extension : type.extensions()) {
                extensions.add(ScimJson.builders().createObjectBuilder()
                        .add("schema", extension.schema()).add("required", extension.required()));
            }
            out.add("schemaExtensions", extensions);
        }
        if (location != null) {
            out.add("meta", ScimJson.builders().createObjectBuilder()
                    .add("location", location).add("resourceType", "ResourceType"));
        }
        return out.build();
    }

    private static JsonObject attributeToJson(Attribute attribute) {
        JsonObjectBuilder out = ScimJson.builders().createObjectBuilder()
                .add("name", attribute.name())
                .add("type", attribute.type().scimName())
                .add("multiValued", attribute.multiValued())
                .add("description", attribute.description())
                .add("required", attribute.required());
        if (!attribute.canonicalValues().isEmpty()) {
            out.add("canonicalValues", ScimJson.builders().createArrayBuilder(attribute.canonicalValues()));
        }
        if (attribute.type() == AttributeType.REFERENCE) {
            out.add("referenceTypes", ScimJson.builders().createArrayBuilder(attribute.referenceTypes()));
        }
        out.add("caseExact", attribute.caseExact());
        if (attribute.strictCanonicalValues()) {
            out.add(STRICT_CANONICAL_VALUES, true);
        }
        if (attribute.isComplex()) {
            JsonArrayBuilder subs = ScimJson.builders().createArrayBuilder();
            for (Attribute sub : attribute.subAttributes()) {
                subs.add(attributeToJson(sub));
            }
            out.add("subAttributes", subs);
        }
        return out.add("mutability", attribute.mutability().scimName())
                .add("returned", attribute.returned().scimName())
                .add("uniqueness", attribute.uniqueness().scimName())
                .build();
    }

    private static List<String> strings(JsonArray array) {
        if (array == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(array.size());
        for (JsonValue value : array) {
            out.add(((JsonString) value).getString());
        }
        return out;
    }

    private static String requiredString(JsonObject json, String member, String where) {
        JsonValue value = json.get(member);
        if (!(value instanceof JsonString string)) {
            throw ScimException.invalidValue(where + " needs a string \"" + member + "\"");
        }
        return string.getString();
    }

    private static JsonValue readResource(String name) {
        try (InputStream in = SchemaCodec.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled schema resource " + RESOURCE_DIR + name);
            }
            return ScimJson.parse(in.readAllBytes(), dev.scimkit.core.json.JsonLimits.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled schema resource " + name, e);
        }
    }
}
