package dev.scimkit.testkit.internal.journal;

import dev.scimkit.testkit.RecordedRequest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The request journal: every request the fake answered, in the order answers completed, bounded both
 * by entries and by an estimate of the heap they hold; the oldest go first. Bodies longer than
 * {@link #bodyLimit()} are kept truncated ({@link JournalBody}). Two views share the entries:
 * {@link #all()} (a snapshot) and a queue consumed by {@link #take}. Thread-safe.
 */
public final class Journal {

    /** What share of the byte bound one body may hold: 1/512, so 128 KiB at the default 64 MiB. */
    private static final int BODY_SHARE = 512;

    private final int capacity;
    private final long maxBytes;
    private final int bodyLimit;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final Deque<Entry> all = new ArrayDeque<>();
    private final Deque<Entry> untaken = new ArrayDeque<>();
    private final AtomicLong sequence = new AtomicLong();
    private long count;
    private long bytes;

    private record Entry(RecordedRequest request, long bytes) {
    }

    /**
     * @param capacity how many requests to keep (0 keeps none, only counts)
     * @param maxBytes the most heap, estimated, the kept requests may hold (0 keeps none)
     */
    public Journal(int capacity, long maxBytes) {
        this.capacity = capacity;
        this.maxBytes = maxBytes;
        this.bodyLimit = (int) Math.min(Integer.MAX_VALUE - 8, maxBytes / BODY_SHARE);
    }

    /**
     * @return the most bytes of one body kept whole: 1/512 of the byte bound (128 KiB at the default
     *         64 MiB, more than Zoom's largest accepted body, a 100,000-character group PATCH)
     */
    public int bodyLimit() {
        return bodyLimit;
    }

    /** @return the next arrival number */
    public long nextSequence() {
        return sequence.getAndIncrement();
    }

    /** @param request a completed request (bodies already truncated to {@link #bodyLimit()}) */
    public void record(RecordedRequest request) {
        long size = estimate(request);
        lock.lock();
        try {
            count++;
            Entry entry = new Entry(request, size);
            all.addLast(entry);
            untaken.addLast(entry);
            bytes += size;
            while (!all.isEmpty() && (all.size() > capacity || bytes > maxBytes)) {
                Entry oldest = all.removeFirst();
                bytes -= oldest.bytes();
                if (untaken.peekFirst() == oldest) {    // untaken is an ordered subsequence of all
                    untaken.removeFirst();
                }
            }
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * An upper bound of the heap a recorded request holds: two bytes per character (strings may be
     * UTF-16) plus object overheads.
     *
     * @param request a recorded request
     * @return its estimated size in bytes
     */
    public static long estimate(RecordedRequest request) {
        long size = 256 + chars(request.method()) + chars(request.path()) + chars(request.query())
                + chars(request.body()) + chars(request.responseBody());
        for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
            size += 64 + chars(header.getKey());
            for (String value : header.getValue()) {
                size += chars(value);
            }
        }
        return size;
    }

    private static long chars(String text) {
        return 48 + 2L * text.length();
    }

    /**
     * Waits for the next request not yet taken.
     *
     * @param timeout how long to wait, or {@code null} to wait indefinitely
     * @return the request, or {@code null} on timeout
     * @throws InterruptedException if interrupted while waiting
     */
    public RecordedRequest take(Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            long nanos = timeout == null ? Long.MAX_VALUE : timeout.toNanos();
            while (untaken.isEmpty()) {
                if (timeout == null) {
                    arrived.await();
                } else {
                    if (nanos <= 0) {
                        return null;
                    }
                    nanos = arrived.awaitNanos(nanos);
                }
            }
            return untaken.removeFirst().request();
        } finally {
            lock.unlock();
        }
    }

    /** @return the retained requests, oldest first */
    public List<RecordedRequest> all() {
        lock.lock();
        try {
            List<RecordedRequest> requests = new ArrayList<>(all.size());
            all.forEach(entry -> requests.add(entry.request()));
            return List.copyOf(requests);
        } finally {
            lock.unlock();
        }
    }

    /** @return how many requests were answered since the last clear, including dropped ones */
    public long count() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }

    /** @return the estimated heap the retained requests hold, at most the byte bound */
    public long bytes() {
        lock.lock();
        try {
            return bytes;
        } finally {
            lock.unlock();
        }
    }

    /** Forgets every request. */
    public void clear() {
        lock.lock();
        try {
            all.clear();
            untaken.clear();
            count = 0;
            bytes = 0;
        } finally {
            lock.unlock();
        }
    }
}
