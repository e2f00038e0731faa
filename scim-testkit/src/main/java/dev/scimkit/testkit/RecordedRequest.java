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
 * <p>The journal is bounded in bytes ({@link ZoomScimFake.Builder#journalBytes}): a body longer than its
 * body limit (128 KiB by default) is kept as its first bytes followed by a marker
 * {@code …[truncated by the fake's journal: first N of M bytes kept]}; {@link #bodyTruncated()} and
 * {@link #bodySize()} (likewise for the response) say so and give the original size.
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
 * @param bodySize     the request body's size in bytes as received (before any truncation)
 * @param bodyTruncated whether {@code body} holds only the start of the request body (and a marker)
 * @param responseBodySize the response body's size in bytes as sent
 * @param responseBodyTruncated whether {@code responseBody} holds only the start of the response body
 */
public record RecordedRequest(long sequence, String method, String path, String query,
                              Map<String, List<String>> headers, String body, int status, String responseBody,
                              long bodySize, boolean bodyTruncated, long responseBodySize,
                              boolean responseBodyTruncated) {

    /**
     * A request recorded whole: the sizes are the bodies' UTF-8 lengths, nothing truncated.
     *
     * @param sequence     0-based order of arrival
     * @param method       the HTTP method
     * @param path         the request path, percent-decoded
     * @param query        the raw query string, or empty
     * @param headers      the request headers (names lower case)
     * @param body         the request body as text, or empty
     * @param status       the status the fake answered with
     * @param responseBody the response body as text, or empty
     * @throws NullPointerException if method, path or headers is null
     */
    public RecordedRequest(long sequence, String method, String path, String query,
                           Map<String, List<String>> headers, String body, int status, String responseBody) {
        this(sequence, method, path, query, headers, body, status, responseBody, utf8Length(body), false,
                utf8Length(responseBody), false);
    }

    /** Checks nulls and sizes, and copies the headers. */
    public RecordedRequest {
        Objects.requireNonNull(method, "method is null");
        Objects.requireNonNull(path, "path is null");
        query = query == null ? "" : query;
        Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
        Objects.requireNonNull(headers, "headers is null").forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = java.util.Collections.unmodifiableMap(copy);
        body = body == null ? "" : body;
        responseBody = responseBody == null ? "" : responseBody;
        if (bodySize < 0 || responseBodySize < 0) {
            throw new IllegalArgumentException("body sizes must not be negative");
        }
    }

    private static long utf8Length(String text) {
        return text == null ? 0 : text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
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
     * @throws ScimException 400 if the body is not a JSON object, or was truncated by the journal
     */
    public JsonObject bodyJson() {
        return parse(body, bodyTruncated, bodySize, "request");
    }

    /**
     * @return the response body parsed as a JSON object
     * @throws ScimException 400 if the response body is not a JSON object, or was truncated by the journal
     */
    public JsonObject responseJson() {
        return parse(responseBody, responseBodyTruncated, responseBodySize, "response");
    }

    private static JsonObject parse(String text, boolean truncated, long size, String which) {
        if (truncated) {
            throw ScimException.invalidSyntax("the " + which + " body (" + size + " bytes) was truncated by the"
                    + " fake's journal and cannot be parsed; raise ZoomScimFake.Builder.journalBytes to keep it whole");
        }
        return ScimJson.parseObject(text);
    }

    /** @return the request line and status, e.g. {@code #3 POST /scim2/Users -> 201}; no bodies, no headers */
    @Override
    public String toString() {
        return "#" + sequence + " " + method + " " + target() + " -> " + status;
    }
}
