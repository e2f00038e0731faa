package dev.scimkit.client;

/**
 * The thread waiting for a call was interrupted, so the client stopped waiting and cancelled the
 * exchange; the thread's interrupt status is set again. The request may or may not have reached the
 * server. {@link #status()} is 499 ("client closed request", the code proxies log when their client
 * goes away): no server sends it, so it is never mistaken for an answer.
 */
public class ScimInterruptedException extends ScimClientException {

    private static final long serialVersionUID = 1L;

    /** {@link #status()} of an interrupted call. */
    public static final int STATUS = 499;

    /**
     * Creates the exception.
     *
     * @param request method and path of the request, or {@code null} when not known
     * @param cause   the {@code InterruptedException}, or {@code null}
     */
    public ScimInterruptedException(String request, Throwable cause) {
        super(STATUS, null, "interrupted while waiting for the response; the call was cancelled", request, cause);
    }
}
