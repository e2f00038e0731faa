package dev.scimkit.client;

/**
 * No usable response arrived: the connection could not be made, was reset, or the request timed
 * out. {@link #status()} is 504 for a timeout and 503 otherwise (no HTTP status exists; these are
 * the statuses a gateway would have answered). The cause is the original {@code IOException}.
 */
public class ScimConnectionException extends ScimClientException {

    private static final long serialVersionUID = 1L;

    private final boolean timedOut;

    /**
     * Creates the exception.
     *
     * @param timedOut whether the failure was a timeout
     * @param detail   what happened
     * @param request  method and path of the failed request, or {@code null}
     * @param cause    the underlying I/O failure, or {@code null}
     */
    public ScimConnectionException(boolean timedOut, String detail, String request, Throwable cause) {
        super(timedOut ? 504 : 503, null, detail, request, cause);
        this.timedOut = timedOut;
    }

    /** @return whether the request timed out (connect or response timeout) */
    public boolean timedOut() {
        return timedOut;
    }
}
