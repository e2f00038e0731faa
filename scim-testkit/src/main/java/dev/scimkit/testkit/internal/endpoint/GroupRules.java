package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.core.dialect.Dialect;
import dev.scimkit.core.dialect.ZoomError;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.testkit.internal.store.StoredResource;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * What a group looks like on the way in and out, by the dialect's facts. Zoom: {@code schemas} is not
 * checked but derived, and {@code members} are never returned (membership shows on each user's
 * {@code groups}); RFC 7644: {@code schemas} must name the core Group schema and members are returned.
 */
final class GroupRules implements ResourceViews {

    private final Dialect dialect;

    GroupRules(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Attributes to store for a new group. */
    JsonObject forCreate(JsonObject body) {
        return Schemas.validator(dialect).validateCreate(Schemas.GROUP, normalise(Json.without(body, "id", "meta")));
    }

    /** Attributes to store after a PUT (a full replace, where the dialect has group PUT). */
    JsonObject forReplace(JsonObject current, JsonObject body) {
        return Schemas.validator(dialect).validateReplace(Schemas.GROUP, current,
                normalise(Json.without(body, "id", "meta")));
    }

    /** Attributes to store after a PATCH. */
    JsonObject afterPatch(JsonObject current, JsonObject patched) {
        return Schemas.validator(dialect).validateReplace(Schemas.GROUP, current,
                normalise(Json.without(patched, "id", "meta")));
    }

    @Override
    public ResourceType type() {
        return Schemas.GROUP;
    }

    @Override
    public JsonObject listJson(StoredResource group) {
        return fullJson(group);
    }

    @Override
    public JsonObject fullJson(StoredResource group) {
        JsonObject json = dialect.attributeSelection()
                ? Schemas.project(Schemas.GROUP, group.json(), null, null) : group.json();
        return dialect.groupMembersReturned() ? json : Json.without(json, "members");
    }

    private JsonObject normalise(JsonObject attributes) {
        if (!(AttributeNames.get(attributes, "displayName") instanceof JsonString name) || name.getString().isBlank()) {
            throw ZoomError.INVALID_GROUP_NAME.exception();
        }
        if (!dialect.derivesSchemas()) {
            Schemas.requireCoreSchema(attributes, SchemaRegistry.GROUP);
            return attributes;
        }
        return Schemas.withDerivedSchemas(Schemas.GROUP, attributes);
    }
}
