package dev.scimkit.core.json;

/**
 * Bounds applied when parsing untrusted JSON.
 *
 * @param maxDepth the deepest nesting of objects and arrays accepted (the top-level value is depth 1)
 * @param maxChars the largest document accepted, in characters (for byte input: bytes)
 */
public record JsonLimits(int maxDepth, long maxChars) {

    /** Default nesting bound: SCIM resources are shallow; 64 leaves room for unknown extensions. */
    public static final int DEFAULT_MAX_DEPTH = 64;

    /** Default size bound: 1 MiB, far above any SCIM resource and far below an abuse. */
    public static final long DEFAULT_MAX_CHARS = 1L << 20;

    private static final JsonLimits DEFAULTS = new JsonLimits(DEFAULT_MAX_DEPTH, DEFAULT_MAX_CHARS);

    /**
     * Creates limits.
     *
     * @throws IllegalArgumentException if a bound is not positive
     */
    public JsonLimits {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be at least 1 but was " + maxDepth);
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1 but was " + maxChars);
        }
    }

    /** @return depth {@value #DEFAULT_MAX_DEPTH} and 1 MiB */
    public static JsonLimits defaults() {
        return DEFAULTS;
    }

    /**
     * @param depth the new depth bound
     * @return a copy with another depth bound
     */
    public JsonLimits withMaxDepth(int depth) {
        return new JsonLimits(depth, maxChars);
    }

    /**
     * @param chars the new size bound
     * @return a copy with another size bound
     */
    public JsonLimits withMaxChars(long chars) {
        return new JsonLimits(maxDepth, chars);
    }
}
