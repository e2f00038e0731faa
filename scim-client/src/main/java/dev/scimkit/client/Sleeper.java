package dev.scimkit.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits without blocking a thread: the client's retry and rate-limit stages use it for backoff
 * and for spacing requests. Tests substitute one that only records the durations (and advances a
 * fake {@link java.time.Clock}), so no test sleeps for real.
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * @param duration how long to wait; zero or more
     * @return a future that completes once the duration has passed
     */
    CompletableFuture<Void> sleep(Duration duration);

    /**
     * @return a sleeper backed by {@link CompletableFuture#delayedExecutor}: real time, no thread
     *         blocked while waiting
     */
    static Sleeper system() {
        return duration -> {
            Objects.requireNonNull(duration, "duration is null");
            if (duration.isZero() || duration.isNegative()) {
                return CompletableFuture.completedFuture(null);
            }
            return CompletableFuture.runAsync(() -> { },
                    CompletableFuture.delayedExecutor(duration.toNanos(), TimeUnit.NANOSECONDS));
        };
    }
}
