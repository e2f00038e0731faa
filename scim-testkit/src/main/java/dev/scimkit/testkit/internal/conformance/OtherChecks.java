package dev.scimkit.testkit.internal.conformance;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.JsonLimits;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;

/** Discovery endpoints and error answers. */
final class OtherChecks {

    private static final String SPC_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";

    private OtherChecks() {
    }

    static void serviceProviderConfig(Service service) {
        Response response = service.wire.get("/ServiceProviderConfig").expect("GET /ServiceProviderConfig", 200);
        JsonObject config = response.json();
        if (!mentions(AttributeNames.get(config, "schemas"), SPC_SCHEMA)) {
            throw response.fail("expected schemas [\"" + SPC_SCHEMA + "\"]");
        }
        for (String capability : List.of("patch", "bulk", "filter", "changePassword", "sort", "etag")) {
            if (!(AttributeNames.get(config, capability) instanceof JsonObject object)
                    || !isBoolean(AttributeNames.get(object, "supported"))) {
                throw response.fail("expected \"" + capability + "\" with a boolean \"supported\" (RFC 7643 §5)");
            }
        }
        if (!(AttributeNames.get(config, "authenticationSchemes") instanceof JsonArray)) {
            throw response.fail("expected an \"authenticationSchemes\" array (RFC 7643 §5)");
        }
    }

    static void schemas(Service service) {
        Response response = service.wire.get("/Schemas").expect("GET /Schemas", 200);
        JsonObject user = findById(response, SchemaRegistry.USER);
        if (user == null) {
            throw response.fail("expected the schema " + SchemaRegistry.USER + " among /Schemas");
        }
        boolean userName = AttributeNames.get(user, "attributes") instanceof JsonArray attributes
                && attributes.stream().anyMatch(attribute -> attribute instanceof JsonObject object
                && AttributeNames.get(object, "name") instanceof JsonString name
                && AttributeNames.same(name.getString(), "userName"));
        if (!userName) {
            throw response.fail("expected the User schema to define the attribute userName");
        }
    }

    static void resourceTypes(Service service) {
        Response response = service.wire.get("/ResourceTypes").expect("GET /ResourceTypes", 200);
        for (JsonObject type : listOrArray(response)) {
            if (AttributeNames.get(type, "name") instanceof JsonString name && name.getString().equals("User")) {
                if (!(AttributeNames.get(type, "endpoint") instanceof JsonString endpoint)
                        || !endpoint.getString().equals("/Users")) {
                    throw response.fail("expected the User resource type at endpoint \"/Users\"");
                }
                if (!(AttributeNames.get(type, "schema") instanceof JsonString schema)
                        || !AttributeNames.same(schema.getString(), SchemaRegistry.USER)) {
                    throw response.fail("expected the User resource type's schema " + SchemaRegistry.USER);
                }
                return;
            }
        }
        throw response.fail("expected a resource type named User");
    }

    static void unknownIdIs404(Service service) {
        String path = ScimWire.item(Service.USERS, "scimkit-unknown-" + service.runTag);
        service.expectScimError(service.wire.get(path), 404, "GET /Users/{unknown id}");
    }

    static void badTokenIs401(Service service) {
        Response response = service.wire.getWithToken(Service.USERS + "?count=1", "invalid-" + service.runTag);
        service.expectScimError(response, 401, "GET /Users with an invalid bearer token");
    }

    private static JsonObject findById(Response response, String id) {
        for (JsonObject item : listOrArray(response)) {
            if (AttributeNames.get(item, "id") instanceof JsonString text && AttributeNames.same(text.getString(), id)) {
                return item;
            }
        }
        return null;
    }

    /** Discovery answers are a ListResponse (RFC 7644 §4); some services answer a bare array. */
    private static List<JsonObject> listOrArray(Response response) {
        String body = response.body().strip();
        if (body.startsWith("[")) {
            JsonValue parsed;
            try {
                parsed = ScimJson.parse(body, JsonLimits.defaults());
            } catch (ScimException e) {
                throw response.fail("expected a ListResponse or JSON array but the body does not parse: "
                        + e.detail());
            }
            return parsed.asJsonArray().stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
        }
        return Service.resources(response.json(), response);
    }

    private static boolean isBoolean(JsonValue value) {
        return value != null && (value.getValueType() == JsonValue.ValueType.TRUE
                || value.getValueType() == JsonValue.ValueType.FALSE);
    }

    private static boolean mentions(JsonValue schemas, String urn) {
        return schemas instanceof JsonArray array && array.stream().anyMatch(value ->
                value instanceof JsonString text && AttributeNames.same(text.getString(), urn));
    }
}
