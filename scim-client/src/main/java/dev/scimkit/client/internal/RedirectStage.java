package dev.scimkit.client.internal;

import dev.scimkit.client.InvalidResponseException;
import dev.scimkit.client.ScimClientException;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * Follows redirects itself (the HttpClient never does): 307/308 for every method, 301/302/303 for
 * GET; at most {@value #MAX_REDIRECTS} hops; a target on another origin gets the request without
 * its {@code Authorization} header, and must pass the same http/https rule as the base URI. More
 * hops are an {@link InvalidResponseException}; a refused target keeps the 3xx status the server sent.
 */
public final class RedirectStage implements Interceptor {

    static final int MAX_REDIRECTS = 5;
    private final boolean allowInsecureHttp;

    /** @param allowInsecureHttp whether http to non-loopback hosts is allowed */
    public RedirectStage(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    @Override
    public CompletableFuture<ScimResponse> intercept(Chain chain) {
        return follow(chain, chain.request(), 0);
    }

    private CompletableFuture<ScimResponse> follow(Chain chain, ScimRequest request, int hops) {
        return chain.proceed(request).thenCompose(response -> {
            URI target = target(response);
            if (target == null) {
                return CompletableFuture.completedFuture(response);
            }
            if (hops >= MAX_REDIRECTS) {
                throw new InvalidResponseException(response.status(), null, "more than " + MAX_REDIRECTS
                        + " redirects: not following HTTP " + response.status() + " to " + target.getRawPath()
                        + " after " + hops + " hops", chain.request().describe(), null);
            }
            String violation = UriPolicy.violation(target, allowInsecureHttp);
            if (violation != null) {
                throw new ScimClientException(response.status(), null, "refused to follow a redirect to "
                        + target.getScheme() + "://" + target.getHost() + ": it " + violation,
                        chain.request().describe(), null);
            }
            ScimRequest next = request.redirectedTo(request.method(), target, request.body());
            if (!UriPolicy.sameOrigin(request.uri(), target)) {
                next = next.withoutHeader("Authorization");
            }
            return follow(chain, next, hops + 1);
        });
    }

    private static URI target(ScimResponse response) {
        int status = response.status();
        boolean anyMethod = status == 307 || status == 308;
        boolean getOnly = (status == 301 || status == 302 || status == 303)
                && response.request().method().equals("GET");
        if (!anyMethod && !getOnly) {
            return null;
        }
        String location = response.header("Location").orElse(null);
        if (location == null) {
            return null;
        }
        try {
            URI resolved = response.request().uri().resolve(location.trim());
            return resolved.getHost() == null ? null : resolved;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
