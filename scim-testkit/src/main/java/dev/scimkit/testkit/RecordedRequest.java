package dev.scimkit.testkit;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request the fake received and the status it answered, as recorded in its journal. Immutable.
 *
 * <p>The {@code Authorization} header is never recorded; for the OAuth token endpoint the request body
 * and the issued {@code access_token} are recorded as {@code <redacted>}. {@link #toString()} shows the
 * request line and status only, never bodies or headers.
 *
 * @param sequence 0-based order of arrival
 * @param method   the HTTP method
 * @param path     the request path, percent-decoded, e.g. {@code /scim2/Users/abc}
 * @param query    the raw query string, or empty
 * @param headers  the request headers (names lower case), without {@code Authorization}
 * @param body     the request body as text, or empty
 * @param status   the status the fake answered with (0 when the connection was dropped)
 * @param responseBody the response body as text, or empty
 */
public record RecordedRequest(long sequence, String method, String path, String query,
                              Map<String, List<String>> headers, String body, int status, String responseBody) {

    /** Checks nulls and copies the headers. */
    public RecordedRequest {
        Objects.requireNonNull(method, "method is null");
        Objects.requireNonNull(path, "path is null");
        query = query == null ? "" : query;
        Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
        Objects.requireNonNull(headers, "headers is null").forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = java.util.Collections.unmodifiableMap(copy);
        body = body == null ? "" : body;
        responseBody = responseBody == null ? "" : responseBody;
    }

    /**
     * @param name a header name, in any case
     * @return the first value of that header
     * @throws NullPointerException if {@code name} is null
     */
    public Optional<String> header(String name) {
        Objects.requireNonNull(name, "name is null");
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** @return the path with the raw query, e.g. {@code /scim2/Users?startIndex=1&count=1} */
    public String target() {
        return query.isEmpty() ? path : path + "?" + query;
    }

    /**
     * @return the request body parsed as a JSON object
     * @throws ScimException 400 if the body is not a JSON object
     */
    public JsonObject bodyJson() {
        return ScimJson.parseObject(body);
    }

    /**
     * @return the response body parsed as a JSON object
     * @throws ScimException 400 if the response body is not a JSON object
     */
    public JsonObject responseJson() {
        return ScimJson.parseObject(responseBody);
    }

    /** @return the request line and status, e.g. {@code #3 POST /scim2/Users -> 201}; no bodies, no headers */
    @Override
    public String toString() {
        return "#" + sequence + " " + method + " " + target() + " -> " + status;
    }
}
