package dev.scimkit.client;

import dev.scimkit.client.internal.Pager;
import dev.scimkit.client.internal.ResourceEndpoint;
import dev.scimkit.client.internal.Waiting;
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
    /** The most pages {@link #stream()} fetches unless {@link #maxPages(int)} says otherwise. */
    public static final int DEFAULT_MAX_PAGES = 100_000;
    /** The most resources {@link #stream()} returns unless {@link #maxItems(int)} says otherwise. */
    public static final int DEFAULT_MAX_ITEMS = 1_000_000;

    private final ResourceEndpoint endpoint;
    private final String resourcePath;
    private final boolean zoomCompatibility;
    private final Function<JsonObject, T> decoder;
    private final Function<T, String> keyOf;
    private final Filter filter;
    private final Integer startIndex;
    private final Integer count;
    private final int maxPages;
    private final int maxItems;

    ListQuery(ResourceEndpoint endpoint, String resourcePath, boolean zoomCompatibility,
              Function<JsonObject, T> decoder, Function<T, String> keyOf) {
        this(endpoint, resourcePath, zoomCompatibility, decoder, keyOf, null, null, null, DEFAULT_MAX_PAGES,
                DEFAULT_MAX_ITEMS);
    }

    private ListQuery(ResourceEndpoint endpoint, String resourcePath, boolean zoomCompatibility,
                      Function<JsonObject, T> decoder, Function<T, String> keyOf, Filter filter, Integer startIndex,
                      Integer count, int maxPages, int maxItems) {
        this.endpoint = endpoint;
        this.resourcePath = resourcePath;
        this.zoomCompatibility = zoomCompatibility;
        this.decoder = decoder;
        this.keyOf = keyOf;
        this.filter = filter;
        this.startIndex = startIndex;
        this.count = count;
        this.maxPages = maxPages;
        this.maxItems = maxItems;
    }

    /**
     * Restricts the results. If this method is not invoked, no filter is sent. In Zoom-compatibility
     * mode a filter Zoom does not support is rejected here, before anything is sent.
     *
     * @param filter a parsed filter, or one built with {@code Filters}
     * @return a new query with the filter
     * @throws InvalidFilterException 400 {@code invalidFilter} if Zoom-compatibility mode is on and Zoom
     *                                does not support the filter
     */
    public ListQuery<T> filter(Filter filter) {
        Objects.requireNonNull(filter, "filter is null");
        if (zoomCompatibility) {
            ZoomFilterCheck.require(filter, resourcePath);
        }
        return with(filter, startIndex, count, maxPages, maxItems);
    }

    /**
     * Restricts the results with filter text, parsed (and so checked) locally first.
     *
     * @param filter filter text, e.g. {@code userName eq "bjensen"}
     * @return a new query with the filter
     * @throws InvalidFilterException 400 {@code invalidFilter} if the text is not a filter ({@link
     *                                InvalidFilterException#position()} says where; the cause is the
     *                                {@link FilterParseException}), or if Zoom-compatibility mode is on and
     *                                Zoom does not support it
     */
    public ListQuery<T> filter(String filter) {
        Objects.requireNonNull(filter, "filter is null");
        Filter parsed;
        try {
            parsed = Filter.parse(filter);
        } catch (FilterParseException e) {
            throw new InvalidFilterException("not a SCIM filter: " + e.detail(), e.position(), e);
        }
        return filter(parsed);
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
        return with(filter, atLeastOne(startIndex, "startIndex"), count, maxPages, maxItems);
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
        return with(filter, startIndex, atLeastOne(count, "count"), maxPages, maxItems);
    }

    /**
     * The most pages {@link #stream()} fetches; one more is an {@link InvalidResponseException}. If this
     * method is not invoked, {@value #DEFAULT_MAX_PAGES}.
     *
     * @param pages 1 or more
     * @return a new query
     * @throws IllegalArgumentException if less than 1
     */
    public ListQuery<T> maxPages(int pages) {
        return with(filter, startIndex, count, atLeastOne(pages, "maxPages"), maxItems);
    }

    /**
     * The most resources {@link #stream()} returns; one more is an {@link InvalidResponseException}. If
     * this method is not invoked, {@value #DEFAULT_MAX_ITEMS}.
     *
     * @param items 1 or more
     * @return a new query
     * @throws IllegalArgumentException if less than 1
     */
    public ListQuery<T> maxItems(int items) {
        return with(filter, startIndex, count, maxPages, atLeastOne(items, "maxItems"));
    }

    /**
     * Fetches one page.
     *
     * @return the page as the server returned it ({@code totalResults} empty when it did not say)
     * @throws ScimClientException if the call fails; {@link InvalidResponseException} if the body is not a
     *                             ListResponse
     */
    public ListResponse<T> page() {
        return Waiting.await(this::pageAsync);
    }

    /**
     * Fetches one page asynchronously.
     *
     * @return the page; completes exceptionally with a {@link ScimClientException} if the call fails
     */
    public CompletableFuture<ListResponse<T>> pageAsync() {
        return fetch(startIndex, count);
    }

    /**
     * Every result from {@link #startIndex(int)} on, fetched lazily a page at a time as the stream is
     * consumed. Copes with servers that return fewer items than asked, leave out {@code totalResults},
     * or shift while paging: a resource already returned (same {@code id}, or same content when it has
     * no id) is not returned again. It always ends: a page that brings nothing new ends it, and so do
     * {@link #maxPages(int)} and {@link #maxItems(int)}.
     *
     * @return a sequential stream; a failing page fetch throws {@link ScimClientException} from the
     *         stream operation that needed it, and paging that cannot be completed an
     *         {@link InvalidResponseException} saying why (a server that repeats pages although its
     *         {@code totalResults} says more remain, or more pages or resources than the bounds)
     */
    public Stream<T> stream() {
        int pageSize = count == null ? DEFAULT_STREAM_PAGE_SIZE : count;
        int first = startIndex == null ? 1 : startIndex;
        Pager.Limits limits = new Pager.Limits(maxPages, maxItems, endpoint.listRequest());
        return Pager.stream(new Pager<>((start, size) -> Waiting.await(() -> fetch(start, size)), first, pageSize,
                keyOf, limits));
    }

    private ListQuery<T> with(Filter newFilter, Integer newStartIndex, Integer newCount, int newMaxPages,
                              int newMaxItems) {
        return new ListQuery<>(endpoint, resourcePath, zoomCompatibility, decoder, keyOf, newFilter, newStartIndex,
                newCount, newMaxPages, newMaxItems);
    }

    private static int atLeastOne(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1 but was " + value);
        }
        return value;
    }

    private CompletableFuture<ListResponse<T>> fetch(Integer start, Integer size) {
        return endpoint.list(filter == null ? null : filter.toString(), start, size, decoder);
    }

    /** @return the query's settings */
    @Override
    public String toString() {
        return "ListQuery[/" + resourcePath + ", filter=" + filter + ", startIndex=" + startIndex + ", count="
                + count + "]";
    }
}
