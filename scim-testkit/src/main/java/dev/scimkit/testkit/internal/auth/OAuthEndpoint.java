package dev.scimkit.testkit.internal.auth;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.testkit.internal.http.FakeConfig;
import dev.scimkit.testkit.internal.http.FakeRequest;
import dev.scimkit.testkit.internal.http.FakeResponse;
import dev.scimkit.testkit.internal.http.PercentDecoding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Zoom's Server-to-Server OAuth token endpoint: {@code POST /oauth/token?grant_type=account_credentials
 * &account_id=…} with HTTP Basic {@code clientId:clientSecret} answers
 * {@code {"access_token":…,"token_type":"bearer","expires_in":3600,"scope":"scim2"}}. Parameters may
 * also come as a form body. Errors use Zoom's OAuth shape {@code {"reason":…,"error":…}}.
 */
public final class OAuthEndpoint {

    /** The path the endpoint is served at. */
    public static final String PATH = "/oauth/token";

    private final FakeConfig.OAuthClient client;
    private final TokenRegistry tokens;
    private final Duration ttl;
    private final String scope;

    /**
     * @param client the accepted client, or {@code null} to refuse every client
     * @param tokens where issued tokens are registered
     * @param ttl    their lifetime
     * @param scope  the scope reported for issued tokens ({@code scim2} unless the app lacks it)
     */
    public OAuthEndpoint(FakeConfig.OAuthClient client, TokenRegistry tokens, Duration ttl, String scope) {
        this.client = client;
        this.tokens = tokens;
        this.ttl = ttl;
        this.scope = scope;
    }

    /**
     * @param request a request to {@link #PATH}
     * @return the token or an OAuth error
     */
    public FakeResponse handle(FakeRequest request) {
        if (!request.method().equals("POST")) {
            return error(405, "method_not_allowed", "Only POST is supported.").withHeader("Allow", "POST");
        }
        Map<String, String> parameters = new LinkedHashMap<>(request.query());
        String contentType = request.header("content-type");
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded")) {
            PercentDecoding.queryParameters(request.bodyText()).forEach(parameters::putIfAbsent);
        }
        if (!authenticated(request.header("authorization"))) {
            return error(401, "invalid_client", "Invalid client_id or client_secret");
        }
        if (!"account_credentials".equals(parameters.get("grant_type"))) {
            return error(400, "unsupported_grant_type", "Unsupported grant type");
        }
        if (!constantTimeEquals(parameters.getOrDefault("account_id", ""), client.accountId())) {
            return error(400, "invalid_request", "Invalid account_id");
        }
        String token = tokens.issue(ttl);
        return FakeResponse.json(200, FakeResponse.JSON, ScimJson.builders().createObjectBuilder()
                .add("access_token", token)
                .add("token_type", "bearer")
                .add("expires_in", ttl.toSeconds())
                .add("scope", scope)
                .build());
    }

    private boolean authenticated(String authorization) {
        if (client == null || authorization == null || authorization.length() < 6
                || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
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
        boolean idMatches = constantTimeEquals(decoded.substring(0, colon), client.clientId());
        boolean secretMatches = constantTimeEquals(decoded.substring(colon + 1), client.clientSecret());
        return idMatches & secretMatches;
    }

    private static boolean constantTimeEquals(String presented, String expected) {
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    private static FakeResponse error(int status, String error, String reason) {
        return FakeResponse.json(status, FakeResponse.JSON, ScimJson.builders().createObjectBuilder()
                .add("reason", reason)
                .add("error", error)
                .build());
    }
}
