package dev.scimkit.client.internal;

import dev.scimkit.client.RetryPolicy;
import dev.scimkit.client.ScimClientException;
import dev.scimkit.client.Sleeper;
import dev.scimkit.client.TokenProvider;
import dev.scimkit.core.ScimException;
import java.lang.System.Logger;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The ordered stages every request passes through: auth, retry, rate limit, redirect, headers,
 * logging, send. Auth sits outside retry so a 401 refresh re-enters the retry loop with a fresh
 * budget; rate limiting sits inside retry so every attempt (not only the first) takes a permit.
 */
public final class Pipeline {

    private final List<Interceptor> stages;
    private final Clock clock;

    /**
     * @param stages the stages in order; the last must be a {@link SendStage}
     * @param clock  the time source used when mapping errors
     */
    public Pipeline(List<Interceptor> stages, Clock clock) {
        this.stages = List.copyOf(stages);
        this.clock = clock;
    }

    /**
     * The standard stage list.
     *
     * @param tokens            the token source
     * @param policy            retry bounds
     * @param limiter           the shared rate limiter
     * @param sleeper           how to wait
     * @param clock             the time source
     * @param allowInsecureHttp whether redirects may go to http on non-loopback hosts
     * @param logger            where to log
     * @param userAgent         the User-Agent header
     * @param transport         the wire
     * @return the pipeline
     */
    public static Pipeline standard(TokenProvider tokens, RetryPolicy policy, RateLimiter limiter, Sleeper sleeper,
                                    Clock clock, boolean allowInsecureHttp, Logger logger, String userAgent,
                                    Transport transport) {
        return new Pipeline(List.of(
                new AuthStage(tokens),
                new RetryStage(policy, new Backoff(policy, () -> ThreadLocalRandom.current().nextDouble()), sleeper, clock),
                new RateLimitStage(limiter, sleeper, clock),
                new RedirectStage(allowInsecureHttp),
                new HeadersStage(userAgent),
                new LoggingStage(logger),
                new SendStage(transport)), clock);
    }

    /**
     * Sends a request and requires a 2xx answer.
     *
     * @param request the request
     * @return the successful response; completes exceptionally with a {@link ScimClientException}
     *         (or another {@link ScimException}) otherwise
     */
    public CompletableFuture<ScimResponse> execute(ScimRequest request) {
        return Chain.start(stages, request).thenApply(response -> {
            if (!response.successful()) {
                throw ErrorMapper.toException(response, clock.instant());
            }
            return response;
        });
    }

    /**
     * Waits for an asynchronous result on the calling thread, rethrowing its failure unwrapped.
     *
     * @param future the result
     * @param <T>    its type
     * @return the value
     * @throws ScimException the call's failure
     */
    public static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new ScimClientException(503, null, "interrupted while waiting for the response", null, e);
        } catch (ExecutionException e) {
            throw rethrowable(e.getCause());
        }
    }

    private static RuntimeException rethrowable(Throwable failure) {
        Throwable cause = SendStage.unwrap(failure);
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new CompletionException(cause);
    }
}
