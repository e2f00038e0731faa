package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.dialect.ScimOperation;
import dev.scimkit.core.dialect.ZoomError;
import dev.scimkit.testkit.internal.http.FakeRequest;
import dev.scimkit.testkit.internal.http.FakeResponse;
import dev.scimkit.testkit.internal.store.ResourceStore;
import dev.scimkit.testkit.internal.store.StoredResource;
import jakarta.json.JsonObject;
import java.util.List;

/** {@code /Groups} and {@code /Groups/{id}}; group PUT and the PATCH answer as the dialect says (Zoom: no PUT, 204). */
final class GroupsEndpoint {

    private final EndpointContext context;
    private final GroupRules rules;

    GroupsEndpoint(EndpointContext context) {
        this.context = context;
        this.rules = new GroupRules(context.dialect);
    }

    FakeResponse collection(FakeRequest request) {
        return switch (request.method()) {
            case "GET" -> list(EndpointContext.parameters(request));
            case "POST" -> {
                StoredResource group = create(context.body(request), null);
                yield context.resource(201, group, single(group, request));
            }
            default -> throw EndpointContext.methodNotAllowed(request, context.allowed("Groups", false));
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
                if (!context.dialect.supports(ScimOperation.REPLACE_GROUP)) {
                    throw EndpointContext.methodNotAllowed(request, context.allowed("Groups", true));
                }
                JsonObject body = context.body(request);
                StoredResource group = store.updateGroup(id, context.precondition(request),
                        current -> rules.forReplace(current, body));
                yield context.resource(200, group, single(group, request));
            }
            case "PATCH" -> {
                if (request.body().length > context.config.groupPatchMaxChars()
                        && request.bodyText().length() > context.config.groupPatchMaxChars()) {
                    throw ZoomError.GROUP_PATCH_TOO_LONG.exception(
                            Integer.toString(context.config.groupPatchMaxChars()));
                }
                PatchRequest patch = PatchRequests.readGroupPatch(context.body(request), context.dialect);
                StoredResource group = store.updateGroup(id, context.precondition(request), MemberWindow.of(patch),
                        current -> rules.afterPatch(current, PatchRequests.apply(current, patch, context.dialect)));
                yield context.dialect.groupPatchNoContent() ? FakeResponse.noContent()
                        : context.resource(200, group, single(group, request));
            }
            case "DELETE" -> {
                store.deleteGroup(id, context.precondition(request));
                yield FakeResponse.noContent();
            }
            default -> throw EndpointContext.methodNotAllowed(request, context.allowed("Groups", true));
        };
    }

    FakeResponse list(ListParameters parameters) {
        List<StoredResource> selected = context.selector.groups(context.store, parameters);
        return context.list(parameters, selected, context.store.groups(), context.store.groupCount(),
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

    /** Creates a group from a request body (or a seed); {@code requestedId} may choose the id. */
    StoredResource create(JsonObject body, String requestedId) {
        return context.store.createGroup(rules.forCreate(body), requestedId);
    }

    JsonObject fullJson(StoredResource group) {
        return rules.fullJson(group);
    }
}
