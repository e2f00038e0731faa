package dev.scimkit.client.internal;

import dev.scimkit.client.RetryPolicy;
import dev.scimkit.client.ScimConnectionException;
import dev.scimkit.client.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Retries what is safe to retry, within the policy's attempt and time bounds.
 *
 * <ul>
 *   <li>429: any method, after {@code Retry-After} (seconds, HTTP-date or ISO instant) or backoff.</li>
 *   <li>502, 503, 504 and failures without a response: idempotent methods freely; a POST only when
 *       the connection was never made, or once its {@link RecoveryProbe} found it did not take
 *       effect; without a probe it is not repeated.</li>
 * </ul>
 * No retry is made whose wait would end past the policy's {@code maxElapsed} or the call's deadline.
 * Giving up throws the last failure with the earlier ones attached as suppressed exceptions.
 */
public final class RetryStage implements Interceptor {

    private final RetryPolicy policy;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final Clock clock;

    /**
     * @param policy  the bounds
     * @param backoff the delay calculator
     * @param sleeper how to wait
     * @param clock   the time source for the total-time bound and Retry-After dates
     */
    public RetryStage(RetryPolicy policy, Backoff backoff, Sleeper sleeper, Clock clock) {
        this.policy = policy;
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<ScimResponse> intercept(Chain chain) {
        return attempt(new Call(chain, clock.instant()), 1);
    }

    private CompletableFuture<ScimResponse> attempt(Call call, int number) {
        ScimRequest request = call.chain.request().withAttempt(number);
        return call.chain.proceed(request).handle((response, failure) -> new Outcome(response,
                        failure == null ? null : SendStage.unwrap(failure)))
                .thenCompose(outcome -> decide(call, request, number, outcome));
    }

    private CompletableFuture<ScimResponse> decide(Call call, ScimRequest request, int number, Outcome outcome) {
        Verdict verdict = verdict(request, outcome);
        if (verdict == Verdict.DONE) {
            return outcome.failure == null ? CompletableFuture.completedFuture(outcome.response)
                    : CompletableFuture.failedFuture(call.withEarlier(outcome.failure));
        }
        RuntimeException failure = outcome.asException(clock.instant());
        Duration delay = outcome.retryAfter(clock.instant()).orElseGet(() -> backoff.delay(number));
        Instant now = clock.instant();
        Duration spent = Duration.between(call.started, now);
        boolean pastDeadline = request.deadline() != null && !now.plus(delay).isBefore(request.deadline());
        if (number >= policy.maxAttempts() || spent.plus(delay).compareTo(policy.maxElapsed()) > 0 || pastDeadline) {
            return CompletableFuture.failedFuture(call.withEarlier(failure));
        }
        call.earlier.add(failure);
        CompletableFuture<Void> waited = sleeper.sleep(delay);
        if (verdict == Verdict.RETRY) {
            return waited.thenCompose(ignored -> attempt(call, number + 1));
        }
        return waited.thenCompose(ignored -> request.probe().probe(uri -> call.chain.proceed(
                        request.redirectedTo("GET", uri, null).withProbe(null).withAttempt(number))))
                .handle((found, probeFailure) -> {
                    if (probeFailure != null) {
                        RuntimeException last = call.earlier.remove(call.earlier.size() - 1);
                        last.addSuppressed(SendStage.unwrap(probeFailure));
                        throw new CompletionException(call.withEarlier(last));
                    }
                    return found;
                })
                .thenCompose(found -> found.isPresent()
                        ? CompletableFuture.completedFuture(found.get()) : attempt(call, number + 1));
    }

    private static Verdict verdict(ScimRequest request, Outcome outcome) {
        if (outcome.failure != null) {
            if (!(outcome.failure instanceof ScimConnectionException)) {
                return Verdict.DONE;
            }
            if (request.idempotent() || SendStage.neverSent(outcome.failure)) {
                return Verdict.RETRY;
            }
            return request.probe() == null ? Verdict.DONE : Verdict.PROBE_THEN_RETRY;
        }
        int status = outcome.response.status();
        if (status == 429) {
            return Verdict.RETRY;
        }
        if (status == 502 || status == 503 || status == 504) {
            if (request.idempotent()) {
                return Verdict.RETRY;
            }
            return request.probe() == null ? Verdict.DONE : Verdict.PROBE_THEN_RETRY;
        }
        return Verdict.DONE;
    }

    private enum Verdict { DONE, RETRY, PROBE_THEN_RETRY }

    private record Outcome(ScimResponse response, Throwable failure) {

        RuntimeException asException(Instant now) {
            if (failure == null) {
                return ErrorMapper.toException(response, now);
            }
            return failure instanceof RuntimeException runtime ? runtime : new CompletionException(failure);
        }

        Optional<Duration> retryAfter(Instant now) {
            return response == null ? Optional.empty()
                    : RetryAfter.parse(response.header("Retry-After").orElse(null), now);
        }
    }

    /** State of one logical call across its attempts. */
    private static final class Call {
        final Chain chain;
        final Instant started;
        final List<RuntimeException> earlier = new ArrayList<>();

        Call(Chain chain, Instant started) {
            this.chain = chain;
            this.started = started;
        }

        synchronized Throwable withEarlier(Throwable last) {
            for (RuntimeException e : earlier) {
                if (e != last) {
                    last.addSuppressed(e);
                }
            }
            return last;
        }
    }
}
