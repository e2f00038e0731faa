package dev.scimkit.client;

import dev.scimkit.client.internal.ClientCore;
import dev.scimkit.client.internal.ResourceEndpoint;
import dev.scimkit.client.internal.ScimResponse;
import dev.scimkit.client.internal.Waiting;
import dev.scimkit.core.Group;
import dev.scimkit.core.PatchOperation;
import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.filter.Filters;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The {@code /Groups} endpoint of a {@link ZoomScimClient}, with member management. Every call has
 * a blocking form and an {@code …Async} form returning a {@link CompletableFuture}; both run the
 * same code (the blocking form waits for the asynchronous one). Zoom answers a group PATCH with 204
 * and no body.
 */
public final class Groups {

    private static final Attribute DISPLAY_NAME = SchemaRegistry.defaults().schema(SchemaRegistry.GROUP)
            .flatMap(schema -> schema.attribute("displayName")).orElseThrow();

    private final ClientCore core;
    private final ResourceEndpoint endpoint;

    Groups(ClientCore core) {
        this.core = core;
        this.endpoint = new ResourceEndpoint(core, "Groups", "displayName");
    }

    /**
     * Creates a group. If the outcome of the POST is unknown, the client looks the group up by
     * {@code displayName} before trying again, so a retry never creates a duplicate.
     *
     * @param group the group; {@code displayName} required
     * @return the group as created (with {@code id})
     * @throws ScimClientException if the call fails
     */
    public Group create(Group group) {
        return Waiting.await(() -> createAsync(group));
    }

    /**
     * Asynchronous {@link #create(Group)}.
     *
     * @param group the group
     * @return the created group
     */
    public CompletableFuture<Group> createAsync(Group group) {
        Objects.requireNonNull(group, "group is null");
        Users.requireText(group.displayName(), "group.displayName()");
        return endpoint.create(bytes(group), group.displayName()).thenApply(this::decode);
    }

    /**
     * @param id the group id
     * @return the group
     * @throws NotFoundException   404 if there is no such group
     * @throws ScimClientException if the call fails
     */
    public Group get(String id) {
        return Waiting.await(() -> getAsync(id));
    }

    /**
     * Asynchronous {@link #get(String)}.
     *
     * @param id the group id
     * @return the group
     */
    public CompletableFuture<Group> getAsync(String id) {
        return endpoint.get(Users.requireText(id, "id")).thenApply(this::decode);
    }

    /**
     * Looks a group up with the filter {@code displayName eq "…"}.
     *
     * @param displayName the group's name
     * @return the group, or empty when none matches
     * @throws ScimClientException if the call fails
     */
    public Optional<Group> findByDisplayName(String displayName) {
        return Waiting.await(() -> findByDisplayNameAsync(displayName));
    }

    /**
     * Asynchronous {@link #findByDisplayName(String)}.
     *
     * @param displayName the group's name
     * @return the group, or empty
     */
    public CompletableFuture<Optional<Group>> findByDisplayNameAsync(String displayName) {
        Users.requireText(displayName, "displayName");
        return endpoint.list(Filters.eq("displayName", displayName).toString(), null, null, Group::fromJson)
                .thenApply(page -> page.resources().stream()
                        .filter(g -> g.displayName() != null && DISPLAY_NAME.valuesEqual(g.displayName(), displayName))
                        .findFirst());
    }

    /**
     * Replaces a group (PUT; Zoom documents no PUT for groups, other SCIM services do).
     *
     * @param group the group; {@code id} required
     * @return the group as the server returned it
     * @throws ScimClientException if the call fails
     */
    public Group replace(Group group) {
        return Waiting.await(() -> replaceAsync(group));
    }

    /**
     * Asynchronous {@link #replace(Group)}.
     *
     * @param group the group; {@code id} required
     * @return the group as the server returned it
     */
    public CompletableFuture<Group> replaceAsync(Group group) {
        Objects.requireNonNull(group, "group is null");
        return endpoint.replace(Users.requireText(group.id(), "group.id()"), bytes(group)).thenApply(this::decode);
    }

    /**
     * Applies a PATCH request.
     *
     * @param id      the group id
     * @param request the operations
     * @return the group after the change (fetched with a GET when the server answered 204, as Zoom does)
     * @throws ScimClientException if the call fails
     */
    public Group patch(String id, PatchRequest request) {
        return Waiting.await(() -> patchAsync(id, request));
    }

    /**
     * Asynchronous {@link #patch(String, PatchRequest)}.
     *
     * @param id      the group id
     * @param request the operations
     * @return the group after the change
     */
    public CompletableFuture<Group> patchAsync(String id, PatchRequest request) {
        Users.requireText(id, "id");
        Objects.requireNonNull(request, "request is null");
        return endpoint.patch(id, request).thenCompose(body -> body.isPresent()
                ? CompletableFuture.completedFuture(decode(body.get())) : getAsync(id));
    }

    /**
     * Starts a fluent PATCH whose paths are validated as they are added.
     *
     * @param id the group id
     * @return a builder; {@link PatchBuilder#execute()} sends it
     */
    public PatchBuilder<Group> patch(String id) {
        Users.requireText(id, "id");
        return new PatchBuilder<>(request -> patchAsync(id, request));
    }

    /**
     * Adds users to a group: one PATCH {@code add} of {@code members}. Does not fetch the group
     * afterwards.
     *
     * @param groupId the group id
     * @param userIds the users to add; at least one
     * @throws ScimClientException if the call fails
     */
    public void addMembers(String groupId, String... userIds) {
        Waiting.await(() -> addMembersAsync(groupId, userIds));
    }

    /**
     * Asynchronous {@link #addMembers(String, String...)}.
     *
     * @param groupId the group id
     * @param userIds the users to add; at least one
     * @return completes when added
     */
    public CompletableFuture<Void> addMembersAsync(String groupId, String... userIds) {
        Users.requireText(groupId, "groupId");
        JsonArrayBuilder members = ScimJson.builders().createArrayBuilder();
        for (String userId : ids(userIds)) {
            members.add(ScimJson.builders().createObjectBuilder().add("value", userId));
        }
        return endpoint.patch(groupId, PatchRequest.of(PatchOperation.add("members", members.build())))
                .thenApply(ignored -> null);
    }

    /**
     * Removes users from a group: one PATCH {@code remove} per user with the path
     * {@code members[value eq "…"]} (the id escaped), sent together.
     *
     * @param groupId the group id
     * @param userIds the users to remove; at least one
     * @throws ScimClientException if the call fails
     */
    public void removeMembers(String groupId, String... userIds) {
        Waiting.await(() -> removeMembersAsync(groupId, userIds));
    }

    /**
     * Asynchronous {@link #removeMembers(String, String...)}.
     *
     * @param groupId the group id
     * @param userIds the users to remove; at least one
     * @return completes when removed
     */
    public CompletableFuture<Void> removeMembersAsync(String groupId, String... userIds) {
        Users.requireText(groupId, "groupId");
        List<PatchOperation> operations = new ArrayList<>();
        for (String userId : ids(userIds)) {
            operations.add(PatchOperation.remove(Filters.valuePath("members", Filters.eq("value", userId)).toString()));
        }
        return endpoint.patch(groupId, new PatchRequest(operations)).thenApply(ignored -> null);
    }

    /**
     * Deletes a group.
     *
     * @param id the group id
     * @throws ScimClientException if the call fails (Zoom: 400 for the account's default group)
     */
    public void delete(String id) {
        Waiting.await(() -> deleteAsync(id));
    }

    /**
     * Asynchronous {@link #delete(String)}.
     *
     * @param id the group id
     * @return completes when deleted
     */
    public CompletableFuture<Void> deleteAsync(String id) {
        return endpoint.delete(Users.requireText(id, "id"));
    }

    /**
     * Starts a list or search.
     *
     * @return a query over all groups
     */
    public ListQuery<Group> list() {
        return new ListQuery<>(endpoint, "Groups", core.zoomCompatibility(), Group::fromJson,
                group -> group.id() != null ? "id:" + group.id() : "content:" + group.toJsonString());
    }

    private Group decode(ScimResponse response) {
        return core.decode(response, Group::parse);
    }

    private static byte[] bytes(Group group) {
        return group.toJsonString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> ids(String... userIds) {
        Objects.requireNonNull(userIds, "userIds is null");
        if (userIds.length == 0) {
            throw new IllegalArgumentException("userIds must name at least one user");
        }
        List<String> ids = new ArrayList<>(userIds.length);
        for (int i = 0; i < userIds.length; i++) {
            ids.add(Users.requireText(userIds[i], "userIds[" + i + "]"));
        }
        return ids;
    }

    /** @return the endpoint's URI */
    @Override
    public String toString() {
        return "Groups[" + core.uri("Groups", null, null) + "]";
    }
}
