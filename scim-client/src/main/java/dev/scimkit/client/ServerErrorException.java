package dev.scimkit.client;

/**
 * HTTP 5xx: the server failed. 502, 503 and 504 are retried by the client's retry policy before
 * this is raised.
 */
public class ServerErrorException extends ScimClientException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param status   the status, 500 to 599
     * @param scimType the RFC 7644 scimType, or {@code null}
     * @param detail   what went wrong, as the server said it
     * @param request  method and path of the failed request, or {@code null}
     * @param cause    the underlying failure, or {@code null}
     * @throws IllegalArgumentException if {@code status} is not 500 to 599
     */
    public ServerErrorException(int status, String scimType, String detail, String request, Throwable cause) {
        super(requireServerError(status), scimType, detail, request, cause);
    }

    private static int requireServerError(int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("status must be 500-599 but was " + status);
        }
        return status;
    }
}
