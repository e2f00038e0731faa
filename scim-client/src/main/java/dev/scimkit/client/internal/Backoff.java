package dev.scimkit.client.internal;

import dev.scimkit.client.RetryPolicy;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/** Exponential backoff with full jitter: a uniform delay in [0, min(cap, base × 2^(n-1))]. */
public final class Backoff {

    private final RetryPolicy policy;
    private final DoubleSupplier random;

    /**
     * @param policy the bounds
     * @param random uniform numbers in [0, 1)
     */
    public Backoff(RetryPolicy policy, DoubleSupplier random) {
        this.policy = policy;
        this.random = random;
    }

    /**
     * @param failedAttempt the 1-based number of the attempt that just failed
     * @return the ceiling for the delay after it
     */
    public Duration ceiling(int failedAttempt) {
        long base = policy.initialBackoff().toNanos();
        long cap = policy.maxBackoff().toNanos();
        int shift = Math.min(Math.max(failedAttempt - 1, 0), 62);
        long grown = base > (cap >> shift) ? cap : base << shift;
        return Duration.ofNanos(Math.min(grown, cap));
    }

    /**
     * @param failedAttempt the 1-based number of the attempt that just failed
     * @return a random delay between zero and {@link #ceiling}
     */
    public Duration delay(int failedAttempt) {
        double fraction = Math.min(Math.max(random.getAsDouble(), 0.0), 1.0);
        return Duration.ofNanos((long) (ceiling(failedAttempt).toNanos() * fraction));
    }
}
