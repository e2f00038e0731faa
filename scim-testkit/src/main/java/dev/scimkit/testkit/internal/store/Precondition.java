package dev.scimkit.testkit.internal.store;

import dev.scimkit.core.ScimException;

/**
 * The {@code If-Match} / {@code If-None-Match} condition of a request (RFC 7644 §3.14, RFC 9110
 * §13.1), checked by the store under its write lock so that a conditional update is never lost.
 * Entity tags compare weakly (the {@code W/} prefix is ignored).
 *
 * @param ifMatch     the If-Match header, or {@code null}
 * @param ifNoneMatch the If-None-Match header, or {@code null}
 */
public record Precondition(String ifMatch, String ifNoneMatch) {

    private static final Precondition NONE = new Precondition(null, null);

    /** @return no condition */
    public static Precondition none() {
        return NONE;
    }

    /**
     * @param current the current version, or {@code null} when the resource does not exist
     * @throws ScimException 412 when the condition fails
     */
    public void check(StoredResource current) {
        if (ifMatch != null) {
            if (current == null || !matches(ifMatch, current.etag())) {
                throw new ScimException(412, null, "If-Match " + ifMatch.trim() + " does not match the current version "
                        + (current == null ? "(none)" : current.etag()));
            }
        }
        if (ifNoneMatch != null && current != null && matches(ifNoneMatch, current.etag())) {
            throw new ScimException(412, null, "If-None-Match " + ifNoneMatch.trim()
                    + " matches the current version " + current.etag());
        }
    }

    /**
     * @param header an If-Match or If-None-Match header value: {@code *} or a list of entity tags
     * @param etag   the current entity tag
     * @return whether the header names the tag
     */
    public static boolean matches(String header, String etag) {
        String wanted = opaque(etag);
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || opaque(tag).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
