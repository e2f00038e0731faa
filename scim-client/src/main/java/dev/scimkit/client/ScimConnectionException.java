package dev.scimkit.client;

/**
 * No usable response arrived: the connection could not be made, was reset or closed before the
 * body was complete, or the client gave up waiting ({@link #timedOut()}): an attempt passed its
 * request timeout (connect, headers and body together), or a wait would have outlasted the call's
 * deadline. {@link #status()} is 504 for a timeout and 503 otherwise: no HTTP status exists for these,
 * and they are the statuses a gateway would have answered in the client's place. The server's own
 * 503 or 504 is a {@link ServerErrorException}, never this type. The cause is the original
 * {@code IOException}, when there is one.
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

    /** @return whether the client gave up waiting (connect, request or call timeout) */
    public boolean timedOut() {
        return timedOut;
    }
}
