package dev.scimkit.testkit.internal.journal;

import dev.scimkit.testkit.RecordedRequest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The request journal: every request the fake answered, in the order answers completed, bounded to
 * the most recent {@code capacity} entries. Two views share the entries: {@link #all()} (a snapshot) and
 * a queue consumed by {@link #take}. Thread-safe.
 */
public final class Journal {

    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final Deque<RecordedRequest> all = new ArrayDeque<>();
    private final Deque<RecordedRequest> untaken = new ArrayDeque<>();
    private final AtomicLong sequence = new AtomicLong();
    private long count;

    /** @param capacity how many requests to keep; older ones are dropped (0 keeps none, only counts) */
    public Journal(int capacity) {
        this.capacity = capacity;
    }

    /** @return the next arrival number */
    public long nextSequence() {
        return sequence.getAndIncrement();
    }

    /** @param request a completed request */
    public void record(RecordedRequest request) {
        lock.lock();
        try {
            count++;
            if (capacity == 0) {
                return;
            }
            if (all.size() == capacity) {
                all.removeFirst();
            }
            if (untaken.size() == capacity) {
                untaken.removeFirst();
            }
            all.addLast(request);
            untaken.addLast(request);
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
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
            return untaken.removeFirst();
        } finally {
            lock.unlock();
        }
    }

    /** @return the retained requests, oldest first */
    public List<RecordedRequest> all() {
        lock.lock();
        try {
            return List.copyOf(new ArrayList<>(all));
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

    /** Forgets every request. */
    public void clear() {
        lock.lock();
        try {
            all.clear();
            untaken.clear();
            count = 0;
        } finally {
            lock.unlock();
        }
    }
}
