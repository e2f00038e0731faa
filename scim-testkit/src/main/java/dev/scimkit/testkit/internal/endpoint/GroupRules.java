package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.testkit.internal.store.StoredResource;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * What a group looks like on the way in and out, per profile. ZOOM: {@code schemas} is not checked
 * and {@code members} are never returned (membership shows on each user's {@code groups}); SCIM:
 * {@code schemas} must name the core Group schema and members are returned.
 */
final class GroupRules {

    private final boolean zoom;

    GroupRules(boolean zoom) {
        this.zoom = zoom;
    }

    /** Attributes to store for a new group. */
    JsonObject forCreate(JsonObject body) {
        return Schemas.validator(zoom).validateCreate(Schemas.GROUP, normalise(Json.without(body, "id", "meta")));
    }

    /** Attributes to store after a PUT (SCIM profile only: a full replace). */
    JsonObject forReplace(JsonObject current, JsonObject body) {
        return Schemas.validator(zoom).validateReplace(Schemas.GROUP, current,
                normalise(Json.without(body, "id", "meta")));
    }

    /** Attributes to store after a PATCH. */
    JsonObject afterPatch(JsonObject current, JsonObject patched) {
        return Schemas.validator(zoom).validateReplace(Schemas.GROUP, current,
                normalise(Json.without(patched, "id", "meta")));
    }

    /** The representation projected by {@code attributes}/{@code excludedAttributes} (SCIM profile). */
    byte[] projectedView(StoredResource group, String attributes, String excludedAttributes) {
        if (attributes == null && excludedAttributes == null) {
            return fullView(group);
        }
        return ScimJson.writeBytes(Schemas.project(Schemas.GROUP, group.json(), attributes, excludedAttributes));
    }

    byte[] fullView(StoredResource group) {
        return group.fullView(stored -> ScimJson.writeBytes(fullJson(stored)));
    }

    byte[] listView(StoredResource group) {
        return group.listView(stored -> ScimJson.writeBytes(fullJson(stored)));
    }

    JsonObject fullJson(StoredResource group) {
        return zoom ? Json.without(group.json(), "members") : Schemas.project(Schemas.GROUP, group.json(), null, null);
    }

    private JsonObject normalise(JsonObject attributes) {
        if (!(AttributeNames.get(attributes, "displayName") instanceof jakarta.json.JsonString name)
                || name.getString().isBlank()) {
            throw ScimException.invalidValue("The \"DisplayName\" of the request is invalid.");
        }
        if (!zoom) {
            for (String urn : UserRules.schemasOf(attributes)) {
                if (AttributeNames.same(urn, SchemaRegistry.GROUP)) {
                    return attributes;
                }
            }
            throw ScimException.invalidValue("schemas must be an array containing " + SchemaRegistry.GROUP);
        }
        List<String> schemas = new ArrayList<>();
        schemas.add(SchemaRegistry.GROUP);
        if (AttributeNames.findKey(attributes, SchemaRegistry.ZOOM_GROUP) != null) {
            schemas.add(SchemaRegistry.ZOOM_GROUP);
        }
        return Json.with(attributes, "schemas", Json.strings(schemas).build());
    }
}
