package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.core.Projection;
import dev.scimkit.core.ResourceValidator;
import dev.scimkit.core.schema.AttributeReference;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.filter.AttributePath;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema machinery the endpoints share, all from scim-core's default registry: resource types,
 * validation (ZOOM: userType restricted to Zoom's values; SCIM: canonical values are suggestions) and
 * projection ({@code attributes}/{@code excludedAttributes}, lists parsed by scim-filter).
 */
final class Schemas {

    static final SchemaRegistry REGISTRY = SchemaRegistry.defaults();
    static final ResourceType USER = REGISTRY.resourceType("User").orElseThrow();
    static final ResourceType GROUP = REGISTRY.resourceType("Group").orElseThrow();

    private static final ResourceValidator ZOOM_VALIDATOR = ResourceValidator.of(REGISTRY);
    private static final ResourceValidator SCIM_VALIDATOR = ResourceValidator.of(REGISTRY).withStrictCanonicalValues(false);
    private static final Projection PROJECTION = Projection.of(REGISTRY);

    private Schemas() {
    }

    static ResourceValidator validator(boolean zoom) {
        return zoom ? ZOOM_VALIDATOR : SCIM_VALIDATOR;
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
