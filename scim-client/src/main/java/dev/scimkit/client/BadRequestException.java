package dev.scimkit.client;

/**
 * HTTP 400: the server rejected the request as malformed or invalid (a bad filter, value or path;
 * Zoom also answers 400 for pending users and unsupported PATCH operations).
 */
public class BadRequestException extends ScimClientException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param scimType the RFC 7644 scimType, or {@code null}
     * @param detail   what went wrong, as the server said it
     * @param request  method and path of the failed request, or {@code null}
     * @param cause    the underlying failure, or {@code null}
     */
    public BadRequestException(String scimType, String detail, String request, Throwable cause) {
        super(400, scimType, detail, request, cause);
    }
}
