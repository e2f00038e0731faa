package dev.scimkit.testkit.internal.faults;

import dev.scimkit.testkit.Fault;
import dev.scimkit.testkit.RequestMatch;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Scripted faults in the order they were queued. Each request takes the first queued fault whose
 * match applies, and uses up one of its repetitions. Thread-safe.
 */
public final class FaultQueue {

    private final List<Entry> entries = new ArrayList<>();

    /** One queued fault and how many more requests it applies to. */
    private static final class Entry {
        final RequestMatch match;
        final Fault fault;
        int remaining;

        Entry(RequestMatch match, Fault fault, int remaining) {
            this.match = match;
            this.fault = fault;
            this.remaining = remaining;
        }
    }

    /**
     * @param match which requests
     * @param fault what happens to them
     * @param times how many matching requests it applies to; positive
     */
    public synchronized void enqueue(RequestMatch match, Fault fault, int times) {
        Objects.requireNonNull(match, "match is null");
        Objects.requireNonNull(fault, "fault is null");
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1 but was " + times);
        }
        entries.add(new Entry(match, fault, times));
    }

    /**
     * Takes the fault for a request, if one is queued for it.
     *
     * @param method the request method
     * @param path   the decoded request path
     * @return the fault, or {@code null}
     */
    public synchronized Fault take(String method, String path) {
        Iterator<Entry> iterator = entries.iterator();
        while (iterator.hasNext()) {
            Entry entry = iterator.next();
            if (entry.match.matches(method, path)) {
                if (--entry.remaining == 0) {
                    iterator.remove();
                }
                return entry.fault;
            }
        }
        return null;
    }

    /** @return a description of every fault still queued, with its remaining count */
    public synchronized List<String> pending() {
        List<String> pending = new ArrayList<>();
        for (Entry entry : entries) {
            pending.add(entry.fault + " for " + entry.match + " (" + entry.remaining + " left)");
        }
        return pending;
    }

    /** Drops every queued fault. */
    public synchronized void clear() {
        entries.clear();
    }
}
