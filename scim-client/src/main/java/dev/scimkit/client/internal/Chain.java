package dev.scimkit.client.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The request at one stage and the stages after it. Immutable; {@link #proceed} may be called
 * several times (retries, refreshes, redirects).
 */
public final class Chain {

    private final List<Interceptor> stages;
    private final int index;
    private final ScimRequest request;

    /**
     * @param stages  the full ordered stage list; the last one must not call {@link #proceed}
     * @param index   the stage this chain is handed to
     * @param request the request at this point
     */
    public Chain(List<Interceptor> stages, int index, ScimRequest request) {
        this.stages = stages;
        this.index = index;
        this.request = request;
    }

    /** @return the request as this stage received it */
    public ScimRequest request() {
        return request;
    }

    /**
     * Hands a request to the next stage.
     *
     * @param next the request to send on
     * @return the next stage's response
     */
    public CompletableFuture<ScimResponse> proceed(ScimRequest next) {
        if (index + 1 >= stages.size()) {
            throw new IllegalStateException("the last pipeline stage must not call proceed");
        }
        Chain rest = new Chain(stages, index + 1, next);
        try {
            return stages.get(index + 1).intercept(rest);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Starts a request at the first stage.
     *
     * @param stages  the ordered stages
     * @param request the request
     * @return the response
     */
    public static CompletableFuture<ScimResponse> start(List<Interceptor> stages, ScimRequest request) {
        try {
            return stages.get(0).intercept(new Chain(stages, 0, request));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
