package dev.scimkit.client.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.CompletableFuture;

/**
 * Logs each attempt through {@link System.Logger}: method, path, status, latency and attempt at
 * DEBUG; bodies, redacted by {@link BodyRedactor}, only at TRACE. Never logs headers (so never the
 * token) nor the query string (filter values are personal data).
 */
public final class LoggingStage implements Interceptor {

    private final Logger logger;

    /** @param logger where to log */
    public LoggingStage(Logger logger) {
        this.logger = logger;
    }

    @Override
    public CompletableFuture<ScimResponse> intercept(Chain chain) {
        ScimRequest request = chain.request();
        if (!logger.isLoggable(Level.DEBUG)) {
            return chain.proceed(request);
        }
        if (logger.isLoggable(Level.TRACE) && request.body() != null) {
            logger.log(Level.TRACE, () -> request.describe() + " request body: " + BodyRedactor.redact(request.body()));
        }
        long start = System.nanoTime();
        return chain.proceed(request).whenComplete((response, failure) -> {
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (failure != null) {
                Throwable cause = SendStage.unwrap(failure);
                logger.log(Level.DEBUG, () -> request.describe() + " failed after " + millis + " ms (attempt "
                        + request.attempt() + "): " + cause.getClass().getSimpleName());
                return;
            }
            logger.log(Level.DEBUG, () -> request.describe() + " -> " + response.status() + " in " + millis
                    + " ms (attempt " + request.attempt() + ")");
            if (logger.isLoggable(Level.TRACE)) {
                logger.log(Level.TRACE, () -> request.describe() + " response body: "
                        + BodyRedactor.redact(response.body()));
            }
        });
    }
}
