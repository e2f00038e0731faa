package dev.scimkit.testkit.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

/**
 * Checks the client id and secret an OAuth request presents: HTTP Basic (RFC 6749 §2.3.1), or
 * {@code client_id}/{@code client_secret} parameters, which Zoom also accepts. Compared in constant time.
 */
final class ClientCredentials {

    private ClientCredentials() {
    }

    /**
     * @param authorization  the Authorization header, or {@code null}
     * @param parameters     the request's parameters
     * @param clientId       the accepted client id, or {@code null} to refuse every client
     * @param clientSecret   the accepted secret
     * @return whether the request authenticates as that client
     */
    static boolean authenticate(String authorization, Map<String, String> parameters, String clientId,
                                String clientSecret) {
        if (clientId == null) {
            return false;
        }
        String presentedId;
        String presentedSecret;
        if (authorization != null && authorization.length() >= 6 && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return false;
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return false;
            }
            presentedId = decoded.substring(0, colon);
            presentedSecret = decoded.substring(colon + 1);
        } else {
            presentedId = parameters.get("client_id");
            presentedSecret = parameters.get("client_secret");
            if (presentedId == null || presentedSecret == null) {
                return false;
            }
        }
        boolean idMatches = constantTimeEquals(presentedId, clientId);
        boolean secretMatches = constantTimeEquals(presentedSecret, clientSecret);
        return idMatches & secretMatches;
    }

    /**
     * @param presented what the request carries
     * @param expected  what the fake accepts
     * @return whether they are equal, in time independent of where they differ
     */
    static boolean constantTimeEquals(String presented, String expected) {
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
