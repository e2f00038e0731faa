package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.dialect.Dialect;
import dev.scimkit.core.dialect.ScimOperation;
import dev.scimkit.core.dialect.ZoomError;
import dev.scimkit.core.json.JsonLimits;
import dev.scimkit.testkit.internal.http.FakeConfig;
import dev.scimkit.testkit.internal.http.FakeRequest;
import dev.scimkit.testkit.internal.http.FakeResponse;
import dev.scimkit.testkit.internal.store.Precondition;
import dev.scimkit.testkit.internal.store.ResourceStore;
import dev.scimkit.testkit.internal.store.StoredResource;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/** What every endpoint shares: configuration, dialect, store, selector, limits and response helpers. */
final class EndpointContext {

    final FakeConfig config;
    final ResourceStore store;
    final Selector selector;
    final Dialect dialect;
    final String contentType;
    final JsonLimits bodyLimits;

    EndpointContext(FakeConfig config, ResourceStore store, Selector selector) {
        this.config = config;
        this.store = store;
        this.selector = selector;
        this.dialect = config.dialect();
        this.contentType = dialect.mediaType() + ";charset=UTF-8";
        this.bodyLimits = new JsonLimits(config.maxJsonDepth(), config.maxBodyChars());
    }

    /** Parses the request body as a JSON object within the configured limits. */
    JsonObject body(FakeRequest request) {
        return Json.parseBody(request.body(), bodyLimits, ZoomError.EMPTY_BODY.message());
    }

    /** The request's conditional headers, when the dialect has ETags (Zoom documents none). */
    Precondition precondition(FakeRequest request) {
        if (!dialect.etags()) {
            return Precondition.none();
        }
        return new Precondition(request.header("if-match"), request.header("if-none-match"));
    }

    FakeResponse resource(int status, StoredResource resource, byte[] body) {
        FakeResponse response = FakeResponse.bytes(status, contentType, body);
        if (dialect.etags()) {
            response = response.withHeader("ETag", resource.etag());
        }
        if (status == 201) {
            response = response.withHeader("Location", resource.location());
        }
        return response;
    }

    /** A GET of one resource, answering 304 when an If-None-Match names the current version (with ETags). */
    FakeResponse get(FakeRequest request, StoredResource resource, byte[] body) {
        String ifNoneMatch = dialect.etags() ? request.header("if-none-match") : null;
        if (ifNoneMatch != null && Precondition.matches(ifNoneMatch, resource.etag())) {
            return new FakeResponse(304, Map.of("ETag", resource.etag()), new byte[0]);
        }
        return resource(200, resource, body);
    }

    /** A page of a list: the selected resources, or all of them in creation order. */
    FakeResponse list(ListParameters parameters, List<StoredResource> selected, Collection<StoredResource> all,
                      int allCount, Function<StoredResource, byte[]> view) {
        Paging paging = Paging.of(parameters.startIndex(), parameters.count(), config.defaultPageSize(),
                config.maxPageSize());
        List<byte[]> items = new ArrayList<>(Math.min(paging.count(), 128));
        int total;
        if (selected != null) {
            total = selected.size();
            for (int i = paging.startIndex() - 1; i < selected.size() && items.size() < paging.count(); i++) {
                items.add(view.apply(selected.get(i)));
            }
        } else {
            total = allCount;
            Iterator<StoredResource> iterator = all.iterator();
            for (int skip = paging.startIndex() - 1; skip > 0 && iterator.hasNext(); skip--) {
                iterator.next();
            }
            while (iterator.hasNext() && items.size() < paging.count()) {
                items.add(view.apply(iterator.next()));
            }
        }
        return FakeResponse.bytes(200, contentType, ListResponses.write(total, paging.startIndex(), items));
    }

    static ListParameters parameters(FakeRequest request) {
        return new ListParameters(request.queryParameter("filter"), request.queryParameter("startIndex"),
                request.queryParameter("count"), request.queryParameter("sortBy"), request.queryParameter("sortOrder"),
                request.queryParameter("attributes"), request.queryParameter("excludedAttributes"));
    }

    /** One list item: the cached list view, or projected when the query asks and the dialect selects. */
    byte[] listItem(ResourceViews views, StoredResource resource, ListParameters parameters) {
        boolean projected = parameters.attributes() != null || parameters.excludedAttributes() != null;
        if (!dialect.attributeSelection() || !projected) {
            return views.listView(resource);
        }
        return views.projectedView(resource, parameters.attributes(), parameters.excludedAttributes());
    }

    /** One resource in a single-resource response: projected when the query asks and the dialect selects. */
    byte[] single(ResourceViews views, StoredResource resource, FakeRequest request) {
        if (!dialect.attributeSelection()) {
            return views.fullView(resource);
        }
        return views.projectedView(resource, request.queryParameter("attributes"),
                request.queryParameter("excludedAttributes"));
    }

    /**
     * The methods the dialect serves on an endpoint, in {@link ScimOperation} order, e.g.
     * {@code GET, PATCH, DELETE} on a Zoom group.
     */
    String allowed(String endpoint, boolean byId) {
        StringJoiner methods = new StringJoiner(", ");
        for (ScimOperation operation : ScimOperation.values()) {
            if (dialect.supports(operation) && endpoint.equals(operation.endpoint()) && operation.byId() == byId) {
                methods.add(operation.method());
            }
        }
        return methods.toString();
    }

    static ScimException methodNotAllowed(FakeRequest request, String allowed) {
        return new ScimException(405, null, "Method " + request.method() + " is not supported on " + request.path()
                + "; allowed: " + allowed);
    }
}
