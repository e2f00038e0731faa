package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.testkit.internal.http.FakeRequest;
import dev.scimkit.testkit.internal.http.FakeResponse;
import dev.scimkit.testkit.internal.store.StoredResource;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code POST /.search}, {@code POST /Users/.search} and {@code POST /Groups/.search} (RFC 7644
 * §3.4.3, SCIM profile only): the SearchRequest body carries what a list request carries in its query.
 * The root search returns matching users, then matching groups.
 */
final class SearchEndpoint {

    /** The SearchRequest message schema. */
    static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:SearchRequest";

    private final EndpointContext context;
    private final UsersEndpoint users;
    private final GroupsEndpoint groups;

    SearchEndpoint(EndpointContext context, UsersEndpoint users, GroupsEndpoint groups) {
        this.context = context;
        this.users = users;
        this.groups = groups;
    }

    FakeResponse users(FakeRequest request) {
        requirePost(request);
        return users.list(parameters(context.body(request)));
    }

    FakeResponse groups(FakeRequest request) {
        requirePost(request);
        return groups.list(parameters(context.body(request)));
    }

    FakeResponse all(FakeRequest request) {
        requirePost(request);
        ListParameters parameters = parameters(context.body(request));
        List<StoredResource> selected = new ArrayList<>();
        List<StoredResource> matchingUsers = context.selector.users(context.store, parameters);
        selected.addAll(matchingUsers == null ? new ArrayList<>(context.store.users()) : matchingUsers);
        List<StoredResource> matchingGroups = context.selector.groups(context.store, parameters);
        selected.addAll(matchingGroups == null ? new ArrayList<>(context.store.groups()) : matchingGroups);
        Function<StoredResource, byte[]> view = resource -> isUser(resource)
                ? users.view(resource, parameters) : groups.view(resource, parameters);
        return context.list(parameters, selected, List.of(), selected.size(), view);
    }

    private static boolean isUser(StoredResource resource) {
        return "User".equals(resource.resourceType());
    }

    private static void requirePost(FakeRequest request) {
        if (!request.method().equals("POST")) {
            throw EndpointContext.methodNotAllowed(request, "POST");
        }
    }

    /** Reads a SearchRequest body into list parameters. */
    static ListParameters parameters(JsonObject body) {
        boolean schemaNamed = false;
        JsonValue schemas = AttributeNames.get(body, "schemas");
        if (schemas instanceof JsonArray array) {
            for (JsonValue value : array) {
                schemaNamed |= value instanceof JsonString text && AttributeNames.same(text.getString(), SCHEMA);
            }
        }
        if (!schemaNamed) {
            throw ScimException.invalidValue("a search request needs \"schemas\": [\"" + SCHEMA + "\"]");
        }
        return new ListParameters(text(body, "filter"), number(body, "startIndex"), number(body, "count"),
                text(body, "sortBy"), text(body, "sortOrder"), list(body, "attributes"),
                list(body, "excludedAttributes"));
    }

    private static String text(JsonObject body, String name) {
        JsonValue value = AttributeNames.get(body, name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw ScimException.invalidValue(name + " must be a string but was " + value);
    }

    private static String number(JsonObject body, String name) {
        JsonValue value = AttributeNames.get(body, name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number.bigIntegerValue().toString();
        }
        throw ScimException.invalidValue(name + " must be an integer but was " + value);
    }

    private static String list(JsonObject body, String name) {
        JsonValue value = AttributeNames.get(body, name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        if (value instanceof JsonArray array) {
            List<String> names = new ArrayList<>();
            for (JsonValue item : array) {
                if (!(item instanceof JsonString text)) {
                    throw ScimException.invalidValue(name + " must be an array of strings but was " + value);
                }
                names.add(text.getString());
            }
            return String.join(",", names);
        }
        throw ScimException.invalidValue(name + " must be an array of strings but was " + value);
    }
}
