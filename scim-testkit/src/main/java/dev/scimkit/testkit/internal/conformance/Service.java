package dev.scimkit.testkit.internal.conformance;

import dev.scimkit.core.Email;
import dev.scimkit.core.Group;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.User;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.testkit.conformance.FilterInterpretation;
import dev.scimkit.testkit.conformance.ServiceProfile;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The service under test as the checks see it: raw wire, profile, unique names for this run, and
 * the resources a check created (deleted again by {@link #cleanUp()}).
 */
final class Service {

    static final String USERS = "/Users";
    static final String GROUPS = "/Groups";
    static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    final ScimWire wire;
    final ServiceProfile profile;
    final FilterInterpretation interpretation;
    final String runTag;
    private final AtomicInteger counter = new AtomicInteger();
    private final Deque<String> created = new ArrayDeque<>();

    Service(ScimWire wire, ServiceProfile profile, FilterInterpretation interpretation, String runTag) {
        this.wire = wire;
        this.profile = profile;
        this.interpretation = interpretation;
        this.runTag = runTag;
    }

    boolean zoom() {
        return profile == ServiceProfile.ZOOM;
    }

    /** @return the user with a userName (and work e-mail) no other user of this run or earlier runs has */
    User unique(User user) {
        String userName = user.userName();
        int at = userName.lastIndexOf('@');
        String unique = userName.substring(0, at) + "." + runTag + counter.incrementAndGet() + userName.substring(at);
        List<Email> emails = new ArrayList<>();
        for (Email email : user.emails()) {
            emails.add(email.value().equals(userName) ? new Email(unique, email.display(), email.type(),
                    email.primary(), email.unknownAttributes()) : email);
        }
        return user.toBuilder().userName(unique).emails(emails).build();
    }

    /** @return the group with a displayName no other group of this run has */
    Group unique(Group group) {
        return group.toBuilder().displayName(group.displayName() + " " + runTag + counter.incrementAndGet()).build();
    }

    /** POSTs a user that must be created (201), remembering it for clean-up. */
    JsonObject createUser(User user) {
        Response response = wire.post(USERS, user.toJson()).expect("POST /Users", 201);
        JsonObject json = response.json();
        String id = id(json, response);
        created.push(ScimWire.item(USERS, id));
        return json;
    }

    /** POSTs a group that must be created (201), remembering it for clean-up. */
    JsonObject createGroup(Group group) {
        Response response = wire.post(GROUPS, group.toJson()).expect("POST /Groups", 201);
        JsonObject json = response.json();
        created.push(ScimWire.item(GROUPS, id(json, response)));
        return json;
    }

    /** Remembers a resource path to delete in {@link #cleanUp()}. */
    void cleanUpLater(String path) {
        created.push(path);
    }

    /** Deletes what this check created, newest first, ignoring the answers. */
    void cleanUp() {
        while (!created.isEmpty()) {
            String path = created.pop();
            try {
                wire.delete(path);
            } catch (CheckFailure ignored) {
                // best effort: the check's own result matters, not the clean-up
            }
        }
    }

    static String id(JsonObject resource, Response response) {
        if (AttributeNames.get(resource, "id") instanceof JsonString id && !id.getString().isBlank()) {
            return id.getString();
        }
        throw response.fail("expected the resource to have a non-empty string \"id\"");
    }

    /** GET of one user or group, which must answer 200. */
    JsonObject get(String collection, String id) {
        return wire.get(ScimWire.item(collection, id)).expect("GET " + collection + "/{id}", 200).json();
    }

    /**
     * Walks every page of a list.
     *
     * @param collection {@code /Users} or {@code /Groups}
     * @param filter     a filter, or {@code null}
     * @param count      the page size to ask for
     * @return every resource returned, in order, and the last response
     */
    Listing list(String collection, String filter, int count) {
        List<JsonObject> resources = new ArrayList<>();
        int startIndex = 1;
        Response last = null;
        Integer total = null;
        for (int page = 0; page < 10_000; page++) {
            String path = collection + "?startIndex=" + startIndex + "&count=" + count
                    + (filter == null ? "" : "&filter=" + ScimWire.query(filter));
            last = wire.get(path).expect("GET " + collection + " (list)", 200);
            JsonObject body = last.json();
            if (!(AttributeNames.get(body, "totalResults") instanceof JsonNumber totalResults)) {
                throw last.fail("expected a ListResponse with a numeric \"totalResults\"");
            }
            total = totalResults.intValue();
            List<JsonObject> items = resources(body, last);
            if (items.size() > count) {
                throw last.fail("asked for count=" + count + " but the page holds " + items.size() + " resources");
            }
            resources.addAll(items);
            startIndex += items.size();
            if (items.isEmpty() || startIndex > total) {
                break;
            }
        }
        return new Listing(resources, total == null ? 0 : total, last);
    }

    static List<JsonObject> resources(JsonObject listResponse, Response response) {
        JsonValue value = AttributeNames.get(listResponse, "Resources");
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw response.fail("expected \"Resources\" to be an array");
        }
        List<JsonObject> items = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonObject object)) {
                throw response.fail("expected every element of \"Resources\" to be an object");
            }
            items.add(object);
        }
        return items;
    }

    /** @return each resource by id, in order; a {@link CheckFailure} if an id repeats */
    static Map<String, JsonObject> byId(Listing listing) {
        Map<String, JsonObject> ids = new LinkedHashMap<>();
        for (JsonObject resource : listing.resources()) {
            String id = id(resource, listing.last());
            if (ids.put(id, resource) != null) {
                throw listing.last().fail("resource " + id + " was returned twice while paging");
            }
        }
        return ids;
    }

    /**
     * Checks that a response is a SCIM error with this status (RFC 7644 §3.12). RFC 7644 makes
     * {@code status} a JSON string, and Okta's spec test insists on it; Zoom sends a number, so the
     * ZOOM profile accepts either form.
     */
    void expectScimError(Response response, int status, String what) {
        response.expect(what, status);
        JsonObject body = response.json();
        JsonValue schemas = AttributeNames.get(body, "schemas");
        boolean errorSchema = schemas instanceof JsonArray array && array.stream().anyMatch(value ->
                value instanceof JsonString text && AttributeNames.same(text.getString(), ScimException.ERROR_SCHEMA));
        if (!errorSchema) {
            throw response.fail(what + ": expected a SCIM error body with schemas [\"" + ScimException.ERROR_SCHEMA
                    + "\"]");
        }
        JsonValue statusValue = AttributeNames.get(body, "status");
        String expected = Integer.toString(status);
        boolean matches = statusValue instanceof JsonString string
                ? expected.equals(string.getString().trim())
                : zoom() && statusValue instanceof JsonNumber number && expected.equals(number.toString());
        if (!matches) {
            throw response.fail(what + ": expected the SCIM error body's \"status\" to be "
                    + (zoom() ? expected + " (a number or a string)" : "the JSON string \"" + expected + "\"")
                    + " but was " + statusValue);
        }
    }

    /**
     * All resources of one listing.
     *
     * @param resources the resources, in order
     * @param total     the last page's totalResults
     * @param last      the last response
     */
    record Listing(List<JsonObject> resources, int total, Response last) {
    }
}
