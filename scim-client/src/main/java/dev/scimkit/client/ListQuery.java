package dev.scimkit.client;

import dev.scimkit.client.internal.Pager;
import dev.scimkit.client.internal.Pipeline;
import dev.scimkit.client.internal.ResourceEndpoint;
import dev.scimkit.client.internal.ZoomFilterCheck;
import dev.scimkit.core.ListResponse;
import dev.scimkit.filter.Filter;
import dev.scimkit.filter.FilterParseException;
import jakarta.json.JsonObject;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A list or search of users or groups, built fluently: each method returns a new, immutable query.
 *
 * <pre>{@code
 * ListResponse<User> page = zoom.users().list().filter(Filters.eq("userName", email)).count(10).page();
 * zoom.users().list().stream().forEach(user -> …);   // every user, fetched page by page as consumed
 * }</pre>
 *
 * @param <T> {@code User} or {@code Group}
 */
public final class ListQuery<T> {

    /** The page size {@link #stream()} asks for when {@link #count(int)} is not set (Zoom's maximum). */
    public static final int DEFAULT_STREAM_PAGE_SIZE = 100;

    private final ResourceEndpoint endpoint;
    private final String resourcePath;
    private final boolean zoomCompatibility;
    private final Function<JsonObject, T> decoder;
    private final Function<T, String> idOf;
    private final Filter filter;
    private final Integer startIndex;
    private final Integer count;

    ListQuery(ResourceEndpoint endpoint, String resourcePath, boolean zoomCompatibility,
              Function<JsonObject, T> decoder, Function<T, String> idOf) {
        this(endpoint, resourcePath, zoomCompatibility, decoder, idOf, null, null, null);
    }

    private ListQuery(ResourceEndpoint endpoint, String resourcePath, boolean zoomCompatibility,
                      Function<JsonObject, T> decoder, Function<T, String> idOf, Filter filter, Integer startIndex,
                      Integer count) {
        this.endpoint = endpoint;
        this.resourcePath = resourcePath;
        this.zoomCompatibility = zoomCompatibility;
        this.decoder = decoder;
        this.idOf = idOf;
        this.filter = filter;
        this.startIndex = startIndex;
        this.count = count;
    }

    /**
     * Restricts the results. If this method is not invoked, no filter is sent. In Zoom-compatibility
     * mode a filter Zoom does not support is rejected here, before anything is sent.
     *
     * @param filter a parsed filter, or one built with {@code Filters}
     * @return a new query with the filter
     * @throws BadRequestException 400 {@code invalidFilter} if Zoom-compatibility mode is on and Zoom
     *                             does not support the filter
     */
    public ListQuery<T> filter(Filter filter) {
        Objects.requireNonNull(filter, "filter is null");
        if (zoomCompatibility) {
            ZoomFilterCheck.require(filter, resourcePath);
        }
        return new ListQuery<>(endpoint, resourcePath, zoomCompatibility, decoder, idOf, filter, startIndex, count);
    }

    /**
     * Restricts the results with filter text, parsed (and so checked) locally first.
     *
     * @param filter filter text, e.g. {@code userName eq "bjensen"}
     * @return a new query with the filter
     * @throws FilterParseException if the text is not a filter
     * @throws BadRequestException  if Zoom-compatibility mode is on and Zoom does not support it
     */
    public ListQuery<T> filter(String filter) {
        return filter(Filter.parse(Objects.requireNonNull(filter, "filter is null")));
    }

    /**
     * The 1-based index of the first result. If this method is not invoked, 1 (the server's default
     * for {@link #page()}).
     *
     * @param startIndex 1 or more
     * @return a new query
     * @throws IllegalArgumentException if less than 1
     */
    public ListQuery<T> startIndex(int startIndex) {
        if (startIndex < 1) {
            throw new IllegalArgumentException("startIndex must be at least 1 but was " + startIndex);
        }
        return new ListQuery<>(endpoint, resourcePath, zoomCompatibility, decoder, idOf, filter, startIndex, count);
    }

    /**
     * The page size asked for. If this method is not invoked, {@link #page()} sends none (the
     * server's default) and {@link #stream()} asks for {@value #DEFAULT_STREAM_PAGE_SIZE}.
     *
     * @param count 1 or more
     * @return a new query
     * @throws IllegalArgumentException if less than 1
     */
    public ListQuery<T> count(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1 but was " + count);
        }
        return new ListQuery<>(endpoint, resourcePath, zoomCompatibility, decoder, idOf, filter, startIndex, count);
    }

    /**
     * Fetches one page.
     *
     * @return the page as the server returned it ({@code totalResults} empty when it did not say)
     * @throws ScimClientException if the call fails
     */
    public ListResponse<T> page() {
        return Pipeline.await(fetch(startIndex, count, true));
    }

    /**
     * Fetches one page asynchronously.
     *
     * @return the page; completes exceptionally with a {@link ScimClientException} if the call fails
     */
    public CompletableFuture<ListResponse<T>> pageAsync() {
        return fetch(startIndex, count, false);
    }

    /**
     * Every result from {@link #startIndex(int)} on, fetched lazily a page at a time as the stream is
     * consumed. Copes with servers that return fewer items than asked, leave out {@code totalResults},
     * or shift while paging: a resource already returned is not returned again.
     *
     * @return a sequential stream; a failing page fetch throws {@link ScimClientException} from the
     *         stream operation that needed it
     */
    public Stream<T> stream() {
        int pageSize = count == null ? DEFAULT_STREAM_PAGE_SIZE : count;
        int first = startIndex == null ? 1 : startIndex;
        return Pager.stream(new Pager<>((start, size) -> Pipeline.await(fetch(start, size, true)), first, pageSize, idOf));
    }

    private CompletableFuture<ListResponse<T>> fetch(Integer start, Integer size, boolean blocking) {
        return endpoint.list(filter == null ? null : filter.toString(), start, size, blocking)
                .thenApply(json -> ListResponse.fromJson(json, decoder));
    }

    /** @return the query's settings */
    @Override
    public String toString() {
        return "ListQuery[/" + resourcePath + ", filter=" + filter + ", startIndex=" + startIndex + ", count="
                + count + "]";
    }
}
