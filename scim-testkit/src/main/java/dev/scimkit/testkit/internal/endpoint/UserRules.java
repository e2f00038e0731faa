package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.testkit.internal.store.SchemaAttributes;
import dev.scimkit.testkit.internal.store.StoredResource;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a user looks like on the way in (create, replace, after PATCH) and on the way out (GET and
 * list views), per profile.
 *
 * <p>ZOOM: {@code userType} must be Basic, Licensed or On-Prem (default Basic); {@code active} may be
 * sent as {@code "True"}/{@code "False"} and defaults to true; PUT merges into the stored user and
 * ignores {@code userName}, {@code displayName} and {@code loginType} (Zoom answers 200 and changes
 * nothing); {@code userName} cannot change through PATCH either; {@code zoomPhone*} attributes are
 * accepted but never returned; list items omit the {@code zoom:1.0:User} extension, {@code groups}
 * and the enterprise {@code manager}, {@code organization}, {@code costCenter}.
 *
 * <p>SCIM: {@code schemas} must name the core User schema; PUT replaces every writable attribute;
 * {@code active} must be a boolean. {@code password} is never stored or returned in either profile.
 */
final class UserRules {

    private static final String[] READ_ONLY_OR_SECRET = {"id", "meta", "groups", "password"};
    private static final String[] ZOOM_PUT_IGNORED = {"id", "meta", "groups", "password", "schemas", "userName",
            "displayName"};
    private static final String[] ENTERPRISE_LIST_OMITTED = {"manager", "organization", "costCenter"};

    private final boolean zoom;

    UserRules(boolean zoom) {
        this.zoom = zoom;
    }

    /** Attributes to store for a new user. */
    JsonObject forCreate(JsonObject body) {
        JsonObject attributes = Json.without(body, READ_ONLY_OR_SECRET);
        if (!zoom) {
            requireCoreSchema(attributes);
            return Schemas.validator(false).validateCreate(Schemas.USER, checkScimTypes(attributes));
        }
        if (AttributeNames.get(attributes, "active") == null) {
            attributes = Json.with(attributes, "active", JsonValue.TRUE);
        }
        if (AttributeNames.get(attributes, "userType") == null) {
            attributes = Json.with(attributes, "userType", ScimJson.provider().createValue("Basic"));
        }
        if (AttributeNames.get(attributes, "displayName") == null) {
            String derived = displayNameFromName(attributes);
            if (derived != null) {
                attributes = Json.with(attributes, "displayName", ScimJson.provider().createValue(derived));
            }
        }
        if (AttributeNames.findKey(attributes, SchemaRegistry.ZOOM_USER_LICENSE) == null) {
            attributes = Json.with(attributes, SchemaRegistry.ZOOM_USER_LICENSE, JsonValue.EMPTY_JSON_OBJECT);
        }
        return Schemas.validator(true).validateCreate(Schemas.USER, normaliseZoom(attributes));
    }

    /** Attributes to store after a PUT. */
    JsonObject forReplace(JsonObject current, JsonObject body) {
        if (!zoom) {
            JsonObject attributes = Json.without(body, READ_ONLY_OR_SECRET);
            requireCoreSchema(attributes);
            return Schemas.validator(false).validateReplace(Schemas.USER, current, checkScimTypes(attributes));
        }
        JsonObject merged = Json.without(current, "meta", "groups");
        for (Map.Entry<String, JsonValue> entry : body.entrySet()) {
            String name = entry.getKey();
            if (Json.named(name, ZOOM_PUT_IGNORED)) {
                continue;
            }
            JsonValue value = entry.getValue();
            JsonValue existing = AttributeNames.get(merged, name);
            if (value instanceof JsonObject incoming && existing instanceof JsonObject stored) {
                value = mergeObjects(stored, incoming, AttributeNames.same(name, SchemaRegistry.ZOOM_USER));
            }
            merged = Json.with(merged, name, value);
        }
        return Schemas.validator(true).validateReplace(Schemas.USER, current, normaliseZoom(merged));
    }

    /** Attributes to store after a PATCH produced {@code patched} from {@code current}. */
    JsonObject afterPatch(JsonObject current, JsonObject patched) {
        JsonObject attributes = Json.without(patched, READ_ONLY_OR_SECRET);
        if (!zoom) {
            return Schemas.validator(false).validateReplace(Schemas.USER, current, checkScimTypes(attributes));
        }
        JsonValue userName = AttributeNames.get(current, "userName");
        if (userName != null) {
            attributes = Json.with(attributes, "userName", userName);
        }
        return Schemas.validator(true).validateReplace(Schemas.USER, current, normaliseZoom(attributes));
    }

    /** The representation projected by {@code attributes}/{@code excludedAttributes} (SCIM profile). */
    byte[] projectedView(StoredResource user, String attributes, String excludedAttributes) {
        if (attributes == null && excludedAttributes == null) {
            return fullView(user);
        }
        return ScimJson.writeBytes(Schemas.project(Schemas.USER, user.json(), attributes, excludedAttributes));
    }

    /** The GET representation. */
    byte[] fullView(StoredResource user) {
        return user.fullView(stored -> ScimJson.writeBytes(fullJson(stored)));
    }

    /** The list-item representation. */
    byte[] listView(StoredResource user) {
        return user.listView(stored -> ScimJson.writeBytes(listJson(stored)));
    }

    /** The GET representation as JSON. */
    JsonObject fullJson(StoredResource user) {
        if (!zoom) {
            return Schemas.project(Schemas.USER, user.json(), null, null);
        }
        JsonObject json = user.json();
        String licenseKey = AttributeNames.findKey(json, SchemaRegistry.ZOOM_USER_LICENSE);
        if (licenseKey != null && json.get(licenseKey) instanceof JsonObject license) {
            JsonObjectBuilder kept = Json.object();
            license.forEach((key, value) -> {
                if (!key.regionMatches(true, 0, "zoomPhone", 0, "zoomPhone".length())) {
                    kept.add(key, value);
                }
            });
            json = Json.with(json, licenseKey, kept.build());
        }
        return json;
    }

    private JsonObject listJson(StoredResource user) {
        JsonObject json = fullJson(user);
        if (!zoom) {
            return json;
        }
        json = Json.without(json, SchemaRegistry.ZOOM_USER_LICENSE, "groups");
        json = Json.with(json, "schemas", Json.strings(withoutUrn(schemasOf(json),
                SchemaRegistry.ZOOM_USER_LICENSE)).build());
        String enterpriseKey = AttributeNames.findKey(json, SchemaRegistry.ENTERPRISE_USER);
        if (enterpriseKey != null && json.get(enterpriseKey) instanceof JsonObject enterprise) {
            json = Json.with(json, enterpriseKey, Json.without(enterprise, ENTERPRISE_LIST_OMITTED));
        }
        return json;
    }

    private JsonObject normaliseZoom(JsonObject attributes) {
        JsonObject out = attributes;
        JsonValue active = AttributeNames.get(out, "active");
        if (active != null) {
            out = Json.with(out, "active", booleanValue(active, "active"));
        }
        JsonValue userType = AttributeNames.get(out, "userType");
        if (userType != null) {
            out = Json.with(out, "userType", ScimJson.provider().createValue(canonicalUserType(userType)));
        }
        List<String> schemas = new ArrayList<>();
        schemas.add(SchemaRegistry.USER);
        for (String extension : List.of(SchemaRegistry.ENTERPRISE_USER, SchemaRegistry.ZOOM_USER,
                SchemaRegistry.ZOOM_USER_LICENSE)) {
            if (AttributeNames.findKey(out, extension) != null) {
                schemas.add(extension);
            }
        }
        return Json.with(out, "schemas", Json.strings(schemas).build());
    }

    private static String canonicalUserType(JsonValue value) {
        if (value instanceof JsonString text) {
            for (String canonical : SchemaAttributes.USER_TYPE.canonicalValues()) {
                if (SchemaAttributes.USER_TYPE.valuesEqual(canonical, text.getString())) {
                    return canonical;
                }
            }
        }
        throw ScimException.invalidValue("Invalid userType " + value + "; Zoom accepts "
                + String.join(", ", SchemaAttributes.USER_TYPE.canonicalValues()) + ".");
    }

    private JsonObject checkScimTypes(JsonObject attributes) {
        JsonValue active = AttributeNames.get(attributes, "active");
        if (active != null && active.getValueType() != JsonValue.ValueType.TRUE
                && active.getValueType() != JsonValue.ValueType.FALSE) {
            throw ScimException.invalidValue("active must be a boolean but was " + active);
        }
        return attributes;
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

    private static void requireCoreSchema(JsonObject attributes) {
        for (String urn : schemasOf(attributes)) {
            if (AttributeNames.same(urn, SchemaRegistry.USER)) {
                return;
            }
        }
        throw ScimException.invalidValue("schemas must be an array containing " + SchemaRegistry.USER);
    }

    static List<String> schemasOf(JsonObject json) {
        List<String> urns = new ArrayList<>();
        JsonValue schemas = AttributeNames.get(json, "schemas");
        if (schemas instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonString text) {
                    urns.add(text.getString());
                }
            }
        } else if (schemas instanceof JsonString text) {
            urns.add(text.getString());
        }
        return urns;
    }

    static List<String> withoutUrn(List<String> urns, String removed) {
        List<String> kept = new ArrayList<>();
        for (String urn : urns) {
            if (!AttributeNames.same(urn, removed)) {
                kept.add(urn);
            }
        }
        return kept;
    }

    private static JsonObject mergeObjects(JsonObject stored, JsonObject incoming, boolean zoomUserExtension) {
        JsonObject merged = stored;
        for (Map.Entry<String, JsonValue> entry : incoming.entrySet()) {
            if (zoomUserExtension && AttributeNames.same(entry.getKey(), "loginType")) {
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
