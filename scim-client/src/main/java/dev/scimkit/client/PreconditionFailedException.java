package dev.scimkit.client;

/**
 * HTTP 412: a version precondition ({@code If-Match}) did not hold.
 */
public class PreconditionFailedException extends ScimClientException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param scimType the RFC 7644 scimType, or {@code null}
     * @param detail   what went wrong, as the server said it
     * @param request  method and path of the failed request, or {@code null}
     * @param cause    the underlying failure, or {@code null}
     */
    public PreconditionFailedException(String scimType, String detail, String request, Throwable cause) {
        super(412, scimType, detail, request, cause);
    }
}
