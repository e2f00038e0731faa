package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.dialect.RateCategory;
import dev.scimkit.core.dialect.ScimOperation;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.testkit.internal.http.FakeConfig;
import dev.scimkit.testkit.internal.http.FakeRequest;
import dev.scimkit.testkit.internal.http.FakeResponse;
import dev.scimkit.testkit.internal.store.ResourceStore;
import dev.scimkit.testkit.internal.store.StoredResource;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Optional;

/**
 * The SCIM side of the fake: routes a request below the base path ({@code /scim2} or {@code /scim})
 * to its endpoint, and offers the same create rules to direct seeding. Endpoint names compare ignoring
 * case ({@code /scim2/users} works at Zoom).
 */
public final class ScimService {

    private final EndpointContext context;
    private final UsersEndpoint users;
    private final GroupsEndpoint groups;
    private final SearchEndpoint search;
    private final DiscoveryEndpoint discovery;

    /**
     * @param config the fake's configuration
     * @param store  the store it serves
     */
    public ScimService(FakeConfig config, ResourceStore store) {
        this.context = new EndpointContext(config, store, new QuerySelector(config.dialect()));
        this.users = new UsersEndpoint(context);
        this.groups = new GroupsEndpoint(context);
        this.search = new SearchEndpoint(context, users, groups);
        this.discovery = config.dialect().supports(ScimOperation.DISCOVERY)
                ? new DiscoveryEndpoint(context, store.locationBase()) : null;
    }

    /**
     * @param request  the request
     * @param segments the decoded path segments after the base path
     * @return the response
     * @throws ScimException for every SCIM error (the caller renders it)
     */
    public FakeResponse handle(FakeRequest request, List<String> segments) {
        if (segments.isEmpty()) {
            throw notFound(request);
        }
        String endpoint = segments.get(0);
        if (context.dialect.supports(ScimOperation.SEARCH)) {
            boolean searching = segments.get(segments.size() - 1).equals(".search");
            if (searching && segments.size() == 1) {
                return search.all(request);
            }
            if (searching && segments.size() == 2 && AttributeNames.same(endpoint, "Users")) {
                return search.users(request);
            }
            if (searching && segments.size() == 2 && AttributeNames.same(endpoint, "Groups")) {
                return search.groups(request);
            }
        }
        if (discovery != null) {
            FakeResponse described = discovery.handle(request, segments);
            if (described != null) {
                return described;
            }
        }
        if (segments.size() <= 2 && AttributeNames.same(endpoint, "Users")) {
            return segments.size() == 1 ? users.collection(request) : users.item(request, segments.get(1));
        }
        if (segments.size() <= 2 && AttributeNames.same(endpoint, "Groups")) {
            return segments.size() == 1 ? groups.collection(request) : groups.item(request, segments.get(1));
        }
        throw notFound(request);
    }

    /**
     * @param request  the request
     * @param segments the decoded path segments after the base path
     * @return the rate-limit category the dialect gives the request's operation; Light for a request
     *         that is no operation (it is answered 404 or 405)
     */
    public RateCategory category(FakeRequest request, List<String> segments) {
        return operation(request, segments).map(context.dialect::rateCategory).orElse(RateCategory.LIGHT);
    }

    /**
     * @param request  the request
     * @param segments the decoded path segments after the base path
     * @return the operation the method and path name, whether or not the dialect serves it
     */
    static Optional<ScimOperation> operation(FakeRequest request, List<String> segments) {
        if (segments.isEmpty() || segments.size() > 2) {
            return Optional.empty();
        }
        if (segments.get(segments.size() - 1).equals(".search")) {
            return request.method().equals("POST") ? Optional.of(ScimOperation.SEARCH) : Optional.empty();
        }
        String endpoint = segments.get(0);
        if (request.method().equals("GET") && DiscoveryEndpoint.isDiscovery(endpoint)) {
            return Optional.of(ScimOperation.DISCOVERY);
        }
        return ScimOperation.of(request.method(), endpoint, segments.size() == 2);
    }

    /**
     * Stores a user as if POSTed; an {@code id} member chooses the id.
     *
     * @param user the user JSON
     * @return the stored user
     * @throws ScimException when the user is invalid or conflicts
     */
    public StoredResource seedUser(JsonObject user) {
        return users.create(user, requestedId(user));
    }

    /**
     * Stores a group as if POSTed; an {@code id} member chooses the id.
     *
     * @param group the group JSON
     * @return the stored group
     * @throws ScimException when the group is invalid or conflicts
     */
    public StoredResource seedGroup(JsonObject group) {
        return groups.create(group, requestedId(group));
    }

    /**
     * @param id a user id
     * @return the user as GET would return it
     */
    public Optional<JsonObject> user(String id) {
        return context.store.user(id).map(users::fullJson);
    }

    /**
     * @param id a group id
     * @return the group as stored (with members)
     */
    public Optional<JsonObject> group(String id) {
        return context.store.group(id).map(StoredResource::json);
    }

    /** @return the content type of this profile's responses */
    public String contentType() {
        return context.contentType;
    }

    private static String requestedId(JsonObject json) {
        return AttributeNames.get(json, "id") instanceof JsonString id ? id.getString() : null;
    }

    private static ScimException notFound(FakeRequest request) {
        return new ScimException(404, null, "No SCIM endpoint at " + request.path());
    }
}
