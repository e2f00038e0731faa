package dev.scimkit.client;

/**
 * HTTP 403: the token lacks a permission (Zoom: the {@code scim2} scope, or {@code User:Edit} /
 * {@code Group:Edit}).
 */
public class ForbiddenException extends ScimClientException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param scimType the RFC 7644 scimType, or {@code null}
     * @param detail   what went wrong, as the server said it
     * @param request  method and path of the failed request, or {@code null}
     * @param cause    the underlying failure, or {@code null}
     */
    public ForbiddenException(String scimType, String detail, String request, Throwable cause) {
        super(403, scimType, detail, request, cause);
    }
}
