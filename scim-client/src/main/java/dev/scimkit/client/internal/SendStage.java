package dev.scimkit.client.internal;

import dev.scimkit.client.ScimClientException;
import dev.scimkit.client.ScimConnectionException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The last stage: hands the request to the transport and turns "no response" into a
 * {@link ScimConnectionException} that says whether the request can have reached the server.
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
     * Sends one request, translating "no response" into a {@link ScimConnectionException}.
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
        if (failure instanceof HttpTimeoutException) {
            boolean connect = failure instanceof HttpConnectTimeoutException;
            return new ScimConnectionException(true, connect ? "connect timed out" : "no response before the request timeout",
                    request.describe(), failure);
        }
        if (failure instanceof IOException) {
            String what = failure instanceof ConnectException ? "could not connect" : "connection failed";
            return new ScimConnectionException(false, what + " to " + request.uri().getHost() + ": "
                    + failure.getClass().getSimpleName(), request.describe(), failure);
        }
        return failure;
    }
}
