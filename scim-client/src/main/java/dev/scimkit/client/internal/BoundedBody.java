package dev.scimkit.client.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledFuture;

/**
 * Collects a response body within two bounds: at most {@code maxBytes} (checked against
 * {@code Content-Length} before anything is read, and again as bytes arrive), and before the
 * attempt's deadline. Past either it cancels the subscription, which closes the connection, and
 * fails the body with {@link TooLarge} or {@link Expired}. The request timeout of the JDK stops at
 * the response headers; this is what bounds a server that sends headers and then stalls or trickles.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body passed {@code maxResponseBytes}: an answer the client will not accept. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final int status;

        TooLarge(int status, long max) {
            super("response body exceeds the limit of " + max + " bytes (maxResponseBytes)");
            this.status = status;
        }
    }

    /** The attempt's deadline passed while the body was arriving. */
    static final class Expired extends HttpTimeoutException {
        private static final long serialVersionUID = 1L;

        Expired(String message) {
            super(message);
        }
    }

    private final long max;
    private final int status;
    private final Duration timeout;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer;
    private final ScheduledFuture<?> deadline;
    private volatile Flow.Subscription subscription;

    private BoundedBody(int status, long max, long contentLength, long deadlineNanos, Duration timeout,
                        DeadlineTimer timer) {
        this.status = status;
        this.max = max;
        this.timeout = timeout;
        // a declared length is a hint, not a promise: never allocate more than 64 KiB ahead of the bytes
        this.buffer = new ByteArrayOutputStream((int) Math.min(Math.max(contentLength, 512), 64 * 1024));
        this.deadline = timer.schedule(deadlineNanos - System.nanoTime(), this::expire);
        result.whenComplete((body, failure) -> deadline.cancel(false));
    }

    /**
     * @param info          the response status and headers
     * @param max           the largest body accepted
     * @param deadlineNanos the {@link System#nanoTime()} by which the body must be complete
     * @param timeout       the attempt's timeout, for the message
     * @param timer         fires the deadline
     * @return a subscriber collecting the body, or one already failed when {@code Content-Length} is too large
     */
    static HttpResponse.BodySubscriber<byte[]> of(HttpResponse.ResponseInfo info, long max, long deadlineNanos,
                                                  Duration timeout, DeadlineTimer timer) {
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1L);
        if (declared > max) {
            return new Refused(info.statusCode(), max);
        }
        return new BoundedBody(info.statusCode(), max, declared, deadlineNanos, timeout, timer);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (result.isDone()) {
            s.cancel();
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            if (buffer.size() + (long) item.remaining() > max) {
                fail(new TooLarge(status, max));
                return;
            }
            if (item.hasArray()) {
                buffer.write(item.array(), item.arrayOffset() + item.position(), item.remaining());
            } else {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                buffer.write(chunk, 0, chunk.length);
            }
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

    private void expire() {
        fail(new Expired("the response body was not complete within the request timeout of "
                + Durations.text(timeout) + " (connect, headers and body)"));
    }

    private void fail(IOException failure) {
        if (result.completeExceptionally(failure)) {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }
    }

    /** The body announced by {@code Content-Length} is too large: read none of it. */
    private static final class Refused implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();

        Refused(int status, long max) {
            result.completeExceptionally(new TooLarge(status, max));
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            s.cancel();
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            // nothing is read
        }

        @Override
        public void onError(Throwable throwable) {
            // already failed
        }

        @Override
        public void onComplete() {
            // already failed
        }
    }
}
