package dev.scimkit.client.internal;

import dev.scimkit.client.RetryPolicy;
import dev.scimkit.client.ScimClientException;
import dev.scimkit.client.Sleeper;
import dev.scimkit.client.TokenProvider;
import dev.scimkit.core.ScimException;
import java.lang.System.Logger;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.random.RandomGenerator;

/**
 * The ordered stages every request passes through: auth, retry, rate limit, redirect, headers,
 * logging, send. Auth sits outside retry so a 401 refresh re-enters the retry loop with a fresh
 * budget; rate limiting sits inside retry so every attempt (not only the first) takes a permit.
 * Every call gets one deadline ({@code callTimeout}) that all of them respect.
 */
public final class Pipeline {

    private final List<Interceptor> stages;
    private final Clock clock;
    private final Duration callTimeout;

    /**
     * A pipeline without a call deadline (each attempt is still bounded by the transport).
     *
     * @param stages the stages in order; the last must be a {@link SendStage}
     * @param clock  the time source used when mapping errors
     */
    public Pipeline(List<Interceptor> stages, Clock clock) {
        this(stages, clock, null);
    }

    /**
     * @param stages      the stages in order; the last must be a {@link SendStage}
     * @param clock       the time source for deadlines and error mapping
     * @param callTimeout how long a whole call may take, or {@code null} for no call deadline
     */
    public Pipeline(List<Interceptor> stages, Clock clock, Duration callTimeout) {
        this.stages = List.copyOf(stages);
        this.clock = clock;
        this.callTimeout = callTimeout;
    }

    /**
     * The standard stage list.
     *
     * @param tokens            the token source
     * @param policy            retry bounds
     * @param jitter            the random source of backoff jitter
     * @param limiter           the shared rate limiter
     * @param sleeper           how to wait
     * @param clock             the time source
     * @param callTimeout       how long a whole call may take
     * @param allowInsecureHttp whether redirects may go to http on non-loopback hosts
     * @param logger            where to log
     * @param userAgent         the User-Agent header
     * @param transport         the wire
     * @return the pipeline
     */
    public static Pipeline standard(TokenProvider tokens, RetryPolicy policy, RandomGenerator jitter,
                                    RateLimiter limiter, Sleeper sleeper, Clock clock, Duration callTimeout,
                                    boolean allowInsecureHttp, Logger logger, String userAgent, Transport transport) {
        return new Pipeline(List.of(
                new AuthStage(tokens),
                new RetryStage(policy, new Backoff(policy, jitter::nextDouble), sleeper, clock),
                new RateLimitStage(limiter, sleeper, clock),
                new RedirectStage(allowInsecureHttp),
                new HeadersStage(userAgent),
                new LoggingStage(logger),
                new SendStage(transport)), clock, callTimeout);
    }

    /**
     * Sends a request and requires a 2xx answer.
     *
     * @param request the request; without a deadline of its own it gets {@code now + callTimeout}
     * @return the successful response; completes exceptionally with a {@link ScimClientException}
     *         (or another {@link ScimException}) otherwise
     */
    public CompletableFuture<ScimResponse> execute(ScimRequest request) {
        ScimRequest bounded = request.deadline() == null && callTimeout != null
                ? request.withDeadline(clock.instant().plus(callTimeout)) : request;
        return Chain.start(stages, bounded).thenApply(response -> {
            if (!response.successful()) {
                throw ErrorMapper.toException(response, clock.instant());
            }
            return response;
        });
    }

    /**
     * Waits for a result already started, rethrowing its failure unwrapped ({@link Waiting#join}).
     *
     * @param future the result
     * @param <T>    its type
     * @return the value
     * @throws ScimException the call's failure
     */
    public static <T> T await(CompletableFuture<T> future) {
        return Waiting.join(future);
    }
}
