package dev.scimkit.client;

/**
 * HTTP 404: the resource does not exist, or does not belong to the account.
 */
public class NotFoundException extends ScimClientException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param scimType the RFC 7644 scimType, or {@code null}
     * @param detail   what went wrong, as the server said it
     * @param request  method and path of the failed request, or {@code null}
     * @param cause    the underlying failure, or {@code null}
     */
    public NotFoundException(String scimType, String detail, String request, Throwable cause) {
        super(404, scimType, detail, request, cause);
    }
}
