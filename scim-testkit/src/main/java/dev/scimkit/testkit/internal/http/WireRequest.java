package dev.scimkit.testkit.internal.http;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One request as it arrived on the wire, before percent-decoding: what {@link RequestDecoder} produces.
 *
 * @param method       the method token, as sent (methods are case-sensitive)
 * @param target       the request target in origin form ({@code /path?query}), or {@code *}
 * @param minorVersion 0 for HTTP/1.0, 1 for HTTP/1.1 (and later 1.x)
 * @param headers      the header fields, names lower case, values in arrival order
 * @param body         the decoded body (de-chunked), empty for none
 * @param keepAlive    whether the client allows another request on this connection
 */
public record WireRequest(String method, String target, int minorVersion, Map<String, List<String>> headers,
                          byte[] body, boolean keepAlive) {

    /** Checks nulls. */
    public WireRequest {
        Objects.requireNonNull(method, "method is null");
        Objects.requireNonNull(target, "target is null");
        Objects.requireNonNull(headers, "headers is null");
        Objects.requireNonNull(body, "body is null");
    }

    /** @return the target up to {@code ?} */
    public String rawPath() {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    /** @return the target after {@code ?}, or {@code null} when there is none */
    public String rawQuery() {
        int query = target.indexOf('?');
        return query < 0 ? null : target.substring(query + 1);
    }

    /** @return whether this is a {@code HEAD} request (answered without a body) */
    public boolean isHead() {
        return method.equals("HEAD");
    }
}
