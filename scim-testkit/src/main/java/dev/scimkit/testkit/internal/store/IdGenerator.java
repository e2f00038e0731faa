package dev.scimkit.testkit.internal.store;

import java.util.SplittableRandom;

/**
 * Makes ids shaped like Zoom's: 22 characters of letters, digits, {@code -} and {@code &}
 * (e.g. {@code k&KdKr6TLWuxdDtk0hjSzL}), so clients are forced to percent-encode path segments.
 * Not thread-safe; the store calls it under its write lock.
 */
final class IdGenerator {

    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-&".toCharArray();
    private static final int LENGTH = 22;

    private final SplittableRandom random;

    IdGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    String next() {
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
