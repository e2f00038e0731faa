package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.core.PatchRequest;
import dev.scimkit.testkit.internal.http.FakeRequest;
import dev.scimkit.testkit.internal.http.FakeResponse;
import dev.scimkit.testkit.internal.store.ResourceStore;
import dev.scimkit.testkit.internal.store.StoredResource;
import jakarta.json.JsonObject;
import java.util.List;

/** {@code /Users} and {@code /Users/{id}}. */
final class UsersEndpoint {

    private final EndpointContext context;
    private final UserRules rules;

    UsersEndpoint(EndpointContext context) {
        this.context = context;
        this.rules = new UserRules(context.dialect);
    }

    FakeResponse collection(FakeRequest request) {
        return switch (request.method()) {
            case "GET" -> list(EndpointContext.parameters(request));
            case "POST" -> {
                StoredResource user = create(context.body(request), null);
                yield context.resource(201, user, single(user, request));
            }
            default -> throw EndpointContext.methodNotAllowed(request, context.allowed("Users", false));
        };
    }

    FakeResponse item(FakeRequest request, String id) {
        ResourceStore store = context.store;
        return switch (request.method()) {
            case "GET" -> {
                StoredResource user = store.user(id).orElseThrow(() -> ResourceStore.userNotFound(id));
                yield context.get(request, user, single(user, request));
            }
            case "PUT" -> {
                JsonObject body = context.body(request);
                StoredResource user = store.updateUser(id, context.precondition(request),
                        current -> rules.forReplace(current, body));
                yield context.resource(200, user, single(user, request));
            }
            case "PATCH" -> {
                PatchRequest patch = PatchRequests.read(context.body(request), context.dialect);
                StoredResource user = store.updateUser(id, context.precondition(request),
                        current -> rules.afterPatch(current, PatchRequests.apply(current, patch, context.dialect)));
                yield context.resource(200, user, single(user, request));
            }
            case "DELETE" -> {
                store.deleteUser(id, context.precondition(request));
                yield FakeResponse.noContent();
            }
            default -> throw EndpointContext.methodNotAllowed(request, context.allowed("Users", true));
        };
    }

    FakeResponse list(ListParameters parameters) {
        List<StoredResource> selected = context.selector.users(context.store, parameters);
        return context.list(parameters, selected, context.store.users(), context.store.userCount(),
                resource -> view(resource, parameters));
    }

    /** One list item: the cached list view. */
    byte[] view(StoredResource resource, ListParameters parameters) {
        return context.listItem(rules, resource, parameters);
    }

    /** One resource in a single-resource response. */
    private byte[] single(StoredResource resource, FakeRequest request) {
        return context.single(rules, resource, request);
    }

    /** Creates a user from a request body (or a seed); {@code requestedId} may choose the id. */
    StoredResource create(JsonObject body, String requestedId) {
        return context.store.createUser(rules.forCreate(body), requestedId);
    }

    JsonObject fullJson(StoredResource user) {
        return rules.fullJson(user);
    }
}
