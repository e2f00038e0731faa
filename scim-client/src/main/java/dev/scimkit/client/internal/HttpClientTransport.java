package dev.scimkit.client.internal;

import dev.scimkit.client.ScimClientException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Sends requests with {@link HttpClient#sendAsync} (or {@link HttpClient#send} on the caller's thread
 * for {@linkplain ScimRequest#blocking() blocking} calls), reading at most a fixed number of body bytes.
 */
public final class HttpClientTransport implements Transport {

    /** Headers the JDK sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "host", "expect", "upgrade");

    private final HttpClient httpClient;
    private final Duration requestTimeout;
    private final long maxResponseBytes;

    /**
     * @param httpClient       the client to send with; must not follow redirects
     * @param requestTimeout   the per-request response timeout
     * @param maxResponseBytes the largest body accepted
     */
    public HttpClientTransport(HttpClient httpClient, Duration requestTimeout, long maxResponseBytes) {
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient is null");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout is null");
        this.maxResponseBytes = maxResponseBytes;
    }

    @Override
    public CompletableFuture<ScimResponse> send(ScimRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(requestTimeout);
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            if (!RESTRICTED.contains(header.getKey())) {
                builder.header(header.getKey(), header.getValue());
            }
        }
        HttpRequest.BodyPublisher publisher = request.body() == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(request.body());
        HttpRequest httpRequest = builder.method(request.method(), publisher).build();
        HttpResponse.BodyHandler<byte[]> handler = info -> new CappedBody(maxResponseBytes, request);
        if (request.blocking()) {
            // On the caller's thread: the JDK's public sendAsync completes through the common pool,
            // which on small machines serialises every concurrent caller behind one thread.
            try {
                return CompletableFuture.completedFuture(toResponse(request, httpClient.send(httpRequest, handler)));
            } catch (IOException e) {
                return CompletableFuture.failedFuture(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return CompletableFuture.failedFuture(new ScimClientException(503, null,
                        "interrupted while waiting for the response", request.describe(), e));
            }
        }
        return httpClient.sendAsync(httpRequest, handler).thenApply(response -> toResponse(request, response));
    }

    private static ScimResponse toResponse(ScimRequest request, HttpResponse<byte[]> response) {
        return new ScimResponse(request, response.statusCode(), response.headers(), response.body());
    }

    /** Collects the body, failing as soon as it passes the cap (no unbounded buffering). */
    static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final long max;
        private final ScimRequest request;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        private Flow.Subscription subscription;

        CappedBody(long max, ScimRequest request) {
            this.max = max;
            this.request = request;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                if (buffer.size() + (long) item.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new ScimClientException(502, null,
                            "response body exceeds the limit of " + max + " bytes (maxResponseBytes)",
                            request.describe(), null));
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                buffer.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(buffer.toByteArray());
        }
    }
}
