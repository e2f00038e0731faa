package dev.scimkit.client.internal;

import dev.scimkit.client.InvalidResponseException;
import dev.scimkit.client.ListQuery;
import dev.scimkit.core.ListResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks a collection page by page, lazily, and always ends, whatever the server does:
 * <ul>
 *   <li>the next page starts after the items actually received (a server may return fewer than asked);</li>
 *   <li>the walk ends at an empty page, or once {@code totalResults} (when given) is reached;</li>
 *   <li>a resource seen before is skipped (data shifted forward by concurrent inserts); "seen" is by
 *       {@code id}, and by content for a resource without one;</li>
 *   <li>a page that brings nothing new ends the walk (a server that ignores {@code startIndex} or
 *       repeats pages). When that page repeats the one before, or lies more than a page before the
 *       end, while the server's {@code totalResults} says more remain, that is an
 *       {@link InvalidResponseException} saying so rather than a silently short result (a barren page
 *       near the end is data shifted by inserts while paging, and ends quietly);</li>
 *   <li>more than {@code maxPages} pages or {@code maxItems} resources is an
 *       {@link InvalidResponseException} naming the bound (a server that never stops).</li>
 * </ul>
 *
 * @param <T> the resource type
 */
public final class Pager<T> implements Iterator<T> {

    /** Fetches one page. */
    @FunctionalInterface
    public interface PageFetcher<T> {
        /**
         * @param startIndex 1-based start
         * @param count      page size
         * @return the page
         */
        ListResponse<T> fetch(int startIndex, int count);
    }

    /**
     * The bounds of one walk and what to call it in messages.
     *
     * @param maxPages the most pages fetched
     * @param maxItems the most distinct resources returned
     * @param request  method and path of the list request, for messages
     */
    public record Limits(int maxPages, int maxItems, String request) {
    }

    private final PageFetcher<T> fetcher;
    private final int pageSize;
    private final Function<T, String> keyOf;
    private final Limits limits;
    private final Set<String> seen = new HashSet<>();
    private final Deque<T> buffer = new ArrayDeque<>();
    private long nextIndex;
    private boolean exhausted;
    private int pages;
    private Set<String> previousPage = Set.of();

    /**
     * @param fetcher    fetches pages
     * @param startIndex the first 1-based index
     * @param pageSize   how many to ask for per page
     * @param keyOf      what makes a resource the same as one already returned: its id, or its content
     *                   when it has none
     * @param limits     the bounds
     */
    public Pager(PageFetcher<T> fetcher, int startIndex, int pageSize, Function<T, String> keyOf, Limits limits) {
        this.fetcher = fetcher;
        this.pageSize = pageSize;
        this.keyOf = keyOf;
        this.limits = limits;
        this.nextIndex = startIndex;
    }

    /**
     * A pager with the default bounds of {@code ListQuery} (100,000 pages, 1,000,000 resources).
     *
     * @param fetcher    fetches pages
     * @param startIndex the first 1-based index
     * @param pageSize   how many to ask for per page
     * @param keyOf      what makes a resource the same as one already returned
     */
    public Pager(PageFetcher<T> fetcher, int startIndex, int pageSize, Function<T, String> keyOf) {
        this(fetcher, startIndex, pageSize, keyOf, new Limits(ListQuery.DEFAULT_MAX_PAGES, ListQuery.DEFAULT_MAX_ITEMS,
                "GET (list)"));
    }

    /**
     * @param <T>   the resource type
     * @param pager the pager
     * @return a sequential, lazy stream over it
     */
    public static <T> Stream<T> stream(Pager<T> pager) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pager,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public boolean hasNext() {
        while (buffer.isEmpty() && !exhausted) {
            fetchPage();
        }
        return !buffer.isEmpty();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more resources");
        }
        return buffer.poll();
    }

    private void fetchPage() {
        if (pages >= limits.maxPages()) {
            throw stop("more than " + limits.maxPages() + " pages (ListQuery.maxPages); " + seen.size()
                    + " resources received so far");
        }
        if (nextIndex > Integer.MAX_VALUE) {
            throw stop("the next startIndex would pass " + Integer.MAX_VALUE);
        }
        int startIndex = (int) nextIndex;
        ListResponse<T> page = fetcher.fetch(startIndex, pageSize);
        pages++;
        int received = page.resources().size();
        if (received == 0) {
            exhausted = true;
            return;
        }
        int fresh = 0;
        Set<String> keys = new HashSet<>();
        for (T resource : page.resources()) {
            String key = keyOf.apply(resource);
            keys.add(key);
            if (seen.add(key)) {
                if (seen.size() > limits.maxItems()) {
                    throw stop("more than " + limits.maxItems() + " resources (ListQuery.maxItems)");
                }
                buffer.add(resource);
                fresh++;
            }
        }
        nextIndex += received;
        Set<String> previous = previousPage;
        previousPage = keys;
        if (fresh == 0) {
            exhausted = true;
            // Nothing new ends the walk. When the server's own numbers say much more remains and the page
            // repeats the last one (a server ignoring startIndex), ending quietly would lose data: say so.
            // A barren page near the end is data shifted by inserts while paging, and ends quietly.
            int total = page.totalResults().orElse(0);
            boolean farFromEnd = (long) startIndex - 1 + received + pageSize < total;
            if (seen.size() < total && (keys.equals(previous) || farFromEnd)) {
                throw stop("the page at startIndex " + startIndex + " brought nothing new (" + received
                        + " resources already received; the server may ignore startIndex), but totalResults says "
                        + total + " and only " + seen.size() + " were received");
            }
            return;
        }
        if (page.totalResults().isPresent() && nextIndex > page.totalResults().getAsInt()) {
            exhausted = true;
        }
    }

    private InvalidResponseException stop(String why) {
        exhausted = true;
        buffer.clear();
        return new InvalidResponseException(200, null, "paging stopped: " + why, limits.request(), null);
    }
}
