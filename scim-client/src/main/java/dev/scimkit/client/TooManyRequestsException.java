package dev.scimkit.client;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429: Zoom's rate limit was reached and the retry policy gave up (attempts or total time
 * spent, or a {@code Retry-After} longer than the time left).
 */
public class TooManyRequestsException extends ScimClientException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param scimType   the RFC 7644 scimType, or {@code null}
     * @param detail     what went wrong, as the server said it
     * @param request    method and path of the failed request, or {@code null}
     * @param retryAfter how long the server asked to wait, or {@code null} when it did not say
     * @param cause      the underlying failure, or {@code null}
     */
    public TooManyRequestsException(String scimType, String detail, String request, Duration retryAfter,
                                    Throwable cause) {
        super(429, scimType, detail, request, cause);
        this.retryAfter = retryAfter;
    }

    /** @return how long the server asked to wait before trying again, when it said so */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
