package dev.scimkit.client;

import dev.scimkit.client.internal.UriPolicy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One authorization of a {@link ZoomOAuthApp} by a Zoom account admin, from
 * {@link ZoomOAuthApp#authorizationRequest()}: send the admin's browser to {@link #uri()}; Zoom redirects
 * it to the app's redirect URI with {@code code} and {@code state}; find this request by
 * {@link #state()} (keep it, e.g. in the admin's session) and pass the code to
 * {@link ZoomOAuthApp#exchange(String, AuthorizationRequest)}.
 *
 * <p>Carries a random {@code state} (32 bytes, against cross-site request forgery) and a PKCE S256
 * verifier (RFC 7636; 32 random bytes) that never leaves this object except in the exchange's POST body.
 * Single use: an exchange marks it used. Thread-safe. {@link #toString()} shows neither state nor verifier.
 */
public final class AuthorizationRequest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI uri;
    private final String state;
    private final String codeVerifier;
    private final String accountKey;
    private final String clientId;
    private final URI redirectUri;
    private final AtomicBoolean used = new AtomicBoolean();

    AuthorizationRequest(URI authorizeUri, String clientId, URI redirectUri, String accountKey) {
        this.state = random();
        this.codeVerifier = random();
        this.accountKey = accountKey;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
        String query = "response_type=code&client_id=" + UriPolicy.encode(clientId)
                + "&redirect_uri=" + UriPolicy.encode(redirectUri.toString())
                + "&state=" + state
                + "&code_challenge=" + challenge(codeVerifier)
                + "&code_challenge_method=S256";
        this.uri = URI.create(authorizeUri + (authorizeUri.getRawQuery() == null ? "?" : "&") + query);
    }

    /** @return where to send the admin: the authorize endpoint with client id, redirect URI, state and PKCE challenge */
    public URI uri() {
        return uri;
    }

    /** @return the random state Zoom sends back to the redirect URI: look this request up by it */
    public String state() {
        return state;
    }

    /**
     * @param candidate the {@code state} parameter of a redirect
     * @return whether it is this request's state (compared in constant time)
     * @throws NullPointerException if {@code candidate} is null
     */
    public boolean hasState(String candidate) {
        java.util.Objects.requireNonNull(candidate, "candidate is null");
        return MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8), state.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the key under which the exchange saves the account's tokens */
    public String accountKey() {
        return accountKey;
    }

    /** @return whether it was exchanged already */
    public boolean used() {
        return used.get();
    }

    String codeVerifier() {
        return codeVerifier;
    }

    String clientId() {
        return clientId;
    }

    URI redirectUri() {
        return redirectUri;
    }

    /** @return whether this call took the request (it was unused) */
    boolean take() {
        return used.compareAndSet(false, true);
    }

    /** Gives the request back after an exchange that certainly never reached Zoom. */
    void giveBack() {
        used.set(false);
    }

    /** @return the account key and whether it was used; never the state or the verifier */
    @Override
    public String toString() {
        return "AuthorizationRequest[accountKey=" + accountKey + ", clientId=" + clientId + ", used=" + used.get() + "]";
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
