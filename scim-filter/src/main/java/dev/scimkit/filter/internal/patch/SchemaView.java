package dev.scimkit.filter.internal.patch;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.AttributeType;
import dev.scimkit.core.schema.ResolvedAttribute;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.Schema;
import dev.scimkit.core.schema.SchemaRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves PATCH targets against the resource type being patched, or works without a schema
 * when the resource's type is unknown (shapes are then taken from the JSON itself).
 */
final class SchemaView {

    /**
     * {@code schemas} (RFC 7643 §3), which no schema lists; with the registry's common attributes
     * ({@code id}, {@code externalId}, {@code meta}) it is known even without a resource type.
     */
    private static final Attribute SCHEMAS =
            Attribute.builder("schemas", AttributeType.REFERENCE).multiValued(true).build();
    private static final List<Attribute> COMMON = common();

    private final SchemaRegistry registry;
    private final ResourceType type;
    private final SchemaIndex index;

    /**
     * @param registry the schemas
     * @param type     the resource type, or {@code null} to patch without a schema
     * @param index    the type's attribute index, or {@code null} without a type
     */
    SchemaView(SchemaRegistry registry, ResourceType type, SchemaIndex index) {
        this.registry = registry;
        this.type = type;
        this.index = index;
    }

    /**
     * @param key a member name of a resource or of a path-less value
     * @return whether it is the URN of a schema (core or extension) the registry knows
     */
    boolean isSchemaUrn(String key) {
        return registry.schema(key).isPresent();
    }

    /**
     * @param urn a schema URN
     * @return whether it is the core schema of the type (or, without a type, of any registered type)
     */
    boolean isCoreSchema(String urn) {
        if (type != null) {
            return AttributeNames.same(type.schema(), urn);
        }
        for (ResourceType candidate : registry.resourceTypes()) {
            if (AttributeNames.same(candidate.schema(), urn)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param urn a schema URN
     * @return the URN as the registry spells it, else as given
     */
    String canonicalUrn(String urn) {
        return registry.schema(urn).map(Schema::id).orElse(urn);
    }

    /** @return the core schema URN of the type, or {@code null} */
    String coreSchema() {
        return type == null ? null : type.schema();
    }

    /**
     * @param c    the operation
     * @param path the path
     * @return where the target lives and its definitions
     * @throws ScimException 400 {@code invalidPath} when strict and the schema does not know it
     */
    Slot resolve(OperationContext c, ParsedPath path) {
        String urn = path.schemaUrn();
        String name = path.attribute();
        String sub = path.subAttribute();
        boolean core = urn == null || isCoreSchema(urn);
        if (core) {
            for (Attribute common : COMMON) {
                if (AttributeNames.same(common.name(), name)) {
                    return slot(c, null, common, sub);
                }
            }
        }
        if (type == null) {
            return new Slot(core ? null : urn, name, null, sub, null);
        }
        ResolvedAttribute found = index.find(urn, name);
        if (found != null) {
            return slot(c, found.extension() ? found.schema().id() : null, found.attribute(), sub);
        }
        if (!c.lenient()) {
            String where = urn == null ? "resource type " + type.name() : "schema " + urn + " of resource type "
                    + type.name();
            throw c.error(ScimException.INVALID_PATH, "unknown attribute '" + name + "' in " + where);
        }
        return new Slot(core ? null : canonicalUrn(urn), name, null, sub, null);
    }

    private static List<Attribute> common() {
        List<Attribute> common = new ArrayList<>(SchemaRegistry.commonAttributes());
        common.add(SCHEMAS);
        return List.copyOf(common);
    }

    private static Slot slot(OperationContext c, String extensionUrn, Attribute attribute, String sub) {
        if (sub == null) {
            return new Slot(extensionUrn, attribute.name(), attribute, null, null);
        }
        if (!attribute.isComplex()) {
            throw c.error(ScimException.INVALID_PATH, "'" + attribute.name() + "' is not complex and has no sub-attribute '"
                    + sub + "'");
        }
        Optional<Attribute> subAttribute = attribute.subAttribute(sub);
        if (subAttribute.isPresent()) {
            return new Slot(extensionUrn, attribute.name(), attribute, subAttribute.get().name(), subAttribute.get());
        }
        if (!c.lenient() && !attribute.subAttributes().isEmpty()) {
            throw c.error(ScimException.INVALID_PATH, "'" + attribute.name() + "' has no sub-attribute '" + sub + "'");
        }
        return new Slot(extensionUrn, attribute.name(), attribute, sub, null);
    }
}
