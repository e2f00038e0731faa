package dev.scimkit.client;

/**
 * Zoom's OAuth token endpoint refused to issue a Server-to-Server token, and {@link #failedPart()}
 * says which part of the configuration it refused: Zoom answers 400 {@code invalid_request}
 * "Invalid account_id" for an unknown account id and 401 {@code invalid_client} for a wrong client id
 * or secret. A token endpoint that cannot be reached is a {@link ScimConnectionException}.
 */
public class OAuthTokenException extends UnauthorizedException {

    private static final long serialVersionUID = 1L;

    /** The part of a Server-to-Server OAuth configuration that failed. */
    public enum Part {
        /** the account id is unknown to Zoom */
        ACCOUNT_ID,
        /** the client id or client secret is wrong (Zoom does not say which) */
        CLIENT_CREDENTIALS,
        /** the token endpoint refused the request for another reason, or answered unusably */
        TOKEN_ENDPOINT
    }

    private final Part failedPart;

    /**
     * Creates the exception.
     *
     * @param failedPart which part failed
     * @param detail     what the endpoint said; never a secret
     * @param request    method and path of the token request
     * @throws NullPointerException if {@code failedPart} is null
     */
    public OAuthTokenException(Part failedPart, String detail, String request) {
        super(null, detail, request, null);
        this.failedPart = java.util.Objects.requireNonNull(failedPart, "failedPart is null");
    }

    /** @return which part of the configuration the token endpoint refused */
    public Part failedPart() {
        return failedPart;
    }
}
