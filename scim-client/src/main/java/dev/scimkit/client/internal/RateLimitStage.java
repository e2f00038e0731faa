package dev.scimkit.client.internal;

import dev.scimkit.client.ScimConnectionException;
import dev.scimkit.client.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Takes a permit from the shared limiter before each attempt, waiting through the sleeper when
 * the bucket is empty, and reports 429s and successes back so the rate adapts. A wait that would
 * outlast the call's deadline fails the attempt at once with a timed-out
 * {@link ScimConnectionException}, without sending.
 */
public final class RateLimitStage implements Interceptor {

    private final RateLimiter limiter;
    private final Sleeper sleeper;
    private final Clock clock;

    /**
     * @param limiter the shared limiter
     * @param sleeper how to wait
     * @param clock   the time source (to read Retry-After dates)
     */
    public RateLimitStage(RateLimiter limiter, Sleeper sleeper, Clock clock) {
        this.limiter = limiter;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<ScimResponse> intercept(Chain chain) {
        ScimRequest request = chain.request();
        Duration wait = limiter.reserve(request.category());
        if (!wait.isZero() && request.deadline() != null
                && !clock.instant().plus(wait).isBefore(request.deadline())) {
            // waiting would outlast the call: fail now rather than at the deadline
            throw new ScimConnectionException(true, "the client-side rate limit would hold this request for "
                    + Durations.text(wait) + ", past the call's deadline (callTimeout); it was not sent", request.describe(), null);
        }
        CompletableFuture<Void> permit = wait.isZero()
                ? CompletableFuture.completedFuture(null) : sleeper.sleep(wait);
        return permit.thenCompose(ignored -> chain.proceed(request)).thenApply(response -> {
            if (response.status() == 429) {
                limiter.throttled(request.category(),
                        RetryAfter.parse(response.header("Retry-After").orElse(null), clock.instant()).orElse(null));
            } else if (response.status() < 500) {
                limiter.succeeded(request.category());
            }
            return response;
        });
    }
}
