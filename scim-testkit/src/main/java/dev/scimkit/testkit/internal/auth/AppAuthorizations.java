package dev.scimkit.testkit.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the fake's account has authorized for the OAuth app: pending authorization codes and the one
 * current grant (its refresh token and the access tokens issued under it). Thread-safe (one monitor;
 * every operation is short).
 *
 * <p>As at Zoom: a code lives 5 minutes on the fake's clock and is single use (any attempt consumes it,
 * also a failed one); a refresh rotates
 * the refresh token and the previous one is refused at once; a new authorization supersedes the
 * previous grant, whose tokens then stop working. Only digests of codes and tokens are kept, and every
 * collection is bounded.
 */
public final class AppAuthorizations {

    /** How long a code may wait for its exchange. */
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(5);
    /** The most codes waiting for exchange; older ones are dropped first. */
    static final int MAX_PENDING_CODES = 1_000;
    /** The most dead refresh tokens remembered for precise errors (older ones are answered as unknown). */
    static final int MAX_REMEMBERED = 10_000;
    /** The most access tokens tracked per grant for revocation (older ones have long expired). */
    static final int MAX_ACCESS_TOKENS_PER_GRANT = 1_000;

    private final Clock clock;
    private final TokenRegistry tokens;
    private final Duration accessTokenTtl;

    private final Map<String, PendingCode> pendingCodes = new LinkedHashMap<>();
    private final Map<String, OAuthError> deadRefreshTokens = bounded();
    private Grant current;

    private record PendingCode(String redirectUri, String challenge, String challengeMethod, Instant expiresAt) {
    }

    /** One authorization: its current refresh token (as a digest) and its access tokens. */
    private static final class Grant {
        String refreshDigest;
        final Deque<String> accessTokenDigests = new ArrayDeque<>();
    }

    /**
     * Tokens issued by a successful exchange or refresh, or the error instead.
     *
     * @param error        the refusal, or {@code null} on success
     * @param accessToken  the new access token
     * @param refreshToken the new refresh token
     */
    public record Outcome(OAuthError error, String accessToken, String refreshToken) {
        static Outcome refused(OAuthError error) {
            return new Outcome(error, null, null);
        }

        @Override
        public String toString() {
            return error == null ? "Outcome[issued]" : "Outcome[" + error.code() + "]";
        }
    }

    /**
     * @param clock          decides when codes and access tokens expire
     * @param tokens         where access tokens are registered (so SCIM accepts them)
     * @param accessTokenTtl lifetime of access tokens
     */
    public AppAuthorizations(Clock clock, TokenRegistry tokens, Duration accessTokenTtl) {
        this.clock = clock;
        this.tokens = tokens;
        this.accessTokenTtl = accessTokenTtl;
    }

    /**
     * Issues a code for an approved authorization request.
     *
     * @param redirectUri     the redirect URI of the request
     * @param challenge       the PKCE challenge, or {@code null}
     * @param challengeMethod {@code S256} or {@code plain} when there is a challenge
     * @return the code
     */
    public synchronized String issueCode(String redirectUri, String challenge, String challengeMethod) {
        Instant now = clock.instant();
        pendingCodes.values().removeIf(code -> !now.isBefore(code.expiresAt()));
        if (pendingCodes.size() >= MAX_PENDING_CODES) {
            Iterator<String> oldest = pendingCodes.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        String code = TokenRegistry.randomToken();
        pendingCodes.put(TokenRegistry.digest(code), new PendingCode(redirectUri, challenge, challengeMethod,
                now.plus(CODE_LIFETIME)));
        return code;
    }

    /**
     * Exchanges a code: {@code grant_type=authorization_code}.
     *
     * @param code        the presented code
     * @param redirectUri the presented redirect URI, or {@code null}
     * @param verifier    the presented PKCE verifier, or {@code null}
     * @return the new tokens (a new grant superseding the previous one) or the refusal
     */
    public synchronized Outcome exchange(String code, String redirectUri, String verifier) {
        String digest = TokenRegistry.digest(code);
        PendingCode pending = pendingCodes.remove(digest);
        if (pending == null) {
            return Outcome.refused(OAuthError.INVALID_CODE);
        }
        if (!clock.instant().isBefore(pending.expiresAt())) {
            return Outcome.refused(OAuthError.CODE_EXPIRED);
        }
        if (redirectUri == null || !redirectUri.equals(pending.redirectUri())) {
            return Outcome.refused(OAuthError.REDIRECT_URI_MISMATCH);
        }
        if (pending.challenge() != null && !verifierMatches(verifier, pending.challenge(), pending.challengeMethod())) {
            return Outcome.refused(OAuthError.INVALID_CODE);
        }
        endCurrent(OAuthError.REVOKED_TOKEN);
        current = new Grant();
        return issue(current);
    }

    /**
     * Refreshes: {@code grant_type=refresh_token}. The presented token is rotated away.
     *
     * @param refreshToken the presented refresh token
     * @return the new tokens or the refusal
     */
    public synchronized Outcome refresh(String refreshToken) {
        String digest = TokenRegistry.digest(refreshToken);
        if (current != null && MessageDigest.isEqual(bytes(digest), bytes(current.refreshDigest))) {
            deadRefreshTokens.put(digest, OAuthError.ROTATED_REFRESH_TOKEN);
            return issue(current);
        }
        OAuthError dead = deadRefreshTokens.get(digest);
        return Outcome.refused(dead != null ? dead : OAuthError.UNKNOWN_TOKEN);
    }

    /**
     * Revokes the grant a token belongs to (RFC 7009: unknown tokens are not an error).
     *
     * @param token a refresh or access token
     */
    public synchronized void revoke(String token) {
        if (current == null) {
            return;
        }
        String digest = TokenRegistry.digest(token);
        boolean ofCurrent = MessageDigest.isEqual(bytes(digest), bytes(current.refreshDigest))
                || current.accessTokenDigests.contains(digest);
        if (ofCurrent) {
            endCurrent(OAuthError.REVOKED_TOKEN);
        }
    }

    /** Forgets every code and grant. */
    public synchronized void reset() {
        pendingCodes.clear();
        deadRefreshTokens.clear();
        current = null;
    }

    private Outcome issue(Grant grant) {
        String access = tokens.issue(accessTokenTtl);
        String refresh = TokenRegistry.randomToken();
        grant.refreshDigest = TokenRegistry.digest(refresh);
        grant.accessTokenDigests.addLast(TokenRegistry.digest(access));
        while (grant.accessTokenDigests.size() > MAX_ACCESS_TOKENS_PER_GRANT) {
            grant.accessTokenDigests.removeFirst();
        }
        return new Outcome(null, access, refresh);
    }

    /** Ends the current grant: its refresh token answers {@code why}, its access tokens stop working. */
    private void endCurrent(OAuthError why) {
        if (current == null) {
            return;
        }
        deadRefreshTokens.put(current.refreshDigest, why);
        current.accessTokenDigests.forEach(tokens::revokeDigest);
        current = null;
    }

    /** RFC 7636 §4.6: S256 compares BASE64URL(SHA-256(verifier)) with the challenge; plain compares them. */
    private static boolean verifierMatches(String verifier, String challenge, String method) {
        if (verifier == null || !validVerifier(verifier)) {
            return false;
        }
        String derived = "plain".equals(method) ? verifier : Base64.getUrlEncoder().withoutPadding()
                .encodeToString(sha256(verifier.getBytes(StandardCharsets.US_ASCII)));
        return ClientCredentials.constantTimeEquals(derived, challenge);
    }

    /** RFC 7636 §4.1: 43 to 128 unreserved characters. */
    static boolean validVerifier(String verifier) {
        if (verifier.length() < 43 || verifier.length() > 128) {
            return false;
        }
        for (int i = 0; i < verifier.length(); i++) {
            char c = verifier.charAt(i);
            boolean unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~';
            if (!unreserved) {
                return false;
            }
        }
        return true;
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static byte[] bytes(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.US_ASCII);
    }

    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_REMEMBERED;
            }
        };
    }

    @Override
    public synchronized String toString() {
        return "AppAuthorizations[pendingCodes=" + pendingCodes.size() + ", authorized=" + (current != null) + "]";
    }
}
