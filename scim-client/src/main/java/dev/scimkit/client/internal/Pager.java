package dev.scimkit.client.internal;

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
 * Walks a collection page by page, lazily, and copes with real servers: the next page starts after
 * the items actually received (a server may return fewer than asked); the walk ends at an empty
 * page or at {@code totalResults} when given; a resource seen before (data shifted forward by
 * concurrent inserts) is skipped; two pages in a row without anything new end the walk (a server
 * that ignores {@code startIndex}).
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

    private final PageFetcher<T> fetcher;
    private final int pageSize;
    private final Function<T, String> idOf;
    private final Set<String> seen = new HashSet<>();
    private final Deque<T> buffer = new ArrayDeque<>();
    private int nextIndex;
    private boolean exhausted;
    private int barrenPages;

    /**
     * @param fetcher    fetches pages
     * @param startIndex the first 1-based index
     * @param pageSize   how many to ask for per page
     * @param idOf       a resource's id (or {@code null} when it has none: then it is never deduplicated)
     */
    public Pager(PageFetcher<T> fetcher, int startIndex, int pageSize, Function<T, String> idOf) {
        this.fetcher = fetcher;
        this.pageSize = pageSize;
        this.idOf = idOf;
        this.nextIndex = startIndex;
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
        ListResponse<T> page = fetcher.fetch(nextIndex, pageSize);
        int received = page.resources().size();
        if (received == 0) {
            exhausted = true;
            return;
        }
        boolean fresh = false;
        for (T resource : page.resources()) {
            String id = idOf.apply(resource);
            if (id == null || seen.add(id)) {
                buffer.add(resource);
                fresh = true;
            }
        }
        nextIndex += received;
        barrenPages = fresh ? 0 : barrenPages + 1;
        if (barrenPages >= 2) {
            exhausted = true;
        }
        if (page.totalResults().isPresent() && nextIndex > page.totalResults().getAsInt()) {
            exhausted = true;
        }
    }
}
