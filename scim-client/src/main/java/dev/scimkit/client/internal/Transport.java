package dev.scimkit.client.internal;

import java.util.concurrent.CompletableFuture;

/**
 * The seam between the pipeline and the wire. The production implementation is
 * {@link HttpClientTransport}; tests substitute scripted ones.
 */
@FunctionalInterface
public interface Transport {

    /**
     * Sends one request exactly as given (no retries, no redirects).
     *
     * @param request the request, headers complete
     * @return the response; completes exceptionally with an {@code IOException} (possibly wrapped
     *         in a {@code CompletionException}) when no response arrived
     */
    CompletableFuture<ScimResponse> send(ScimRequest request);
}
