package dev.scimkit.testkit.internal.auth;

import dev.scimkit.testkit.internal.http.FakeResponse;
import java.util.Map;

/**
 * {@code GET /oauth/authorize}: the fake's admin consents at once. As RFC 6749 §4.1.2.1 requires, an
 * unknown client id or a redirect URI other than the registered one is answered here (400, no
 * redirect); every other problem is sent to the redirect URI as {@code error=…&state=…}.
 */
final class AuthorizeEndpoint {

    private AuthorizeEndpoint() {
    }

    static FakeResponse handle(OAuthAppConfig app, AppAuthorizations authorizations, Map<String, String> parameters) {
        String clientId = parameters.get("client_id");
        if (app == null || clientId == null || !ClientCredentials.constantTimeEquals(clientId, app.clientId())) {
            return new OAuthError(400, "invalid_client", 4702, "Invalid client_id.").response();
        }
        String registered = app.redirectUri().toString();
        String redirectUri = parameters.get("redirect_uri");
        if (redirectUri == null || !redirectUri.equals(registered)) {
            return OAuthError.REDIRECT_URI_MISMATCH.response();
        }
        String state = parameters.get("state");
        if (!"code".equals(parameters.get("response_type"))) {
            return redirect(registered, "error=unsupported_response_type", state);
        }
        String challenge = parameters.get("code_challenge");
        String method = parameters.get("code_challenge_method");
        if (challenge == null && method != null || challenge != null && !validChallenge(challenge)) {
            return redirect(registered, "error=invalid_request", state);
        }
        if (challenge != null) {
            method = method == null ? "plain" : method;
            if (!method.equals("S256") && !method.equals("plain")) {
                return redirect(registered, "error=invalid_request", state);
            }
        }
        String code = authorizations.issueCode(registered, challenge, method);
        return redirect(registered, "code=" + code, state);
    }

    /** RFC 7636 §4.2: the challenge has the verifier's syntax. */
    private static boolean validChallenge(String challenge) {
        return AppAuthorizations.validVerifier(challenge);
    }

    private static FakeResponse redirect(String redirectUri, String parameters, String state) {
        String location = redirectUri + (redirectUri.indexOf('?') < 0 ? "?" : "&") + parameters
                + (state == null ? "" : "&state=" + encode(state));
        return new FakeResponse(302, Map.of("Location", location, "Cache-Control", "no-store"), new byte[0]);
    }

    /** Percent-encodes all but RFC 3986 unreserved characters. */
    private static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
