package dev.scimkit.client.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one request over {@code java.net.http} and gives every attempt one deadline for the whole
 * exchange: connect, request, headers and the complete body, at most {@code requestTimeout} and never
 * past the call's {@linkplain ScimRequest#deadline() deadline}. The JDK's request timeout stops
 * counting at the response headers; the body is bounded by {@link BoundedBody}, which also caps its
 * size. A caller that {@linkplain Waiting#callerWaits() waits} on this thread is served with
 * {@link HttpClient#send} on it; everything else with {@link HttpClient#sendAsync}.
 */
public final class HttpClientTransport implements Transport {

    /** Headers the JDK sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "host", "expect", "upgrade");

    private final HttpClient httpClient;
    private final Duration requestTimeout;
    private final long maxResponseBytes;
    private final Clock clock;
    private final DeadlineTimer timer = new DeadlineTimer();

    /**
     * A transport whose calls' deadlines are read with the system clock.
     *
     * @param httpClient       the client to send with; must not follow redirects
     * @param requestTimeout   the longest one attempt may take, connect to last body byte
     * @param maxResponseBytes the largest body accepted
     */
    public HttpClientTransport(HttpClient httpClient, Duration requestTimeout, long maxResponseBytes) {
        this(httpClient, requestTimeout, maxResponseBytes, Clock.systemUTC());
    }

    /**
     * @param httpClient       the client to send with; must not follow redirects
     * @param requestTimeout   the longest one attempt may take, connect to last body byte
     * @param maxResponseBytes the largest body accepted
     * @param clock            the clock a request's {@link ScimRequest#deadline()} is read with
     */
    public HttpClientTransport(HttpClient httpClient, Duration requestTimeout, long maxResponseBytes, Clock clock) {
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient is null");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout is null");
        if (requestTimeout.isZero() || requestTimeout.isNegative()) {
            throw new IllegalArgumentException("requestTimeout must be positive but was " + requestTimeout);
        }
        this.maxResponseBytes = maxResponseBytes;
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    @Override
    public CompletableFuture<ScimResponse> send(ScimRequest request) {
        Duration timeout = attemptTimeout(request);
        if (timeout.isZero() || timeout.isNegative()) {
            return CompletableFuture.failedFuture(new HttpTimeoutException(
                    "the call's deadline passed before this attempt could be sent (callTimeout)"));
        }
        HttpRequest httpRequest = httpRequest(request, timeout);
        long deadlineNanos = System.nanoTime() + timeout.toNanos();
        HttpResponse.BodyHandler<byte[]> handler = info -> BoundedBody.of(info, maxResponseBytes, deadlineNanos,
                timeout, timer);
        if (Waiting.callerWaits()) {
            // On the caller's thread: the JDK's public sendAsync completes through the common pool,
            // which on small machines serialises every concurrent caller behind one thread.
            try {
                return CompletableFuture.completedFuture(toResponse(request, httpClient.send(httpRequest, handler)));
            } catch (HttpTimeoutException e) {
                return CompletableFuture.failedFuture(timedOut(e, timeout));
            } catch (IOException e) {
                return CompletableFuture.failedFuture(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting for the response");
                interrupted.initCause(e);
                return CompletableFuture.failedFuture(interrupted);
            }
        }
        return httpClient.sendAsync(httpRequest, handler).handle((response, failure) -> {
            if (failure != null) {
                Throwable cause = SendStage.unwrap(failure);
                throw new java.util.concurrent.CompletionException(cause instanceof HttpTimeoutException timeoutFailure
                        ? timedOut(timeoutFailure, timeout) : cause);
            }
            return toResponse(request, response);
        });
    }

    /** @return the attempt's timeout: the request timeout, cut to what is left of the call's deadline */
    private Duration attemptTimeout(ScimRequest request) {
        Instant deadline = request.deadline();
        if (deadline == null) {
            return requestTimeout;
        }
        Duration left = Duration.between(clock.instant(), deadline);
        return left.compareTo(requestTimeout) < 0 ? left : requestTimeout;
    }

    private static HttpRequest httpRequest(ScimRequest request, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(timeout);
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            if (!RESTRICTED.contains(header.getKey())) {
                builder.header(header.getKey(), header.getValue());
            }
        }
        HttpRequest.BodyPublisher publisher = request.body() == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(request.body());
        return builder.method(request.method(), publisher).build();
    }

    /** Names the timeout in the message (the JDK says only "request timed out"); keeps connect timeouts apart. */
    private static HttpTimeoutException timedOut(HttpTimeoutException failure, Duration timeout) {
        if (failure instanceof java.net.http.HttpConnectTimeoutException || failure instanceof BoundedBody.Expired) {
            return failure;
        }
        HttpTimeoutException named = new HttpTimeoutException("no complete response within the request timeout of "
                + Durations.text(timeout) + " (connect, headers and body)");
        named.initCause(failure);
        return named;
    }

    private static ScimResponse toResponse(ScimRequest request, HttpResponse<byte[]> response) {
        return new ScimResponse(request, response.statusCode(), response.headers(), response.body());
    }
}
