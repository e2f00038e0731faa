package dev.scimkit.client.internal;

import dev.scimkit.core.ListResponse;
import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.dialect.Dialect;
import dev.scimkit.core.dialect.RateCategory;
import dev.scimkit.core.dialect.ScimOperation;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.filter.Filters;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpHeaders;
import java.util.EnumMap;
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
    private final String uniqueAttribute;
    private final Map<ScimOperation, RateCategory> categories = new EnumMap<>(ScimOperation.class);

    /**
     * @param core            the client's shared parts
     * @param resourcePath    {@code Users} or {@code Groups}
     * @param uniqueAttribute the attribute that identifies a new resource ({@code userName},
     *                        {@code displayName}), used to look a create up when its outcome is unknown
     */
    public ResourceEndpoint(ClientCore core, String resourcePath, String uniqueAttribute) {
        this.core = core;
        this.resourcePath = resourcePath;
        this.uniqueAttribute = uniqueAttribute;
        for (ScimOperation operation : ScimOperation.values()) {
            if (resourcePath.equals(operation.endpoint())) {
                categories.put(operation, Dialect.zoom().rateCategory(operation));
            }
        }
    }

    /** Zoom's rate-limit category of a request on this collection, from {@link Dialect#zoom()}. */
    private RateCategory category(String method, boolean byId) {
        return categories.get(ScimOperation.of(method, resourcePath, byId).orElseThrow());
    }

    /**
     * POST a new resource. If the outcome is unknown, the retry stage first lists by the unique value
     * and returns the match instead of posting again.
     *
     * @param resource    the resource as UTF-8 JSON
     * @param uniqueValue its userName / displayName, or {@code null} when it has none (then never repeated)
     * @return the response carrying the created resource
     */
    public CompletableFuture<ScimResponse> create(byte[] resource, String uniqueValue) {
        ScimRequest request = ScimRequest.of("POST", core.uri(resourcePath, null, null), resource, category("POST", false));
        if (uniqueValue != null) {
            request = request.withProbe(probe(uniqueValue));
        }
        return core.send(request);
    }

    private RecoveryProbe probe(String uniqueValue) {
        String query = "filter=" + UriPolicy.encode(Filters.eq(uniqueAttribute, uniqueValue).toString());
        return get -> get.apply(core.uri(resourcePath, null, query)).thenApply(response -> {
            if (!response.successful()) {
                throw ErrorMapper.toException(response, core.clock().instant());
            }
            JsonValue resources = AttributeNames.get(core.json(response), "Resources");
            if (resources instanceof JsonArray array) {
                // a server that ignores the filter must not pass someone else off as the created resource
                for (JsonValue item : array) {
                    if (item instanceof JsonObject candidate
                            && AttributeNames.get(candidate, uniqueAttribute) instanceof JsonString value
                            && value.getString().equalsIgnoreCase(uniqueValue)) {
                        return Optional.of(new ScimResponse(response.request(), 201,
                                HttpHeaders.of(Map.of(), (a, b) -> true), ScimJson.writeBytes(candidate)));
                    }
                }
            }
            return Optional.empty();
        });
    }

    /**
     * @param id       the resource id
     * @return the response carrying the resource
     */
    public CompletableFuture<ScimResponse> get(String id) {
        return core.send(ScimRequest.of("GET", core.uri(resourcePath, id, null), null, category("GET", true)));
    }

    /**
     * @param id       the resource id
     * @param resource the full replacement as UTF-8 JSON
     * @return the response carrying the resource as the server stored it
     */
    public CompletableFuture<ScimResponse> replace(String id, byte[] resource) {
        return core.send(ScimRequest.of("PUT", core.uri(resourcePath, id, null), resource, category("PUT", true)));
    }

    /**
     * @param id    the resource id
     * @param patch    the operations
     * @return the response carrying the resource (200), or empty for 204 / no body
     */
    public CompletableFuture<Optional<ScimResponse>> patch(String id, PatchRequest patch) {
        return core.send(ScimRequest.of("PATCH", core.uri(resourcePath, id, null), ClientCore.bytes(patch.toJson()),
                category("PATCH", true))).thenApply(response -> response.status() == 204 || response.body().length == 0
                ? Optional.empty() : Optional.of(response));
    }

    /**
     * @param id       the resource id
     * @return completes when deleted
     */
    public CompletableFuture<Void> delete(String id) {
        return core.send(ScimRequest.of("DELETE", core.uri(resourcePath, id, null), null, category("DELETE", true)))
                .thenApply(response -> null);
    }

    /**
     * @param filter     filter text, or {@code null}
     * @param startIndex the 1-based start, or {@code null} for the server's default
     * @param count      the page size, or {@code null} for the server's default
     * @param decoder    reads one element of {@code Resources}
     * @param <T>        the resource type
     * @return the page
     */
    public <T> CompletableFuture<ListResponse<T>> list(String filter, Integer startIndex, Integer count,
                                                       Function<JsonObject, T> decoder) {
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
                category("GET", false))).thenApply(response -> core.listResponse(response, decoder));
    }

    /** @return method and path of this collection's list request, for messages */
    public String listRequest() {
        return "GET " + core.uri(resourcePath, null, null).getRawPath();
    }
}
