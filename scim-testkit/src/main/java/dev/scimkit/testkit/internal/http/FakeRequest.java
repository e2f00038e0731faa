package dev.scimkit.testkit.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One parsed HTTP request, as the fake's endpoints see it.
 *
 * @param method      the HTTP method, upper case
 * @param path        the percent-decoded path
 * @param segments    the decoded path segments
 * @param rawQuery    the raw query string, or empty
 * @param query       the decoded query parameters
 * @param headers     the request headers, names lower case
 * @param body        the body bytes (possibly empty)
 */
public record FakeRequest(String method, String path, List<String> segments, String rawQuery,
                          Map<String, String> query, Map<String, List<String>> headers, byte[] body) {

    /** Checks nulls. */
    public FakeRequest {
        Objects.requireNonNull(method, "method is null");
        Objects.requireNonNull(path, "path is null");
        segments = List.copyOf(segments);
        rawQuery = rawQuery == null ? "" : rawQuery;
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body is null");
    }

    /**
     * @param name a header name, lower case
     * @return its first value, or {@code null}
     */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * @param name a query parameter name, compared ignoring case (SCIM parameter names are case-insensitive)
     * @return its decoded value, or {@code null}
     */
    public String queryParameter(String name) {
        String exact = query.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, String> entry : query.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** @return the body decoded as UTF-8 */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** @return whether the body is empty or only whitespace */
    public boolean bodyIsBlank() {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
