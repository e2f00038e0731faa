package dev.scimkit.client;

/**
 * HTTP 401: the token is missing, invalid or expired. The client has already refreshed a
 * {@link TokenProvider}'s token once before raising this.
 */
public class UnauthorizedException extends ScimClientException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param scimType the RFC 7644 scimType, or {@code null}
     * @param detail   what went wrong, as the server said it
     * @param request  method and path of the failed request, or {@code null}
     * @param cause    the underlying failure, or {@code null}
     */
    public UnauthorizedException(String scimType, String detail, String request, Throwable cause) {
        super(401, scimType, detail, request, cause);
    }
}
