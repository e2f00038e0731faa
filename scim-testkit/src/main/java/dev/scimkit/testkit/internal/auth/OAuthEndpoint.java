package dev.scimkit.testkit.internal.auth;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.testkit.internal.http.FakeConfig;
import dev.scimkit.testkit.internal.http.FakeRequest;
import dev.scimkit.testkit.internal.http.FakeResponse;
import dev.scimkit.testkit.internal.http.PercentDecoding;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Zoom's OAuth endpoints under {@code /oauth}:
 * <ul>
 *   <li>{@code POST /oauth/token}: {@code grant_type=account_credentials&account_id=…} for the
 *       Server-to-Server app, {@code authorization_code} (code, {@code redirect_uri}, PKCE
 *       {@code code_verifier}) and {@code refresh_token} (strict rotation) for the OAuth app; client
 *       authentication by HTTP Basic. Answers {@code {"access_token":…,"token_type":"bearer",
 *       "refresh_token":…,"expires_in":…,"scope":…}}.</li>
 *   <li>{@code GET /oauth/authorize}: approves at once, as a consenting admin of the fake's account
 *       would, and redirects (302) to the registered redirect URI with {@code code} and {@code state}.</li>
 *   <li>{@code POST /oauth/revoke} with {@code token=…}: ends the authorization (RFC 7009).</li>
 * </ul>
 * Parameters may come in the query or a form body (Zoom accepts both). Errors use Zoom's shape
 * ({@link OAuthError}).
 */
public final class OAuthEndpoint {

    /** The token endpoint's path. */
    public static final String PATH = "/oauth/token";
    /** The authorization endpoint's path. */
    public static final String AUTHORIZE_PATH = "/oauth/authorize";
    /** The revocation endpoint's path. */
    public static final String REVOKE_PATH = "/oauth/revoke";

    private final FakeConfig.OAuthClient client;
    private final OAuthAppConfig app;
    private final TokenRegistry tokens;
    private final AppAuthorizations authorizations;
    private final Duration ttl;
    private final String scope;

    /**
     * @param client the accepted Server-to-Server client, or {@code null} for none
     * @param app    the accepted OAuth app, or {@code null} for none
     * @param tokens where issued access tokens are registered
     * @param ttl    the access tokens' lifetime
     * @param scope  the scope reported for issued tokens ({@code scim2} unless the app lacks it)
     * @param clock  decides when codes and tokens expire
     */
    public OAuthEndpoint(FakeConfig.OAuthClient client, OAuthAppConfig app, TokenRegistry tokens, Duration ttl,
                         String scope, java.time.Clock clock) {
        this.client = client;
        this.app = app;
        this.tokens = tokens;
        this.ttl = ttl;
        this.scope = scope;
        this.authorizations = new AppAuthorizations(clock, tokens, ttl);
    }

    /**
     * @param path a decoded request path
     * @return whether one of these endpoints serves it
     */
    public static boolean serves(String path) {
        return path.equals(PATH) || path.equals(AUTHORIZE_PATH) || path.equals(REVOKE_PATH);
    }

    /** Forgets every authorization code and OAuth app grant. */
    public void reset() {
        authorizations.reset();
    }

    /**
     * @param request a request to one of the {@link #serves served} paths
     * @return the answer
     */
    public FakeResponse handle(FakeRequest request) {
        Map<String, String> parameters;
        try {
            parameters = parameters(request);
        } catch (ScimException malformed) {
            return new OAuthError(400, "invalid_request", 4700, "Malformed request parameters.").response();
        }
        if (request.path().equals(AUTHORIZE_PATH)) {
            if (!request.method().equals("GET")) {
                return notAllowed("GET");
            }
            return AuthorizeEndpoint.handle(app, authorizations, parameters);
        }
        if (!request.method().equals("POST")) {
            return notAllowed("POST");
        }
        if (request.path().equals(REVOKE_PATH)) {
            return revoke(request, parameters);
        }
        return token(request, parameters);
    }

    private FakeResponse token(FakeRequest request, Map<String, String> parameters) {
        String grantType = parameters.get("grant_type");
        String authorization = request.header("authorization");
        if ("account_credentials".equals(grantType)) {
            return accountCredentials(authorization, parameters);
        }
        boolean appGrant = "authorization_code".equals(grantType) || "refresh_token".equals(grantType);
        if (!authenticatesApp(authorization, parameters)
                && (appGrant || !authenticatesClient(authorization, parameters))) {
            return OAuthError.INVALID_CLIENT.response();
        }
        if (grantType == null || grantType.isEmpty()) {
            return OAuthError.MISSING_GRANT_TYPE.response();
        }
        if (!appGrant) {
            return OAuthError.UNSUPPORTED_GRANT_TYPE.response();
        }
        AppAuthorizations.Outcome outcome;
        if (grantType.equals("authorization_code")) {
            String code = parameters.get("code");
            if (code == null || code.isEmpty()) {
                return OAuthError.missing("code").response();
            }
            outcome = authorizations.exchange(code, parameters.get("redirect_uri"), parameters.get("code_verifier"));
        } else {
            String refreshToken = parameters.get("refresh_token");
            if (refreshToken == null || refreshToken.isEmpty()) {
                return OAuthError.missing("refresh_token").response();
            }
            outcome = authorizations.refresh(refreshToken);
        }
        if (outcome.error() != null) {
            return outcome.error().response();
        }
        return tokenResponse(outcome.accessToken(), outcome.refreshToken());
    }

    private FakeResponse accountCredentials(String authorization, Map<String, String> parameters) {
        if (!authenticatesClient(authorization, parameters)) {
            return OAuthError.INVALID_CLIENT.response();
        }
        if (!ClientCredentials.constantTimeEquals(parameters.getOrDefault("account_id", ""), client.accountId())) {
            return new OAuthError(400, "invalid_request", 0, "Invalid account_id").response();
        }
        return tokenResponse(tokens.issue(ttl), null);
    }

    private FakeResponse revoke(FakeRequest request, Map<String, String> parameters) {
        if (!authenticatesApp(request.header("authorization"), parameters)) {
            return OAuthError.INVALID_CLIENT.response();
        }
        String token = parameters.get("token");
        if (token == null || token.isEmpty()) {
            return OAuthError.missing("token").response();
        }
        authorizations.revoke(token);
        return FakeResponse.json(200, FakeResponse.JSON,
                ScimJson.builders().createObjectBuilder().add("status", "success").build());
    }

    private FakeResponse tokenResponse(String accessToken, String refreshToken) {
        var body = ScimJson.builders().createObjectBuilder()
                .add("access_token", accessToken)
                .add("token_type", "bearer");
        if (refreshToken != null) {
            body.add("refresh_token", refreshToken);
        }
        body.add("expires_in", ttl.toSeconds()).add("scope", scope);
        return FakeResponse.json(200, FakeResponse.JSON, body.build()).withHeader("Cache-Control", "no-store");
    }

    private boolean authenticatesClient(String authorization, Map<String, String> parameters) {
        return client != null
                && ClientCredentials.authenticate(authorization, parameters, client.clientId(), client.clientSecret());
    }

    private boolean authenticatesApp(String authorization, Map<String, String> parameters) {
        return app != null && ClientCredentials.authenticate(authorization, parameters, app.clientId(), app.clientSecret());
    }

    /** Query parameters, then form-body parameters not already given. */
    private static Map<String, String> parameters(FakeRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>(request.query());
        String contentType = request.header("content-type");
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            PercentDecoding.queryParameters(request.bodyText()).forEach(parameters::putIfAbsent);
        }
        return parameters;
    }

    private static FakeResponse notAllowed(String allowed) {
        return new OAuthError(405, "invalid_request", 0, "Only " + allowed + " is supported.").response()
                .withHeader("Allow", allowed);
    }
}
