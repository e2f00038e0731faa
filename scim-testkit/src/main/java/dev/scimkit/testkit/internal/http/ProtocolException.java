package dev.scimkit.testkit.internal.http;

/**
 * A request the fake cannot take at the HTTP level (malformed, too large, too slow). The fake answers
 * it with {@link #status()} and closes the connection, because after such an error it cannot know
 * where the next request would begin.
 */
public final class ProtocolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    /**
     * @param status  the 4xx status to answer with
     * @param message what is wrong, for the response's {@code detail}
     */
    public ProtocolException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** @return the 4xx status to answer with */
    public int status() {
        return status;
    }
}
