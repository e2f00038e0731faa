package dev.scimkit.client;

import dev.scimkit.client.internal.Waiting;
import dev.scimkit.core.PatchOperation;
import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.filter.FilterParseException;
import dev.scimkit.filter.PatchPath;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Collects PATCH operations for one resource and sends them together. Each path is parsed by
 * scim-filter's {@link PatchPath} as it is added, so a malformed path fails here, before anything
 * is sent. Not thread-safe.
 *
 * <pre>{@code
 * zoom.users().patch(id)
 *     .replace("active", false)
 *     .add("title", "Engineer")
 *     .remove("emails[type eq \"home\"]")
 *     .execute();
 * }</pre>
 *
 * @param <T> the patched resource's type
 */
public final class PatchBuilder<T> {

    private final Function<PatchRequest, CompletableFuture<T>> sender;
    private final List<PatchOperation> operations = new ArrayList<>();

    PatchBuilder(Function<PatchRequest, CompletableFuture<T>> sender) {
        this.sender = sender;
    }

    /**
     * Adds an {@code add} operation.
     *
     * @param path  the target path
     * @param value the value to add
     * @return this builder
     * @throws FilterParseException 400 {@code invalidPath} if the path is malformed
     */
    public PatchBuilder<T> add(String path, JsonValue value) {
        operations.add(PatchOperation.add(checked(path), Objects.requireNonNull(value, "value is null")));
        return this;
    }

    /**
     * Adds an {@code add} operation with a string value.
     *
     * @param path  the target path
     * @param value the value
     * @return this builder
     * @throws FilterParseException 400 {@code invalidPath} if the path is malformed
     */
    public PatchBuilder<T> add(String path, String value) {
        return add(path, ScimJson.provider().createValue(Objects.requireNonNull(value, "value is null")));
    }

    /**
     * Adds a {@code replace} operation.
     *
     * @param path  the target path
     * @param value the new value
     * @return this builder
     * @throws FilterParseException 400 {@code invalidPath} if the path is malformed
     */
    public PatchBuilder<T> replace(String path, JsonValue value) {
        operations.add(PatchOperation.replace(checked(path), Objects.requireNonNull(value, "value is null")));
        return this;
    }

    /**
     * Adds a {@code replace} operation with a string value.
     *
     * @param path  the target path
     * @param value the new value
     * @return this builder
     * @throws FilterParseException 400 {@code invalidPath} if the path is malformed
     */
    public PatchBuilder<T> replace(String path, String value) {
        return replace(path, ScimJson.provider().createValue(Objects.requireNonNull(value, "value is null")));
    }

    /**
     * Adds a {@code replace} operation with a boolean value.
     *
     * @param path  the target path, e.g. {@code active}
     * @param value the new value
     * @return this builder
     * @throws FilterParseException 400 {@code invalidPath} if the path is malformed
     */
    public PatchBuilder<T> replace(String path, boolean value) {
        return replace(path, value ? JsonValue.TRUE : JsonValue.FALSE);
    }

    /**
     * Adds a {@code remove} operation.
     *
     * @param path the target path, e.g. {@code emails[type eq "home"]}
     * @return this builder
     * @throws FilterParseException 400 {@code invalidPath} if the path is malformed
     */
    public PatchBuilder<T> remove(String path) {
        operations.add(PatchOperation.remove(checked(path)));
        return this;
    }

    /**
     * @return the request the operations so far make up
     * @throws IllegalStateException if there are no operations
     */
    public PatchRequest toRequest() {
        if (operations.isEmpty()) {
            throw new IllegalStateException("a PATCH needs at least one operation: call add, replace or remove first");
        }
        return new PatchRequest(List.copyOf(operations));
    }

    /**
     * Sends the operations.
     *
     * @return the resource after the change
     * @throws IllegalStateException if there are no operations
     * @throws ScimClientException   if the call fails
     */
    public T execute() {
        return Waiting.await(this::executeAsync);
    }

    /**
     * Sends the operations asynchronously.
     *
     * @return the resource after the change; completes exceptionally with a {@link ScimClientException}
     * @throws IllegalStateException if there are no operations
     */
    public CompletableFuture<T> executeAsync() {
        return sender.apply(toRequest());
    }

    private static String checked(String path) {
        Objects.requireNonNull(path, "path is null");
        PatchPath.parse(path);
        return path;
    }
}
