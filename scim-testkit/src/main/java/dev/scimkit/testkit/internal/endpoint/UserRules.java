package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.dialect.Dialect;
import dev.scimkit.core.dialect.ZoomError;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.AttributeReference;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.testkit.internal.store.SchemaAttributes;
import dev.scimkit.testkit.internal.store.StoredResource;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * What a user looks like on the way in (create, replace, after PATCH) and on the way out (GET and
 * list views), by the dialect's facts.
 *
 * <p>Zoom ({@link Dialect#zoom()}): missing {@code active}, {@code userType} and the licence extension
 * are filled in ({@link Dialect#newUserDefaults()}), {@code displayName} from {@code name};
 * {@code userType} must be Basic, Licensed or On-Prem; {@code active} may be {@code "True"}/{@code "False"};
 * {@code schemas} sent are ignored and listed by the service; PUT merges and ignores {@code userName},
 * {@code displayName} and {@code loginType} (Zoom answers 200 and changes nothing); PATCH cannot change
 * {@code userName}; {@code zoomPhone*} attributes are accepted but never returned; list items omit what
 * {@link Dialect#listOmits()} names.
 *
 * <p>RFC 7644: {@code schemas} must name the core User schema; PUT replaces every writable attribute;
 * {@code active} must be a boolean. {@code password} is never stored or returned in either dialect.
 */
final class UserRules implements ResourceViews {

    private static final String[] READ_ONLY_OR_SECRET = {"id", "meta", "groups", "password"};

    private final Dialect dialect;

    UserRules(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Attributes to store for a new user. */
    JsonObject forCreate(JsonObject body) {
        JsonObject attributes = Json.without(body, READ_ONLY_OR_SECRET);
        if (!dialect.derivesSchemas()) {
            Schemas.requireCoreSchema(attributes, SchemaRegistry.USER);
        }
        for (Map.Entry<String, JsonValue> fallback : dialect.newUserDefaults().entrySet()) {
            if (AttributeNames.findKey(attributes, fallback.getKey()) == null) {
                attributes = Json.with(attributes, fallback.getKey(), fallback.getValue());
            }
        }
        if (dialect.displayNameFromName() && AttributeNames.get(attributes, "displayName") == null) {
            String derived = displayNameFromName(attributes);
            if (derived != null) {
                attributes = Json.with(attributes, "displayName", ScimJson.provider().createValue(derived));
            }
        }
        return Schemas.validator(dialect).validateCreate(Schemas.USER, normalise(attributes));
    }

    /** Attributes to store after a PUT. */
    JsonObject forReplace(JsonObject current, JsonObject body) {
        if (!dialect.replaceMerges()) {
            JsonObject attributes = Json.without(body, READ_ONLY_OR_SECRET);
            if (!dialect.derivesSchemas()) {
                Schemas.requireCoreSchema(attributes, SchemaRegistry.USER);
            }
            return Schemas.validator(dialect).validateReplace(Schemas.USER, current, normalise(attributes));
        }
        JsonObject merged = Json.without(current, "meta", "groups");
        for (Map.Entry<String, JsonValue> entry : body.entrySet()) {
            String name = entry.getKey();
            boolean derivedSchemas = dialect.derivesSchemas() && AttributeNames.same(name, "schemas");
            if (Json.named(name, READ_ONLY_OR_SECRET) || derivedSchemas || Json.names(dialect.replaceIgnores(), null, name)) {
                continue;
            }
            JsonValue value = entry.getValue();
            JsonValue existing = AttributeNames.get(merged, name);
            if (value instanceof JsonObject incoming && existing instanceof JsonObject stored) {
                value = mergeObjects(name, stored, incoming);
            }
            merged = Json.with(merged, name, value);
        }
        return Schemas.validator(dialect).validateReplace(Schemas.USER, current, normalise(merged));
    }

    /** Attributes to store after a PATCH produced {@code patched} from {@code current}. */
    JsonObject afterPatch(JsonObject current, JsonObject patched) {
        JsonObject attributes = Json.without(patched, READ_ONLY_OR_SECRET);
        for (AttributeReference kept : dialect.patchIgnores()) {
            JsonValue before = AttributeNames.get(current, kept.name());
            if (before != null) {
                attributes = Json.with(attributes, kept.name(), before);
            }
        }
        return Schemas.validator(dialect).validateReplace(Schemas.USER, current, normalise(attributes));
    }

    @Override
    public ResourceType type() {
        return Schemas.USER;
    }

    @Override
    public JsonObject fullJson(StoredResource user) {
        if (dialect.attributeSelection()) {
            return Schemas.project(Schemas.USER, user.json(), null, null);
        }
        return Json.without(user.json(), dialect.neverReturned());
    }

    @Override
    public JsonObject listJson(StoredResource user) {
        JsonObject json = fullJson(user);
        return dialect.listOmits().isEmpty() ? json : Json.without(json, dialect.listOmits());
    }

    /** The dialect's normal form of a user's attributes, with the checks that go with it. */
    private JsonObject normalise(JsonObject attributes) {
        JsonObject out = attributes;
        JsonValue active = AttributeNames.get(out, "active");
        if (active != null) {
            out = Json.with(out, "active", dialect.lenientRequests() ? booleanValue(active, "active")
                    : strictBoolean(active, "active"));
        }
        JsonValue userType = AttributeNames.get(out, "userType");
        if (userType != null && dialect.canonicalValuesEnforced()) {
            out = Json.with(out, "userType", ScimJson.provider().createValue(canonicalUserType(userType)));
        }
        return dialect.derivesSchemas() ? Schemas.withDerivedSchemas(Schemas.USER, out) : out;
    }

    private static String canonicalUserType(JsonValue value) {
        if (value instanceof JsonString text) {
            for (String canonical : SchemaAttributes.USER_TYPE.canonicalValues()) {
                if (SchemaAttributes.USER_TYPE.valuesEqual(canonical, text.getString())) {
                    return canonical;
                }
            }
        }
        throw ZoomError.INVALID_USER_TYPE.exception(value.toString(),
                String.join(", ", SchemaAttributes.USER_TYPE.canonicalValues()));
    }

    private static JsonValue strictBoolean(JsonValue value, String name) {
        if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
            throw ScimException.invalidValue(name + " must be a boolean but was " + value);
        }
        return value;
    }

    /** Zoom accepts {@code true}/{@code false} and the strings {@code "True"}/{@code "False"} (Entra's shape). */
    static JsonValue booleanValue(JsonValue value, String name) {
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value;
        }
        if (value instanceof JsonString text) {
            if (text.getString().equalsIgnoreCase("true")) {
                return JsonValue.TRUE;
            }
            if (text.getString().equalsIgnoreCase("false")) {
                return JsonValue.FALSE;
            }
        }
        throw ScimException.invalidValue(name + " must be true or false but was " + value);
    }

    /** PUT into a stored object attribute: members merge, except those the dialect ignores on PUT. */
    private JsonObject mergeObjects(String attribute, JsonObject stored, JsonObject incoming) {
        JsonObject merged = stored;
        for (Map.Entry<String, JsonValue> entry : incoming.entrySet()) {
            if (Json.names(dialect.replaceIgnores(), attribute, entry.getKey())) {
                continue;
            }
            merged = Json.with(merged, entry.getKey(), entry.getValue());
        }
        return merged;
    }

    private static String displayNameFromName(JsonObject attributes) {
        if (!(AttributeNames.get(attributes, "name") instanceof JsonObject name)) {
            return null;
        }
        String given = AttributeNames.get(name, "givenName") instanceof JsonString text ? text.getString() : "";
        String family = AttributeNames.get(name, "familyName") instanceof JsonString text ? text.getString() : "";
        String joined = (given + " " + family).trim();
        return joined.isEmpty() ? null : joined;
    }
}
