package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.ScimException;
import dev.scimkit.testkit.internal.http.FakeRequest;
import dev.scimkit.testkit.internal.http.FakeResponse;
import dev.scimkit.testkit.internal.store.ResourceStore;
import dev.scimkit.testkit.internal.store.StoredResource;
import jakarta.json.JsonObject;
import java.util.List;

/** {@code /Groups} and {@code /Groups/{id}}; Zoom has no PUT for groups. */
final class GroupsEndpoint {

    private final EndpointContext context;
    private final GroupRules rules;

    GroupsEndpoint(EndpointContext context) {
        this.context = context;
        this.rules = new GroupRules(context.zoom);
    }

    FakeResponse collection(FakeRequest request) {
        return switch (request.method()) {
            case "GET" -> list(EndpointContext.parameters(request));
            case "POST" -> {
                StoredResource group = create(context.body(request), null);
                yield context.resource(201, group, single(group, request));
            }
            default -> throw EndpointContext.methodNotAllowed(request, "GET, POST");
        };
    }

    FakeResponse item(FakeRequest request, String id) {
        ResourceStore store = context.store;
        return switch (request.method()) {
            case "GET" -> {
                StoredResource group = store.group(id).orElseThrow(ResourceStore::groupNotFound);
                yield context.get(request, group, single(group, request));
            }
            case "PUT" -> {
                if (context.zoom) {
                    throw EndpointContext.methodNotAllowed(request, "GET, PATCH, DELETE");
                }
                JsonObject body = context.body(request);
                StoredResource group = store.updateGroup(id, context.precondition(request),
                        current -> rules.forReplace(current, body));
                yield context.resource(200, group, single(group, request));
            }
            case "PATCH" -> {
                if (request.body().length > context.config.groupPatchMaxChars()
                        && request.bodyText().length() > context.config.groupPatchMaxChars()) {
                    throw new ScimException(413, null, "The request JSON must not be longer than "
                            + context.config.groupPatchMaxChars() + " characters.");
                }
                PatchRequest patch = PatchRequests.readGroupPatch(context.body(request), context.zoom);
                StoredResource group = store.updateGroup(id, context.precondition(request),
                        current -> rules.afterPatch(current, PatchRequests.apply(current, patch, context.zoom)));
                yield context.zoom ? FakeResponse.noContent() : context.resource(200, group, single(group, request));
            }
            case "DELETE" -> {
                store.deleteGroup(id, context.precondition(request));
                yield FakeResponse.noContent();
            }
            default -> throw EndpointContext.methodNotAllowed(request,
                    context.zoom ? "GET, PATCH, DELETE" : "GET, PUT, PATCH, DELETE");
        };
    }

    FakeResponse list(ListParameters parameters) {
        List<StoredResource> selected = context.selector.groups(context.store, parameters);
        return context.list(parameters, selected, context.store.groups(), context.store.groupCount(),
                resource -> view(resource, parameters));
    }

    /** One list item: the cached list view. */
    byte[] view(StoredResource resource, ListParameters parameters) {
        if (context.zoom || (parameters.attributes() == null && parameters.excludedAttributes() == null)) {
            return rules.listView(resource);
        }
        return rules.projectedView(resource, parameters.attributes(), parameters.excludedAttributes());
    }

    /** One resource in a single-resource response: projected when the query asks (SCIM profile). */
    private byte[] single(StoredResource resource, FakeRequest request) {
        if (context.zoom) {
            return rules.fullView(resource);
        }
        return rules.projectedView(resource, request.queryParameter("attributes"),
                request.queryParameter("excludedAttributes"));
    }

    /** Creates a group from a request body (or a seed); {@code requestedId} may choose the id. */
    StoredResource create(JsonObject body, String requestedId) {
        return context.store.createGroup(rules.forCreate(body), requestedId);
    }

    JsonObject fullJson(StoredResource group) {
        return rules.fullJson(group);
    }
}
