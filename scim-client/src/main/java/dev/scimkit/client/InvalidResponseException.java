package dev.scimkit.client;

/**
 * The server answered, but the client cannot use the answer: a body that is not the JSON the call
 * expects (malformed JSON, a ListResponse or resource of the wrong shape), a status outside
 * 100–599, an answer that is not valid HTTP, a body over {@code maxResponseBytes}, more redirects
 * than the client follows, or a list whose paging does not end within the query's bounds.
 *
 * <p>Unlike the exceptions that stand for an error status (such as {@link BadRequestException},
 * which means "the server said 400"), this one is raised by the client about the answer.
 * {@link #status()} is 502, the status a gateway gives for an invalid answer from upstream; what
 * the server actually sent is {@link #responseStatus()}. It is never retried. When the request was
 * a create that the server accepted ({@code responseStatus()} 201), the resource exists although its
 * representation could not be read: the detail says so.
 */
public class InvalidResponseException extends ScimClientException {

    private static final long serialVersionUID = 1L;

    /** {@link #status()} of every invalid-response failure. */
    public static final int STATUS = 502;

    private final int responseStatus;

    /**
     * Creates the exception.
     *
     * @param responseStatus the status code the server sent, or 0 when none could be read
     * @param scimType       the RFC 7644 scimType that describes the defect (such as {@code invalidSyntax}
     *                       for malformed JSON), or {@code null}
     * @param detail         what is wrong with the answer and where
     * @param request        method and path of the request, or {@code null}
     * @param cause          the underlying failure, or {@code null}
     */
    public InvalidResponseException(int responseStatus, String scimType, String detail, String request,
                                    Throwable cause) {
        super(STATUS, scimType, detail, request, cause);
        this.responseStatus = responseStatus;
    }

    /**
     * @return the status code in the server's status line (for example 200, 201 or 999), or 0 when
     *         the answer had no readable status line
     */
    public int responseStatus() {
        return responseStatus;
    }
}
