package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.core.Projection;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.ResourceValidator;
import dev.scimkit.core.dialect.Dialect;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.AttributeReference;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.filter.AttributePath;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema machinery the endpoints share, all from scim-core's default registry: resource types,
 * validation (canonical values enforced, as Zoom's userType, or suggestions, as RFC 7643's) and
 * projection ({@code attributes}/{@code excludedAttributes}, lists parsed by scim-filter), and the
 * {@code schemas} rules of both dialects.
 */
final class Schemas {

    static final SchemaRegistry REGISTRY = SchemaRegistry.defaults();
    static final ResourceType USER = REGISTRY.resourceType("User").orElseThrow();
    static final ResourceType GROUP = REGISTRY.resourceType("Group").orElseThrow();

    private static final ResourceValidator STRICT_VALIDATOR = ResourceValidator.of(REGISTRY);
    private static final ResourceValidator SCIM_VALIDATOR = ResourceValidator.of(REGISTRY).withStrictCanonicalValues(false);
    private static final Projection PROJECTION = Projection.of(REGISTRY);

    private Schemas() {
    }

    /** @return the validator for the dialect: canonical values a closed set, or suggestions */
    static ResourceValidator validator(Dialect dialect) {
        return dialect.canonicalValuesEnforced() ? STRICT_VALIDATOR : SCIM_VALIDATOR;
    }

    /**
     * @throws ScimException 400 {@code invalidValue} unless the resource's {@code schemas} (an array or
     *                       one string) names the core schema (scim-core's one rule,
     *                       {@link SchemaRegistry#resourceTypeOf})
     */
    static void requireCoreSchema(JsonObject attributes, String coreSchema) {
        if (!REGISTRY.resourceTypeOf(attributes).map(ResourceType::schema).filter(coreSchema::equals).isPresent()) {
            throw ScimException.invalidValue("schemas must be an array containing " + coreSchema);
        }
    }

    /**
     * @return the resource with {@code schemas} listing the core schema and each of the type's
     *         extensions the resource has (for a dialect that derives schemas)
     */
    static JsonObject withDerivedSchemas(ResourceType type, JsonObject attributes) {
        List<String> schemas = new ArrayList<>();
        schemas.add(type.schema());
        for (ResourceType.Extension extension : type.extensions()) {
            if (AttributeNames.findKey(attributes, extension.schema()) != null) {
                schemas.add(extension.schema());
            }
        }
        return Json.with(attributes, "schemas", Json.strings(schemas).build());
    }

    /**
     * Projects a resource per RFC 7643 {@code returned} rules and the request's attribute lists.
     *
     * @param attributes         the {@code attributes} list text, or {@code null}
     * @param excludedAttributes the {@code excludedAttributes} list text, or {@code null}
     */
    static JsonObject project(ResourceType type, JsonObject resource, String attributes, String excludedAttributes) {
        return PROJECTION.apply(type, resource, references(attributes), references(excludedAttributes));
    }

    private static List<AttributeReference> references(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        List<AttributeReference> references = new ArrayList<>();
        for (AttributePath path : AttributePath.parseList(list)) {
            references.add(new AttributeReference(path.schemaUrn(), path.name(), path.subAttribute()));
        }
        return references;
    }
}
