package dev.scimkit.client.internal;

import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpHeaders;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The SCIM operations on one resource collection ({@code /Users} or {@code /Groups}) at the JSON
 * level; the typed {@code Users}/{@code Groups} views decode the results.
 */
public final class ResourceEndpoint {

    private final ClientCore core;
    private final String resourcePath;
    private final Function<String, String> uniqueFilter;

    /**
     * @param core         the client's shared parts
     * @param resourcePath {@code Users} or {@code Groups}
     * @param uniqueFilter turns the unique attribute's value (userName, displayName) into filter text,
     *                     used to look a create up when its outcome is unknown
     */
    public ResourceEndpoint(ClientCore core, String resourcePath, Function<String, String> uniqueFilter) {
        this.core = core;
        this.resourcePath = resourcePath;
        this.uniqueFilter = uniqueFilter;
    }

    /**
     * POST a new resource. If the outcome is unknown, the retry stage first lists by the unique value
     * and returns the match instead of posting again.
     *
     * @param resource    the resource as UTF-8 JSON
     * @param uniqueValue its userName / displayName, or {@code null} when it has none (then never repeated)
     * @param blocking    whether the caller waits on its own thread
     * @return the response carrying the created resource
     */
    public CompletableFuture<ScimResponse> create(byte[] resource, String uniqueValue, boolean blocking) {
        ScimRequest request = ScimRequest.of("POST", core.uri(resourcePath, null, null), resource, RateCategory.MEDIUM)
                .withBlocking(blocking);
        if (uniqueValue != null) {
            request = request.withProbe(probe(uniqueValue));
        }
        return core.send(request);
    }

    private RecoveryProbe probe(String uniqueValue) {
        String query = "filter=" + UriPolicy.encode(uniqueFilter.apply(uniqueValue));
        return get -> get.apply(core.uri(resourcePath, null, query)).thenApply(response -> {
            if (!response.successful()) {
                throw ErrorMapper.toException(response, core.clock().instant());
            }
            JsonValue resources = AttributeNames.get(core.json(response), "Resources");
            if (resources instanceof JsonArray array && !array.isEmpty()
                    && array.get(0).getValueType() == JsonValue.ValueType.OBJECT) {
                byte[] body = ScimJson.writeBytes(array.get(0));
                return Optional.of(new ScimResponse(response.request(), 201,
                        HttpHeaders.of(Map.of(), (a, b) -> true), body));
            }
            return Optional.empty();
        });
    }

    /**
     * @param id       the resource id
     * @param blocking whether the caller waits on its own thread
     * @return the response carrying the resource
     */
    public CompletableFuture<ScimResponse> get(String id, boolean blocking) {
        return core.send(ScimRequest.of("GET", core.uri(resourcePath, id, null), null, RateCategory.LIGHT)
                .withBlocking(blocking));
    }

    /**
     * @param id       the resource id
     * @param resource the full replacement as UTF-8 JSON
     * @param blocking whether the caller waits on its own thread
     * @return the response carrying the resource as the server stored it
     */
    public CompletableFuture<ScimResponse> replace(String id, byte[] resource, boolean blocking) {
        return core.send(ScimRequest.of("PUT", core.uri(resourcePath, id, null), resource, RateCategory.LIGHT)
                .withBlocking(blocking));
    }

    /**
     * @param id    the resource id
     * @param patch    the operations
     * @param blocking whether the caller waits on its own thread
     * @return the response carrying the resource (200), or empty for 204 / no body
     */
    public CompletableFuture<Optional<ScimResponse>> patch(String id, PatchRequest patch, boolean blocking) {
        return core.send(ScimRequest.of("PATCH", core.uri(resourcePath, id, null), ClientCore.bytes(patch.toJson()),
                RateCategory.LIGHT).withBlocking(blocking)).thenApply(response -> response.status() == 204 || response.body().length == 0
                ? Optional.empty() : Optional.of(response));
    }

    /**
     * @param id       the resource id
     * @param blocking whether the caller waits on its own thread
     * @return completes when deleted
     */
    public CompletableFuture<Void> delete(String id, boolean blocking) {
        return core.send(ScimRequest.of("DELETE", core.uri(resourcePath, id, null), null, RateCategory.MEDIUM)
                .withBlocking(blocking))
                .thenApply(response -> null);
    }

    /**
     * @param filter     filter text, or {@code null}
     * @param startIndex the 1-based start, or {@code null} for the server's default
     * @param count      the page size, or {@code null} for the server's default
     * @param blocking   whether the caller waits on its own thread
     * @return the raw ListResponse
     */
    public CompletableFuture<JsonObject> list(String filter, Integer startIndex, Integer count, boolean blocking) {
        StringBuilder query = new StringBuilder();
        if (filter != null) {
            query.append("filter=").append(UriPolicy.encode(filter));
        }
        if (startIndex != null) {
            query.append(query.length() == 0 ? "" : "&").append("startIndex=").append(startIndex);
        }
        if (count != null) {
            query.append(query.length() == 0 ? "" : "&").append("count=").append(count);
        }
        return core.send(ScimRequest.of("GET", core.uri(resourcePath, null, query.toString()), null,
                RateCategory.MEDIUM).withBlocking(blocking)).thenApply(core::json);
    }
}
