package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.core.ScimException;

/**
 * {@code startIndex} and {@code count} of a list request (RFC 7644 §3.4.2.4): a {@code startIndex}
 * below 1 means 1, a negative {@code count} means 0, a {@code count} above the maximum is clamped,
 * an absent {@code count} is the default page size.
 *
 * @param startIndex the 1-based index of the first result
 * @param count      the most results to return
 */
record Paging(int startIndex, int count) {

    /**
     * @param startIndex the {@code startIndex} parameter, or {@code null}
     * @param count      the {@code count} parameter, or {@code null}
     * @param defaultCount the page size when {@code count} is absent
     * @param maxCount   the largest page
     * @return the paging
     * @throws ScimException 400 {@code invalidValue} if a parameter is not an integer
     */
    static Paging of(String startIndex, String count, int defaultCount, int maxCount) {
        int start = startIndex == null || startIndex.isBlank() ? 1 : integer("startIndex", startIndex);
        int size = count == null || count.isBlank() ? defaultCount : integer("count", count);
        return new Paging(Math.max(1, start), Math.min(Math.max(0, size), maxCount));
    }

    private static int integer(String name, String text) {
        try {
            long value = Long.parseLong(text.trim());
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
        } catch (NumberFormatException e) {
            throw ScimException.invalidValue(name + " must be an integer but was '" + text + "'");
        }
    }
}
