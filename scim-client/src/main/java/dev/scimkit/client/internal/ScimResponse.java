package dev.scimkit.client.internal;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Objects;
import java.util.Optional;

/**
 * A response as the pipeline sees it: status, headers and the whole (size-capped) body.
 *
 * @param request the request (after all stages) that produced it
 * @param status  the HTTP status
 * @param headers the response headers
 * @param body    the body bytes, empty when there was none
 */
public record ScimResponse(ScimRequest request, int status, HttpHeaders headers, byte[] body) {

    /** Checks nulls. */
    public ScimResponse {
        Objects.requireNonNull(request, "request is null");
        Objects.requireNonNull(headers, "headers is null");
        Objects.requireNonNull(body, "body is null");
    }

    /**
     * @param name a header name
     * @return its first value
     */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** @return the URI the response came from */
    public URI uri() {
        return request.uri();
    }

    /** @return whether the status is 2xx */
    public boolean successful() {
        return status >= 200 && status < 300;
    }

    @Override
    public String toString() {
        return "ScimResponse[" + request.describe() + " -> " + status + ", " + body.length + " bytes]";
    }
}
