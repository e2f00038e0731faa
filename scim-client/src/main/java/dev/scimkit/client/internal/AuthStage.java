package dev.scimkit.client.internal;

import dev.scimkit.client.TokenProvider;
import java.util.concurrent.CompletableFuture;

/**
 * Adds {@code Authorization: Bearer …}. On a 401 it tells the provider the token was rejected and,
 * if the provider then supplies a different token, sends the request once more.
 */
public final class AuthStage implements Interceptor {

    private final TokenProvider tokens;

    /** @param tokens where tokens come from */
    public AuthStage(TokenProvider tokens) {
        this.tokens = tokens;
    }

    @Override
    public CompletableFuture<ScimResponse> intercept(Chain chain) {
        String token = currentToken();
        return chain.proceed(authorized(chain.request(), token)).thenCompose(response -> {
            if (response.status() != 401) {
                return CompletableFuture.completedFuture(response);
            }
            tokens.invalidate(token);
            String fresh = currentToken();
            if (fresh.equals(token)) {
                return CompletableFuture.completedFuture(response);
            }
            return chain.proceed(authorized(chain.request(), fresh));
        });
    }

    private String currentToken() {
        String token = tokens.token();
        if (token == null || token.isBlank()) {
            throw new IllegalStateException("the TokenProvider returned no token");
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c <= ' ' || c >= 0x7F) {
                throw new IllegalStateException("the TokenProvider returned a token with a character that is not "
                        + "allowed in an HTTP header (at index " + i + ")");
            }
        }
        return token;
    }

    private static ScimRequest authorized(ScimRequest request, String token) {
        return request.withHeader("Authorization", "Bearer " + token);
    }
}
