package dev.scimkit.testkit.internal.auth;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.testkit.internal.http.FakeResponse;
import jakarta.json.JsonObjectBuilder;

/**
 * An error of Zoom's OAuth endpoints in the shape Zoom answers: {@code {"reason":…,"error":…}} with the
 * RFC 6749 §5.2 {@code error} member, plus Zoom's numeric code as {@code errorCode} where Zoom documents
 * one (developers.zoom.us "OAuth error messages": 4702, 4705, 4706, 4709, 4733, 4734, 4737, 4741, …).
 * Never carries a code, token or secret.
 *
 * @param status the HTTP status
 * @param error  the RFC 6749 error, e.g. {@code invalid_grant}
 * @param code   Zoom's error code, or 0 for none
 * @param reason Zoom's message
 */
public record OAuthError(int status, String error, int code, String reason) {

    /** Client id or secret wrong (401, Zoom 4702/4704). */
    static final OAuthError INVALID_CLIENT = new OAuthError(401, "invalid_client", 4702,
            "Invalid client_id or client_secret");
    /** No grant type. */
    static final OAuthError MISSING_GRANT_TYPE = new OAuthError(400, "invalid_request", 4706, "Missing grant type.");
    /** A grant type this endpoint does not serve. */
    static final OAuthError UNSUPPORTED_GRANT_TYPE = new OAuthError(400, "unsupported_grant_type", 4705,
            "Grant type is not supported from token endpoint.");
    /** Redirect URI missing or not the registered one. */
    static final OAuthError REDIRECT_URI_MISMATCH = new OAuthError(400, "invalid_grant", 4709,
            "Redirect URI mismatch.");
    /** The code is older than 5 minutes. */
    static final OAuthError CODE_EXPIRED = new OAuthError(400, "invalid_grant", 4733, "Code is expired");
    /** The code is unknown, used, or its PKCE verifier does not match. */
    static final OAuthError INVALID_CODE = new OAuthError(400, "invalid_grant", 4734, "Invalid authorization code.");
    /** A refresh token replaced by a later refresh (Zoom's words for a prior refresh token). */
    static final OAuthError ROTATED_REFRESH_TOKEN = new OAuthError(400, "invalid_grant", 4741, "Invalid Token!");
    /** A refresh token revoked, or superseded by a later authorization. */
    static final OAuthError REVOKED_TOKEN = new OAuthError(400, "invalid_grant", 4741, "The token has been revoked.");
    /** A refresh token the fake never issued. */
    static final OAuthError UNKNOWN_TOKEN = new OAuthError(400, "invalid_grant", 4737, "Invalid Token!");

    /**
     * @param parameter the missing parameter's name
     * @return 400 {@code invalid_request} naming it
     */
    static OAuthError missing(String parameter) {
        return new OAuthError(400, "invalid_request", 4700, "Missing " + parameter + ".");
    }

    /** @return the JSON response */
    public FakeResponse response() {
        JsonObjectBuilder body = ScimJson.builders().createObjectBuilder().add("reason", reason).add("error", error);
        if (code != 0) {
            body.add("errorCode", code);
        }
        return FakeResponse.json(status, FakeResponse.JSON, body.build()).withHeader("Cache-Control", "no-store");
    }
}
