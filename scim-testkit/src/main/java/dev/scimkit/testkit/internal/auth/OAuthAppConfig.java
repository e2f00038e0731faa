package dev.scimkit.testkit.internal.auth;

import java.net.URI;
import java.util.Objects;

/**
 * The user-authorized OAuth app the fake's authorization and token endpoints accept (authorization code
 * grant with rotating refresh tokens).
 *
 * @param clientId     the client id
 * @param clientSecret the client secret (never printed)
 * @param redirectUri  the one registered redirect URI; {@code redirect_uri} must equal it exactly
 */
public record OAuthAppConfig(String clientId, String clientSecret, URI redirectUri) {

    /** Checks nulls. */
    public OAuthAppConfig {
        Objects.requireNonNull(clientId, "clientId is null");
        Objects.requireNonNull(clientSecret, "clientSecret is null");
        Objects.requireNonNull(redirectUri, "redirectUri is null");
    }

    @Override
    public String toString() {
        return "OAuthAppConfig[clientId=" + clientId + ", clientSecret=<redacted>, redirectUri=" + redirectUri + "]";
    }
}
