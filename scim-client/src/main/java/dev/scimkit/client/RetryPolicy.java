package dev.scimkit.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link ZoomScimClient} retries: which failures are retried is fixed (429 for any method;
 * 502, 503, 504 and connection failures for GET, PUT, PATCH and DELETE; a POST whose outcome is
 * unknown only after looking the resource up, so a retry never creates a duplicate). This policy
 * bounds how often and how long.
 *
 * <p>The delay before attempt <i>n</i>+1 is the server's {@code Retry-After} when it sent one, and
 * otherwise a random duration between zero and {@code min(maxBackoff, initialBackoff × 2^(n-1))}
 * ("full jitter", drawn from the client's {@code random} source). A retry whose delay would end past
 * {@code maxElapsed} (counted from the first attempt), or past the client's {@code callTimeout}, is not
 * made; the last failure is thrown with the earlier ones suppressed.
 *
 * @param maxAttempts    total attempts including the first, 1 or more ({@code 1} = no retries)
 * @param initialBackoff the backoff ceiling before the second attempt; positive
 * @param maxBackoff     the largest backoff ceiling; at least {@code initialBackoff}
 * @param maxElapsed     the total time budget for all attempts and waits; positive
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxElapsed) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a bound is out of range, naming it
     * @throws NullPointerException     if a duration is null
     */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1 but was " + maxAttempts);
        }
        requirePositive(initialBackoff, "initialBackoff");
        requirePositive(maxBackoff, "maxBackoff");
        requirePositive(maxElapsed, "maxElapsed");
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff (" + maxBackoff + ") must not be shorter than initialBackoff ("
                    + initialBackoff + ")");
        }
    }

    /**
     * The default: 4 attempts, backoff from 500 ms up to 20 s, at most 2 minutes in total.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(20), Duration.ofMinutes(2));
    }

    /** @return a policy that makes exactly one attempt */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofMillis(1));
    }

    /**
     * @param attempts total attempts including the first
     * @return a copy with that many attempts
     * @throws IllegalArgumentException if {@code attempts < 1}
     */
    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, initialBackoff, maxBackoff, maxElapsed);
    }

    /**
     * @param budget the total time budget
     * @return a copy with that budget
     * @throws IllegalArgumentException if not positive
     */
    public RetryPolicy withMaxElapsed(Duration budget) {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, budget);
    }

    /**
     * @param initial the first backoff ceiling
     * @param max     the largest backoff ceiling
     * @return a copy with those backoff bounds
     * @throws IllegalArgumentException if not positive or {@code max < initial}
     */
    public RetryPolicy withBackoff(Duration initial, Duration max) {
        return new RetryPolicy(maxAttempts, initial, max, maxElapsed);
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name + " is null");
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive but was " + value);
        }
    }
}
