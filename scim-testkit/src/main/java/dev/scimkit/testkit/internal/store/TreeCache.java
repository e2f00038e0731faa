package dev.scimkit.testkit.internal.store;

import jakarta.json.JsonObject;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A small, bounded cache of parsed JSON trees of stored resource versions, so that repeated reads of the
 * same resources (filter scans over a small store, a PATCH after a GET) do not parse the stored bytes
 * each time. Direct-mapped: each resource id has one slot, a newer version or a colliding id simply
 * replaces the entry. Lock-free; a lost race only costs a parse.
 */
final class TreeCache {

    private final AtomicReferenceArray<Entry> slots;
    private final int mask;

    /**
     * @param capacity the number of slots, a power of two
     */
    TreeCache(int capacity) {
        if (Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two but was " + capacity);
        }
        this.slots = new AtomicReferenceArray<>(capacity);
        this.mask = capacity - 1;
    }

    /**
     * @param resource a stored version
     * @return its cached tree, or {@code null}
     */
    JsonObject get(StoredResource resource) {
        Entry entry = slots.get(slot(resource));
        return entry != null && entry.resource == resource ? entry.tree : null;
    }

    /**
     * @param resource a stored version
     * @param tree     its tree
     */
    void put(StoredResource resource, JsonObject tree) {
        slots.set(slot(resource), new Entry(resource, tree));
    }

    /** Empties the cache. */
    void clear() {
        for (int i = 0; i < slots.length(); i++) {
            slots.set(i, null);
        }
    }

    private int slot(StoredResource resource) {
        int hash = resource.id().hashCode();
        return (hash ^ (hash >>> 16)) & mask;
    }

    private record Entry(StoredResource resource, JsonObject tree) {
    }
}
