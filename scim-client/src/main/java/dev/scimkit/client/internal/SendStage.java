package dev.scimkit.client.internal;

import dev.scimkit.client.InvalidResponseException;
import dev.scimkit.client.ScimClientException;
import dev.scimkit.client.ScimConnectionException;
import dev.scimkit.client.ScimInterruptedException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The last stage: hands the request to the transport and turns a failure without a usable response
 * into a {@link ScimClientException} that says what happened:
 * <ul>
 *   <li>no response (refused, reset, closed mid-body): {@link ScimConnectionException}, 503;</li>
 *   <li>the attempt's deadline passed: {@link ScimConnectionException} with {@code timedOut()}, 504;</li>
 *   <li>an answer that is not valid HTTP, or a body over the size cap: {@link InvalidResponseException},
 *       502, never retried;</li>
 *   <li>the waiting thread was interrupted: {@link ScimInterruptedException}, 499.</li>
 * </ul>
 */
public final class SendStage implements Interceptor {

    private final Transport transport;

    /** @param transport the wire */
    public SendStage(Transport transport) {
        this.transport = transport;
    }

    @Override
    public CompletableFuture<ScimResponse> intercept(Chain chain) {
        return sendOnce(transport, chain.request());
    }

    /**
     * Sends one request, translating a failure without a usable response as described above.
     *
     * @param transport the wire
     * @param request   the request
     * @return the response
     */
    public static CompletableFuture<ScimResponse> sendOnce(Transport transport, ScimRequest request) {
        CompletableFuture<ScimResponse> sent;
        try {
            sent = transport.send(request);
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        return sent.handle((response, failure) -> {
            if (failure == null) {
                return response;
            }
            throw new CompletionException(translate(unwrap(failure), request));
        });
    }

    /**
     * @param failure a failure without a response
     * @return whether the request certainly never reached the server (so resending cannot duplicate it)
     */
    public static boolean neverSent(Throwable failure) {
        Throwable cause = failure instanceof ScimConnectionException ? failure.getCause() : failure;
        return cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException;
    }

    /**
     * @param failure a failure, possibly wrapped
     * @return it without {@code CompletionException} wrappers
     */
    public static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static Throwable translate(Throwable failure, ScimRequest request) {
        if (failure instanceof ScimClientException) {
            return failure;
        }
        // HttpClient.send re-wraps failures in a new IOException of the same family: look at the causes
        BoundedBody.TooLarge tooLarge = find(failure, BoundedBody.TooLarge.class);
        if (tooLarge != null) {
            return new InvalidResponseException(tooLarge.status, null, tooLarge.getMessage()
                    + outcome(request, tooLarge.status), request.describe(), failure);
        }
        if (failure instanceof HttpConnectTimeoutException) {
            return new ScimConnectionException(true, "connect to " + request.uri().getHost() + " timed out",
                    request.describe(), failure);
        }
        if (failure instanceof HttpTimeoutException) {
            return new ScimConnectionException(true, failure.getMessage(), request.describe(), failure);
        }
        if (find(failure, InterruptedIOException.class) != null || find(failure, InterruptedException.class) != null) {
            return new ScimInterruptedException(request.describe(), failure);
        }
        ProtocolException protocol = find(failure, ProtocolException.class);
        if (protocol != null) {
            return new InvalidResponseException(0, null, "the server's answer is not valid HTTP ("
                    + protocol.getMessage() + ")" + outcome(request, 0), request.describe(), failure);
        }
        if (failure instanceof IOException) {
            String what = failure instanceof ConnectException ? "could not connect" : "connection failed";
            return new ScimConnectionException(false, what + " to " + request.uri().getHost() + ": "
                    + failure.getClass().getSimpleName(), request.describe(), failure);
        }
        return failure;
    }

    /** Says what an unreadable answer means for a request that changes something. */
    static String outcome(ScimRequest request, int status) {
        if (request.method().equals("GET")) {
            return "";
        }
        if (status >= 200 && status < 300) {
            return "; the server accepted the request (HTTP " + status + "), so it took effect";
        }
        return status == 0 ? "; the request may have taken effect" : "";
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
