package dev.scimkit.testkit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request the fake received and the status it answered, as recorded in its journal.
 * The {@code Authorization} header is never recorded.
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
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers is null"));
        body = body == null ? "" : body;
        responseBody = responseBody == null ? "" : responseBody;
    }

    /**
     * @param name a header name, in any case
     * @return the first value of that header
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
