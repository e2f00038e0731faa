package dev.scimkit.client.internal;

import java.util.concurrent.CompletableFuture;

/**
 * One stage of the request pipeline (OkHttp's interceptor shape, made asynchronous): it may change
 * the request, call {@link Chain#proceed} zero or more times, and change or replace the response.
 */
@FunctionalInterface
public interface Interceptor {

    /**
     * @param chain the current request and the rest of the pipeline
     * @return the response, or a future completed exceptionally with the failure
     */
    CompletableFuture<ScimResponse> intercept(Chain chain);
}
