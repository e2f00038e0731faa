package dev.scimkit.client.internal;

import dev.scimkit.client.OAuthTokenException;
import dev.scimkit.client.ScimClientException;
import dev.scimkit.client.ScimConnectionException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs one piece of work at a time for all callers: the first caller does it on its own thread, callers
 * arriving meanwhile wait for that result instead of starting another (one token refresh for N threads).
 * No lock is held: followers wait on a future, at most {@code maxWait}, and are interruptible, so a
 * stalled leader can never block them past its own deadline.
 *
 * @param <T> the result type
 */
public final class SingleFlight<T> {

    private final AtomicReference<CompletableFuture<T>> inFlight = new AtomicReference<>();

    /**
     * Does {@code work}, or waits for the run already in flight.
     *
     * @param work    the work; bounded in time by its own deadlines
     * @param maxWait how long a follower waits for the leader before giving up
     * @param what    what is being waited for, for the timeout message
     * @return the result of the run this call joined
     * @throws RuntimeException the run's failure: the leader's own exception, or for a follower a copy
     *                          of a {@link ScimClientException} with the leader's as cause
     */
    public T run(Supplier<T> work, Duration maxWait, String what) {
        CompletableFuture<T> mine = new CompletableFuture<>();
        CompletableFuture<T> running = inFlight.compareAndExchange(null, mine);
        if (running != null) {
            return follow(running, maxWait, what);
        }
        try {
            T result = work.get();
            mine.complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.compareAndSet(mine, null);
        }
    }

    private static <T> T follow(CompletableFuture<T> running, Duration maxWait, String what) {
        try {
            return running.get(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new ScimConnectionException(true, what + " by another thread did not finish within "
                    + maxWait.toMillis() + " ms", null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScimConnectionException(false, "interrupted while waiting for " + what, null, e);
        } catch (ExecutionException e) {
            throw forFollower(e.getCause());
        }
    }

    /** A fresh exception per thread, so no two threads throw (and decorate) the same instance. */
    private static RuntimeException forFollower(Throwable failure) {
        if (failure instanceof OAuthTokenException oauth) {
            return new OAuthTokenException(oauth.failedPart(), oauth.detail(), oauth.request(),
                    oauth.oauthError().orElse(null), oauth.zoomErrorCode().isPresent()
                    ? oauth.zoomErrorCode().getAsInt() : null, oauth);
        }
        if (failure instanceof ScimConnectionException connection) {
            return new ScimConnectionException(connection.timedOut(), connection.detail(), connection.request(),
                    connection);
        }
        if (failure instanceof ScimClientException client) {
            return new ScimClientException(client.status(), client.scimType(), client.detail(), client.request(),
                    client);
        }
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(failure);
    }
}
