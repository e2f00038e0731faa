package dev.scimkit.testkit.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bearer tokens the fake accepts: one static token plus the short-lived tokens its OAuth endpoint
 * issues. Thread-safe.
 *
 * <p>The static token is compared in constant time ({@link MessageDigest#isEqual}); issued tokens are
 * found by their SHA-256 digest, so a lookup reveals nothing about stored tokens either.
 * {@link #expireAll()} invalidates every token at once, the static one included, until {@link #reset()}.
 * Tokens never appear in {@link #toString()}.
 */
public final class TokenRegistry {

    /** Why a presented token was refused, or that it was accepted. */
    public enum Verdict {
        /** the token is valid */
        VALID,
        /** the token was valid once but has expired or was expired */
        EXPIRED,
        /** the token is unknown */
        INVALID
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] staticToken;
    private final Clock clock;
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();
    private volatile int generation;
    private volatile boolean staticExpired;

    private record Issued(Instant expiresAt, int generation) {
    }

    /**
     * @param staticToken the token accepted until {@link #expireAll()}
     * @param clock       decides when issued tokens expire
     */
    public TokenRegistry(String staticToken, Clock clock) {
        this.staticToken = Objects.requireNonNull(staticToken, "staticToken is null").getBytes(StandardCharsets.UTF_8);
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    /** @return a new random token: 32 random bytes, base64url */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Issues a token valid for {@code ttl} from now.
     *
     * @param ttl the lifetime
     * @return the token
     */
    public String issue(Duration ttl) {
        String token = randomToken();
        issued.put(digest(token), new Issued(clock.instant().plus(ttl), generation));
        return token;
    }

    /**
     * @param token a presented bearer token
     * @return whether it is valid, expired or unknown
     */
    public Verdict check(String token) {
        byte[] presented = token.getBytes(StandardCharsets.UTF_8);
        if (MessageDigest.isEqual(presented, staticToken)) {
            return staticExpired ? Verdict.EXPIRED : Verdict.VALID;
        }
        Issued entry = issued.get(digest(token));
        if (entry == null) {
            return Verdict.INVALID;
        }
        if (entry.generation() != generation || !clock.instant().isBefore(entry.expiresAt())) {
            return Verdict.EXPIRED;
        }
        return Verdict.VALID;
    }

    /**
     * Makes an issued token unknown at once (an OAuth app's authorization was revoked or superseded).
     *
     * @param tokenDigest the token's {@link #digest}
     */
    void revokeDigest(String tokenDigest) {
        issued.remove(tokenDigest);
    }

    /** Expires every token issued so far and the static token. */
    public synchronized void expireAll() {
        generation++;
        staticExpired = true;
    }

    /** Forgets issued tokens and makes the static token valid again. */
    public synchronized void reset() {
        issued.clear();
        generation++;
        staticExpired = false;
    }

    /**
     * @param token a token, code or verifier
     * @return its SHA-256 digest in hex: what the fake keeps instead of the secret itself
     */
    static String digest(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "TokenRegistry[issued=" + issued.size() + ", staticExpired=" + staticExpired + "]";
    }
}
