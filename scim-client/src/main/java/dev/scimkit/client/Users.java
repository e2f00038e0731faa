package dev.scimkit.client;

import dev.scimkit.client.internal.ClientCore;
import dev.scimkit.client.internal.ResourceEndpoint;
import dev.scimkit.client.internal.ScimResponse;
import dev.scimkit.client.internal.Waiting;
import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.User;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.filter.Filters;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The {@code /Users} endpoint of a {@link ZoomScimClient}. Every call has a blocking form and an
 * {@code …Async} form returning a {@link CompletableFuture}; both run the same code (the blocking
 * form waits for the asynchronous one), and failures complete the future exceptionally with the
 * same {@link ScimClientException} the blocking form throws. Ids are percent-encoded as path
 * segments, so Zoom ids containing {@code &} are safe.
 */
public final class Users {

    private static final Attribute USER_NAME = SchemaRegistry.defaults().schema(SchemaRegistry.USER)
            .flatMap(schema -> schema.attribute("userName")).orElseThrow();

    private final ClientCore core;
    private final ResourceEndpoint endpoint;

    Users(ClientCore core) {
        this.core = core;
        this.endpoint = new ResourceEndpoint(core, "Users", "userName");
    }

    /**
     * Creates a user. If the outcome of the POST is unknown (timeout, reset connection, 502/503/504),
     * the client looks the user up by {@code userName} before trying again, so a retry never
     * creates a duplicate.
     *
     * @param user the user; {@code userName} required
     * @return the user as created (with {@code id})
     * @throws ConflictException   409 if the userName is taken
     * @throws ScimClientException if the call fails
     */
    public User create(User user) {
        return Waiting.await(() -> createAsync(user));
    }

    /**
     * Asynchronous {@link #create(User)}.
     *
     * @param user the user; {@code userName} required
     * @return the created user
     */
    public CompletableFuture<User> createAsync(User user) {
        Objects.requireNonNull(user, "user is null");
        requireText(user.userName(), "user.userName()");
        return endpoint.create(bytes(user), user.userName()).thenApply(this::decode);
    }

    /**
     * @param id the user id
     * @return the user
     * @throws NotFoundException   404 if there is no such user
     * @throws ScimClientException if the call fails
     */
    public User get(String id) {
        return Waiting.await(() -> getAsync(id));
    }

    /**
     * Asynchronous {@link #get(String)}.
     *
     * @param id the user id
     * @return the user
     */
    public CompletableFuture<User> getAsync(String id) {
        return endpoint.get(requireText(id, "id")).thenApply(this::decode);
    }

    /**
     * Looks a user up with the filter {@code userName eq "…"} (built with {@code Filters}, so the
     * value is escaped).
     *
     * @param userName the userName (Zoom: the email address)
     * @return the user, or empty when none matches
     * @throws ScimClientException if the call fails
     */
    public Optional<User> findByUserName(String userName) {
        return Waiting.await(() -> findByUserNameAsync(userName));
    }

    /**
     * Asynchronous {@link #findByUserName(String)}.
     *
     * @param userName the userName
     * @return the user, or empty
     */
    public CompletableFuture<Optional<User>> findByUserNameAsync(String userName) {
        requireText(userName, "userName");
        return endpoint.list(Filters.eq("userName", userName).toString(), null, null, User::fromJson)
                .thenApply(page -> page.resources().stream()
                        .filter(user -> user.userName() != null && USER_NAME.valuesEqual(user.userName(), userName))
                        .findFirst());
    }

    /**
     * Replaces a user (PUT). Zoom treats PUT as a partial update and ignores changes to
     * {@code userName}.
     *
     * @param user the user; {@code id} required
     * @return the user as the server returned it
     * @throws ScimClientException if the call fails
     */
    public User replace(User user) {
        return Waiting.await(() -> replaceAsync(user));
    }

    /**
     * Asynchronous {@link #replace(User)}.
     *
     * @param user the user; {@code id} required
     * @return the user as the server returned it
     */
    public CompletableFuture<User> replaceAsync(User user) {
        Objects.requireNonNull(user, "user is null");
        return endpoint.replace(requireText(user.id(), "user.id()"), bytes(user)).thenApply(this::decode);
    }

    /**
     * Applies a PATCH request.
     *
     * @param id      the user id
     * @param request the operations
     * @return the user after the change (fetched with a GET if the server answered 204)
     * @throws ScimClientException if the call fails
     */
    public User patch(String id, PatchRequest request) {
        return Waiting.await(() -> patchAsync(id, request));
    }

    /**
     * Asynchronous {@link #patch(String, PatchRequest)}.
     *
     * @param id      the user id
     * @param request the operations
     * @return the user after the change
     */
    public CompletableFuture<User> patchAsync(String id, PatchRequest request) {
        requireText(id, "id");
        Objects.requireNonNull(request, "request is null");
        return endpoint.patch(id, request).thenCompose(body -> body.isPresent()
                ? CompletableFuture.completedFuture(decode(body.get())) : getAsync(id));
    }

    /**
     * Starts a fluent PATCH whose paths are validated as they are added.
     *
     * @param id the user id
     * @return a builder; {@link PatchBuilder#execute()} sends it
     */
    public PatchBuilder<User> patch(String id) {
        requireText(id, "id");
        return new PatchBuilder<>(request -> patchAsync(id, request));
    }

    /**
     * Deactivates a user ({@code active = false}), as Zoom expects: a path-less replace.
     *
     * @param id the user id
     * @return the user after the change
     * @throws ScimClientException if the call fails
     */
    public User deactivate(String id) {
        return Waiting.await(() -> deactivateAsync(id));
    }

    /**
     * Asynchronous {@link #deactivate(String)}.
     *
     * @param id the user id
     * @return the user after the change
     */
    public CompletableFuture<User> deactivateAsync(String id) {
        return patchAsync(id, activeRequest(false));
    }

    /**
     * Reactivates a user ({@code active = true}).
     *
     * @param id the user id
     * @return the user after the change
     * @throws ScimClientException if the call fails
     */
    public User reactivate(String id) {
        return Waiting.await(() -> reactivateAsync(id));
    }

    /**
     * Asynchronous {@link #reactivate(String)}.
     *
     * @param id the user id
     * @return the user after the change
     */
    public CompletableFuture<User> reactivateAsync(String id) {
        return patchAsync(id, activeRequest(true));
    }

    /**
     * Deletes a user.
     *
     * @param id the user id
     * @throws NotFoundException   404 if there is no such user
     * @throws ScimClientException if the call fails
     */
    public void delete(String id) {
        Waiting.await(() -> deleteAsync(id));
    }

    /**
     * Asynchronous {@link #delete(String)}.
     *
     * @param id the user id
     * @return completes when deleted
     */
    public CompletableFuture<Void> deleteAsync(String id) {
        return endpoint.delete(requireText(id, "id"));
    }

    /**
     * Starts a list or search.
     *
     * @return a query over all users; narrow it with {@link ListQuery#filter(dev.scimkit.filter.Filter)}
     */
    public ListQuery<User> list() {
        return new ListQuery<>(endpoint, "Users", core.zoomCompatibility(), User::fromJson,
                user -> user.id() != null ? "id:" + user.id() : "content:" + user.toJsonString());
    }

    private User decode(ScimResponse response) {
        return core.decode(response, User::parse);
    }

    private static byte[] bytes(User user) {
        return user.toJsonString().getBytes(StandardCharsets.UTF_8);
    }

    private static PatchRequest activeRequest(boolean active) {
        return PatchRequest.builder().replace(null, ScimJson.builders().createObjectBuilder()
                .add("active", active ? JsonValue.TRUE : JsonValue.FALSE).build()).build();
    }

    static String requireText(String value, String name) {
        Objects.requireNonNull(value, name + " is null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /** @return the endpoint's URI */
    @Override
    public String toString() {
        return "Users[" + core.uri("Users", null, null) + "]";
    }
}
