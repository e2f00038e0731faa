package dev.scimkit.client;

import java.time.Instant;
import java.util.Objects;

/**
 * The tokens of one Zoom account's authorization of an OAuth app, as an {@link OAuthTokenStore} keeps
 * them. Immutable. {@link #toString()} never shows a token.
 *
 * @param accessToken          the access token, or {@code null} when none is usable (only the refresh
 *                             token survived)
 * @param accessTokenExpiresAt when the access token expires ({@code obtainedAt} when there is none)
 * @param refreshToken         the latest refresh token: Zoom rotates it on every refresh and refuses the
 *                             previous one, so this value must never be lost or replaced by an older one
 * @param obtainedAt           when these tokens were issued
 * @param scope                the granted scope, possibly empty
 * @param state                whether the refresh token is believed usable
 */
public record OAuthTokens(String accessToken, Instant accessTokenExpiresAt, String refreshToken, Instant obtainedAt,
                          String scope, State state) {

    /** What is known about the refresh token. */
    public enum State {
        /** the refresh token is the latest one Zoom issued */
        ACTIVE,
        /**
         * a refresh with this refresh token was sent but its answer was lost: Zoom may have rotated it
         * away. The next refresh tries it once; if Zoom refuses, the state becomes {@link #REFUSED}.
         */
        REFRESH_OUTCOME_UNKNOWN,
        /** Zoom refused the refresh token: an admin must authorize the app again */
        REFUSED
    }

    /**
     * Checks the values.
     *
     * @throws NullPointerException     if a value other than {@code accessToken} is null
     * @throws IllegalArgumentException if the refresh token is blank
     */
    public OAuthTokens {
        Objects.requireNonNull(accessTokenExpiresAt, "accessTokenExpiresAt is null");
        Objects.requireNonNull(refreshToken, "refreshToken is null");
        Objects.requireNonNull(obtainedAt, "obtainedAt is null");
        Objects.requireNonNull(scope, "scope is null");
        Objects.requireNonNull(state, "state is null");
        if (refreshToken.isBlank()) {
            throw new IllegalArgumentException("refreshToken is blank");
        }
    }

    /**
     * @param newState the state
     * @return a copy in that state
     */
    public OAuthTokens withState(State newState) {
        return new OAuthTokens(accessToken, accessTokenExpiresAt, refreshToken, obtainedAt, scope, newState);
    }

    /** @return the expiry and state, never a token */
    @Override
    public String toString() {
        return "OAuthTokens[accessTokenExpiresAt=" + accessTokenExpiresAt + ", obtainedAt=" + obtainedAt
                + ", scope=" + scope + ", state=" + state + ", accessToken=" + (accessToken == null ? "none" : "<redacted>")
                + ", refreshToken=<redacted>]";
    }
}
