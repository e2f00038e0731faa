package dev.scimkit.client.internal;

import java.util.concurrent.CompletableFuture;

/** Adds the SCIM media-type headers and the user agent. */
public final class HeadersStage implements Interceptor {

    /** The SCIM media type (RFC 7644 §3.1). */
    public static final String SCIM_JSON = "application/scim+json";
    private final String userAgent;

    /** @param userAgent the {@code User-Agent} value */
    public HeadersStage(String userAgent) {
        this.userAgent = userAgent;
    }

    @Override
    public CompletableFuture<ScimResponse> intercept(Chain chain) {
        ScimRequest request = chain.request()
                .withHeader("Accept", SCIM_JSON)
                .withHeader("User-Agent", userAgent);
        if (request.body() != null) {
            request = request.withHeader("Content-Type", SCIM_JSON);
        }
        return chain.proceed(request);
    }
}
