package dev.scimkit.client;

import dev.scimkit.client.internal.HintTable;
import dev.scimkit.core.ScimException;
import java.util.Optional;

/**
 * Base of every error {@link ZoomScimClient} raises about a call. Its type says who decided:
 * <ul>
 *   <li>the server answered with an error status: one subclass per status family
 *       ({@link BadRequestException} for 400, …, {@link ServerErrorException} for 5xx), or this class
 *       itself for other statuses (an unexpected 3xx, 405, 422…); {@link #status()} is the server's;</li>
 *   <li>no usable answer: {@link ScimConnectionException} (503, or 504 when the client gave up waiting);</li>
 *   <li>an answer the client cannot use (malformed body, status outside 100–599, too large, endless
 *       redirects or paging): {@link InvalidResponseException} (502; the server's status is
 *       {@link InvalidResponseException#responseStatus()});</li>
 *   <li>refused before sending: {@link InvalidFilterException} (400 {@code invalidFilter});</li>
 *   <li>the waiting thread was interrupted: {@link ScimInterruptedException} (499).</li>
 * </ul>
 *
 * <p>Besides {@link #status()}, {@link #scimType()} and {@link #detail()} (read from the SCIM or
 * Zoom error body when there is one), it names the request that failed as method and path,
 * without query, headers or body, so it never carries a token, a secret or a filter value.
 * Earlier failed attempts of a retried call are attached as {@linkplain #getSuppressed()
 * suppressed} exceptions.
 *
 * <p>{@link #hint()} says what to do when the error is one of the situations Zoom's provisioning
 * guides describe (an expired token, a missing {@code scim2} scope, SSO not enabled, a user that
 * already exists or is pending, the Basic-user cap, an attribute Zoom rejects, rate limiting…).
 */
public class ScimClientException extends ScimException {

    private static final long serialVersionUID = 1L;

    private final String request;

    /**
     * Creates an exception.
     *
     * @param status   the HTTP status (the response's, or the one that stands for the failure)
     * @param scimType the RFC 7644 scimType, or {@code null}
     * @param detail   what went wrong; never a secret
     * @param request  method and path of the failed request, e.g. {@code GET /scim2/Users/abc}, or
     *                 {@code null} when the failure is not tied to one request
     * @param cause    the underlying failure, or {@code null}
     * @throws IllegalArgumentException if {@code status} is not an HTTP status code
     */
    public ScimClientException(int status, String scimType, String detail, String request, Throwable cause) {
        super(status, scimType, detail, cause);
        this.request = request;
    }

    /** @return method and path of the failed request, or {@code null} when none applies */
    public String request() {
        return request;
    }

    /**
     * Troubleshooting advice for this error, decided by one table of the situations Zoom's
     * provisioning guides describe ({@link HintCode}). Built from status, detail and request path
     * only: it never contains a token, secret or password.
     *
     * @return the hint, empty when the error is not one of those situations
     */
    public Optional<Hint> hint() {
        return HintTable.hintFor(this);
    }

    /** @return the status, scimType and detail, followed by the failed request when known */
    @Override
    public String getMessage() {
        String base = super.getMessage();
        return request == null ? base : base + " (" + request + ")";
    }
}
