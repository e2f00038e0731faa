package dev.scimkit.testkit.conformance;

import java.util.Objects;

/**
 * One HTTP request the suite sent and the response it got, as printable text. The
 * {@code Authorization} header is never kept.
 *
 * @param method       the HTTP method
 * @param uri          the full request URI
 * @param requestBody  the request body, or empty
 * @param status       the response status, or 0 when no response arrived
 * @param responseBody the response body, or empty (or the I/O error when no response arrived)
 */
public record Exchange(String method, String uri, String requestBody, int status, String responseBody) {

    /** Checks nulls. */
    public Exchange {
        Objects.requireNonNull(method, "method is null");
        Objects.requireNonNull(uri, "uri is null");
        requestBody = requestBody == null ? "" : requestBody;
        responseBody = responseBody == null ? "" : responseBody;
    }

    /** @return the request line and body, then the status and response body, on separate lines */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append("> ").append(method).append(' ').append(uri).append('\n');
        if (!requestBody.isEmpty()) {
            text.append("> ").append(requestBody).append('\n');
        }
        text.append("< ").append(status == 0 ? "no response" : Integer.toString(status)).append('\n');
        if (!responseBody.isEmpty()) {
            text.append("< ").append(responseBody).append('\n');
        }
        return text.toString();
    }
}
