package dev.scimkit.client;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * No access token could be obtained, and {@link #failedPart()} says which part of the OAuth setup is to
 * blame: for a Server-to-Server app the account id or the client credentials (Zoom answers 400
 * {@code invalid_request} "Invalid account_id" for an unknown account id and 401 {@code invalid_client}
 * for a wrong client id or secret); for an OAuth app ({@link ZoomOAuthApp}) also the authorization code,
 * the redirect URI, a refresh token Zoom no longer accepts, a missing authorization or the token store.
 * {@link #hint()} says what to do; when the authorization is lost it tells the operator to send an
 * account admin to a new authorization URL.
 *
 * <p>{@link #oauthError()} is the RFC 6749 {@code error} member Zoom sent (the contract) and
 * {@link #zoomErrorCode()} Zoom's numeric code (4700–4741) when it sent one. A token endpoint that cannot
 * be reached is a {@link ScimConnectionException}. Never contains a secret, code or token.
 */
public class OAuthTokenException extends UnauthorizedException {

    private static final long serialVersionUID = 1L;

    /** The part of an OAuth configuration that failed. */
    public enum Part {
        /** the account id is unknown to Zoom (Server-to-Server OAuth) */
        ACCOUNT_ID,
        /** the client id or client secret is wrong (Zoom does not say which), or the app is disabled */
        CLIENT_CREDENTIALS,
        /** the token endpoint refused the request for another reason, or answered unusably */
        TOKEN_ENDPOINT,
        /**
         * the refresh token is dead: rotated away by an earlier refresh whose answer was lost, revoked,
         * superseded by a later authorization, or its owner left the account (Zoom 4711, 4733–4741,
         * "Invalid Token!"); or a refresh's outcome is unknown. An admin must authorize the app again.
         */
        REFRESH_TOKEN,
        /**
         * the authorization code was refused: expired (5 minutes, Zoom 4733), unknown or already used
         * (4734), or its PKCE verifier did not match; or the same code or request was exchanged twice
         */
        AUTHORIZATION_CODE,
        /** the redirect URI is not the one registered for the app or used in the authorization (Zoom 4709) */
        REDIRECT_URI,
        /** the token store holds no tokens for the account: it was never authorized, or was revoked */
        NOT_AUTHORIZED,
        /** the token store could not be read or written (corrupt file, permissions, disk, lock timeout) */
        TOKEN_STORE
    }

    private final Part failedPart;
    private final String oauthError;
    private final Integer zoomErrorCode;

    /**
     * Creates the exception.
     *
     * @param failedPart which part failed
     * @param detail     what the endpoint said; never a secret
     * @param request    method and path of the token request
     * @throws NullPointerException if {@code failedPart} is null
     */
    public OAuthTokenException(Part failedPart, String detail, String request) {
        this(failedPart, detail, request, null, null, null);
    }

    /**
     * Creates the exception.
     *
     * @param failedPart    which part failed
     * @param detail        what went wrong; never a secret
     * @param request       method and path of the request, or {@code null}
     * @param oauthError    the RFC 6749 {@code error} Zoom sent, or {@code null}
     * @param zoomErrorCode Zoom's numeric error code, or {@code null}
     * @param cause         the underlying failure, or {@code null}
     * @throws NullPointerException if {@code failedPart} is null
     */
    public OAuthTokenException(Part failedPart, String detail, String request, String oauthError,
                               Integer zoomErrorCode, Throwable cause) {
        super(null, detail, request, cause);
        this.failedPart = Objects.requireNonNull(failedPart, "failedPart is null");
        this.oauthError = oauthError;
        this.zoomErrorCode = zoomErrorCode;
    }

    /** @return which part of the configuration failed */
    public Part failedPart() {
        return failedPart;
    }

    /** @return the RFC 6749 {@code error} member of Zoom's answer (e.g. {@code invalid_grant}), if any */
    public Optional<String> oauthError() {
        return Optional.ofNullable(oauthError);
    }

    /** @return Zoom's numeric OAuth error code (e.g. 4741), if Zoom sent one */
    public OptionalInt zoomErrorCode() {
        return zoomErrorCode == null ? OptionalInt.empty() : OptionalInt.of(zoomErrorCode);
    }

    /**
     * @return whether an account admin must authorize the app again ({@link Part#REFRESH_TOKEN},
     *         {@link Part#NOT_AUTHORIZED}): no retry can succeed before that
     */
    public boolean reauthorizationRequired() {
        return failedPart == Part.REFRESH_TOKEN || failedPart == Part.NOT_AUTHORIZED;
    }
}
