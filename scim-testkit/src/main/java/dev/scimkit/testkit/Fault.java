package dev.scimkit.testkit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A scripted failure the fake applies to a matching request, queued with
 * {@link ZoomScimFake#enqueueFault(RequestMatch, Fault)}. Immutable.
 *
 * <ul>
 *   <li>{@link #status(int)}: answer with a status (and optional {@code Retry-After}, headers, body)
 *       instead of handling the request; the request is <em>not</em> applied.</li>
 *   <li>{@link #delay(Duration)}: wait, then handle the request normally.</li>
 *   <li>{@link #dropConnection()}: close the connection without answering and without applying the
 *       request; {@link #dropConnectionAfterApplying()}: apply the request, then close without
 *       answering (how a client is tricked into repeating a POST whose outcome it cannot know).</li>
 *   <li>{@link #malformedBody()}: answer 200 with a truncated JSON body; the request is not applied.</li>
 * </ul>
 */
public sealed interface Fault permits Fault.Status, Fault.Delay, Fault.DropConnection, Fault.MalformedBody {

    /**
     * @param status the HTTP status to answer with, 100 to 599
     * @return a fault answering that status with a SCIM error body and no {@code Retry-After}
     * @throws IllegalArgumentException if {@code status} is not an HTTP status
     */
    static Status status(int status) {
        return new Status(status, Optional.empty(), Map.of(), Optional.empty());
    }

    /**
     * @param delay how long to wait before handling the request; positive
     * @return a fault delaying the request
     * @throws NullPointerException     if {@code delay} is null
     * @throws IllegalArgumentException if {@code delay} is zero or negative
     */
    static Delay delay(Duration delay) {
        return new Delay(delay);
    }

    /** @return a fault closing the connection without applying the request or answering */
    static DropConnection dropConnection() {
        return new DropConnection(false);
    }

    /** @return a fault applying the request, then closing the connection without answering */
    static DropConnection dropConnectionAfterApplying() {
        return new DropConnection(true);
    }

    /** @return a fault answering 200 with a truncated JSON body, without applying the request */
    static MalformedBody malformedBody() {
        return new MalformedBody();
    }

    /**
     * Answer with a status instead of handling the request.
     *
     * @param status     the HTTP status
     * @param retryAfter the {@code Retry-After} header to send, in whole seconds, if any
     * @param headers    extra response headers
     * @param body       the response body; when empty, a SCIM error body naming the injected status
     */
    record Status(int status, Optional<Duration> retryAfter, Map<String, String> headers, Optional<String> body)
            implements Fault {

        /**
         * Checks and copies the values.
         *
         * @throws IllegalArgumentException if the status is not an HTTP status, or the retry-after is negative
         */
        public Status {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("status must be an HTTP status (100-599) but was " + status);
            }
            Objects.requireNonNull(retryAfter, "retryAfter is null");
            retryAfter.ifPresent(value -> {
                if (value.isNegative()) {
                    throw new IllegalArgumentException("retryAfter must not be negative but was " + value);
                }
            });
            headers = Map.copyOf(Objects.requireNonNull(headers, "headers is null"));
            Objects.requireNonNull(body, "body is null");
        }

        /**
         * @param value the {@code Retry-After} to send (whole seconds, rounded up)
         * @return a copy with that header
         * @throws IllegalArgumentException if {@code value} is negative
         */
        public Status withRetryAfter(Duration value) {
            return new Status(status, Optional.of(Objects.requireNonNull(value, "value is null")), headers, body);
        }

        /**
         * @param name  a header name (not {@code Content-Length})
         * @param value its value
         * @return a copy with that header added
         * @throws IllegalArgumentException if the name is blank or {@code Content-Length}
         */
        public Status withHeader(String name, String value) {
            Objects.requireNonNull(name, "name is null");
            Objects.requireNonNull(value, "value is null");
            if (name.isBlank() || name.toLowerCase(Locale.ROOT).equals("content-length")) {
                throw new IllegalArgumentException("header name must be non-blank and not Content-Length but was '"
                        + name + "'");
            }
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.put(name, value);
            return new Status(status, retryAfter, copy, body);
        }

        /**
         * @param value the exact response body to send
         * @return a copy with that body
         */
        public Status withBody(String value) {
            return new Status(status, retryAfter, headers, Optional.of(Objects.requireNonNull(value, "value is null")));
        }
    }

    /**
     * Wait, then handle the request normally. The wait does not occupy a server thread.
     *
     * @param delay how long to wait; positive
     */
    record Delay(Duration delay) implements Fault {
        /**
         * Checks the delay.
         *
         * @throws IllegalArgumentException if it is zero or negative
         */
        public Delay {
            Objects.requireNonNull(delay, "delay is null");
            if (delay.isNegative() || delay.isZero()) {
                throw new IllegalArgumentException("delay must be positive but was " + delay);
            }
        }
    }

    /**
     * Close the connection without sending a response.
     *
     * @param afterApplying whether the request is applied to the store before the connection is closed
     */
    record DropConnection(boolean afterApplying) implements Fault {
    }

    /** Answer 200 with a JSON body cut off in the middle; the request is not applied. */
    record MalformedBody() implements Fault {
    }
}
