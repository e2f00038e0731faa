package dev.scimkit.client.internal;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Finds out whether a non-idempotent request (a create) whose outcome is unknown already took
 * effect, so the retry stage never repeats it blindly.
 */
@FunctionalInterface
public interface RecoveryProbe {

    /**
     * @param get sends a GET to the given URI through the stages after the retry stage (with the
     *            original request's headers) and returns the raw response, whatever its status
     * @return the response that stands for the request's success (the resource found), or empty
     *         when the request did not take effect and may be sent again
     */
    CompletableFuture<Optional<ScimResponse>> probe(Function<URI, CompletableFuture<ScimResponse>> get);
}
