package dev.scimkit.testkit.internal.store;

import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * An immutable map from strings to values, as a hash array mapped trie: {@link #with} and
 * {@link #without} return a new map that shares every node but the O(log<sub>32</sub> n) nodes on the
 * changed key's path, so one change to a map of 20,000 entries copies at most a few small arrays
 * instead of all the entries. Thread-safe (immutable); {@code null} keys and values are not allowed.
 *
 * @param <V> the value type
 */
final class HashTrie<V> {

    private static final int BITS = 5;
    private static final int MASK = (1 << BITS) - 1;
    private static final HashTrie<?> EMPTY = new HashTrie<>(Bitmap.EMPTY, 0);

    private final Node root;
    private final int size;

    private HashTrie(Node root, int size) {
        this.root = root;
        this.size = size;
    }

    /**
     * @param <V> the value type
     * @return the empty map
     */
    @SuppressWarnings("unchecked")
    static <V> HashTrie<V> empty() {
        return (HashTrie<V>) EMPTY;
    }

    /** @return the number of entries */
    int size() {
        return size;
    }

    /**
     * @param key the key
     * @return its value, or {@code null}
     */
    @SuppressWarnings("unchecked")
    V get(String key) {
        return (V) root.get(key, key.hashCode(), 0);
    }

    /**
     * @param key   the key
     * @param value its new value
     * @return a map with the entry set; {@code this} when it already held exactly that value
     */
    HashTrie<V> with(String key, V value) {
        int hash = key.hashCode();
        boolean present = root.get(key, hash, 0) != null;
        Node changed = root.with(key, hash, value, 0);
        return changed == root ? this : new HashTrie<>(changed, present ? size : size + 1);
    }

    /**
     * @param key the key
     * @return a map without the key; {@code this} when it was absent
     */
    HashTrie<V> without(String key) {
        Node changed = root.without(key, key.hashCode(), 0);
        return changed == root ? this : new HashTrie<>(changed, size - 1);
    }

    /**
     * @param action receives every entry, in no particular order
     */
    @SuppressWarnings("unchecked")
    void forEach(BiConsumer<String, V> action) {
        root.forEach((BiConsumer<String, Object>) (BiConsumer<?, ?>) action);
    }

    /**
     * Visits the trie's nodes (for tests that check structural sharing).
     *
     * @param action receives every node object once
     */
    void forEachNode(Consumer<Object> action) {
        root.forEachNode(action);
    }

    private interface Node {
        Object get(String key, int hash, int shift);

        Node with(String key, int hash, Object value, int shift);

        Node without(String key, int hash, int shift);

        void forEach(BiConsumer<String, Object> action);

        void forEachNode(Consumer<Object> action);
    }

    /**
     * A node of up to 32 slots, present ones marked in {@code bitmap}; {@code slots} holds a
     * (key, value) pair per present slot, or (null, child node) where several keys share the slot.
     */
    private static final class Bitmap implements Node {
        static final Bitmap EMPTY = new Bitmap(0, new Object[0]);

        final int bitmap;
        final Object[] slots;

        Bitmap(int bitmap, Object[] slots) {
            this.bitmap = bitmap;
            this.slots = slots;
        }

        @Override
        public Object get(String key, int hash, int shift) {
            int bit = 1 << ((hash >>> shift) & MASK);
            if ((bitmap & bit) == 0) {
                return null;
            }
            int at = 2 * Integer.bitCount(bitmap & (bit - 1));
            Object slotKey = slots[at];
            if (slotKey == null) {
                return ((Node) slots[at + 1]).get(key, hash, shift + BITS);
            }
            return key.equals(slotKey) ? slots[at + 1] : null;
        }

        @Override
        public Node with(String key, int hash, Object value, int shift) {
            int bit = 1 << ((hash >>> shift) & MASK);
            int at = 2 * Integer.bitCount(bitmap & (bit - 1));
            if ((bitmap & bit) == 0) {
                Object[] grown = new Object[slots.length + 2];
                System.arraycopy(slots, 0, grown, 0, at);
                grown[at] = key;
                grown[at + 1] = value;
                System.arraycopy(slots, at, grown, at + 2, slots.length - at);
                return new Bitmap(bitmap | bit, grown);
            }
            Object slotKey = slots[at];
            Object slotValue = slots[at + 1];
            Object replacement;
            Object replacementKey = null;
            if (slotKey == null) {
                Node child = ((Node) slotValue).with(key, hash, value, shift + BITS);
                if (child == slotValue) {
                    return this;
                }
                replacement = child;
            } else if (key.equals(slotKey)) {
                if (slotValue == value) {
                    return this;
                }
                replacementKey = slotKey;
                replacement = value;
            } else {
                replacement = pair((String) slotKey, slotValue, key, value, hash, shift + BITS);
            }
            Object[] copy = slots.clone();
            copy[at] = replacementKey;
            copy[at + 1] = replacement;
            return new Bitmap(bitmap, copy);
        }

        @Override
        public Node without(String key, int hash, int shift) {
            int bit = 1 << ((hash >>> shift) & MASK);
            if ((bitmap & bit) == 0) {
                return this;
            }
            int at = 2 * Integer.bitCount(bitmap & (bit - 1));
            Object slotKey = slots[at];
            if (slotKey == null) {
                Node child = (Node) slots[at + 1];
                Node smaller = child.without(key, hash, shift + BITS);
                if (smaller == child) {
                    return this;
                }
                if (smaller != EMPTY) {
                    Object[] copy = slots.clone();
                    copy[at + 1] = smaller;
                    return new Bitmap(bitmap, copy);
                }
            } else if (!key.equals(slotKey)) {
                return this;
            }
            if (bitmap == bit) {
                return EMPTY;
            }
            Object[] shrunk = new Object[slots.length - 2];
            System.arraycopy(slots, 0, shrunk, 0, at);
            System.arraycopy(slots, at + 2, shrunk, at, slots.length - at - 2);
            return new Bitmap(bitmap & ~bit, shrunk);
        }

        @Override
        public void forEach(BiConsumer<String, Object> action) {
            for (int i = 0; i < slots.length; i += 2) {
                if (slots[i] == null) {
                    ((Node) slots[i + 1]).forEach(action);
                } else {
                    action.accept((String) slots[i], slots[i + 1]);
                }
            }
        }

        @Override
        public void forEachNode(Consumer<Object> action) {
            action.accept(this);
            for (int i = 0; i < slots.length; i += 2) {
                if (slots[i] == null) {
                    ((Node) slots[i + 1]).forEachNode(action);
                }
            }
        }

        /** A node holding two keys that collided in the parent's slot. */
        private static Node pair(String key1, Object value1, String key2, Object value2, int hash2, int shift) {
            int hash1 = key1.hashCode();
            if (shift >= Integer.SIZE) {
                return new Collision(hash1, new Object[] {key1, value1, key2, value2});
            }
            int fragment1 = (hash1 >>> shift) & MASK;
            int fragment2 = (hash2 >>> shift) & MASK;
            if (fragment1 == fragment2) {
                return new Bitmap(1 << fragment1,
                        new Object[] {null, pair(key1, value1, key2, value2, hash2, shift + BITS)});
            }
            Object[] slots = fragment1 < fragment2 ? new Object[] {key1, value1, key2, value2}
                    : new Object[] {key2, value2, key1, value1};
            return new Bitmap((1 << fragment1) | (1 << fragment2), slots);
        }
    }

    /** Keys whose 32-bit hashes are all equal, as (key, value) pairs. */
    private static final class Collision implements Node {
        final int hash;
        final Object[] pairs;

        Collision(int hash, Object[] pairs) {
            this.hash = hash;
            this.pairs = pairs;
        }

        @Override
        public Object get(String key, int hash, int shift) {
            for (int i = 0; i < pairs.length; i += 2) {
                if (key.equals(pairs[i])) {
                    return pairs[i + 1];
                }
            }
            return null;
        }

        @Override
        public Node with(String key, int hash, Object value, int shift) {
            for (int i = 0; i < pairs.length; i += 2) {
                if (key.equals(pairs[i])) {
                    if (pairs[i + 1] == value) {
                        return this;
                    }
                    Object[] copy = pairs.clone();
                    copy[i + 1] = value;
                    return new Collision(hash, copy);
                }
            }
            Object[] grown = Arrays.copyOf(pairs, pairs.length + 2);
            grown[pairs.length] = key;
            grown[pairs.length + 1] = value;
            return new Collision(hash, grown);
        }

        @Override
        public Node without(String key, int hash, int shift) {
            for (int i = 0; i < pairs.length; i += 2) {
                if (key.equals(pairs[i])) {
                    if (pairs.length == 2) {
                        return Bitmap.EMPTY;
                    }
                    Object[] shrunk = new Object[pairs.length - 2];
                    System.arraycopy(pairs, 0, shrunk, 0, i);
                    System.arraycopy(pairs, i + 2, shrunk, i, pairs.length - i - 2);
                    return new Collision(hash, shrunk);
                }
            }
            return this;
        }

        @Override
        public void forEach(BiConsumer<String, Object> action) {
            for (int i = 0; i < pairs.length; i += 2) {
                action.accept((String) pairs[i], pairs[i + 1]);
            }
        }

        @Override
        public void forEachNode(Consumer<Object> action) {
            action.accept(this);
        }
    }
}
