package dev.scimkit.client;

/**
 * HTTP 409: the request conflicts with existing data, typically scimType {@code uniqueness}
 * for a duplicate {@code userName}.
 */
public class ConflictException extends ScimClientException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param scimType the RFC 7644 scimType, or {@code null}
     * @param detail   what went wrong, as the server said it
     * @param request  method and path of the failed request, or {@code null}
     * @param cause    the underlying failure, or {@code null}
     */
    public ConflictException(String scimType, String detail, String request, Throwable cause) {
        super(409, scimType, detail, request, cause);
    }
}
