package dev.scimkit.testkit.internal.http;

import dev.scimkit.core.dialect.Dialect;
import dev.scimkit.testkit.FakeProfile;
import dev.scimkit.testkit.Misbehaviour;
import dev.scimkit.testkit.RateLimits;
import dev.scimkit.testkit.internal.auth.OAuthAppConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a fake is started with, validated by {@code ZoomScimFake.Builder}.
 *
 * @param port                the port to bind on 127.0.0.1, 0 for an ephemeral one
 * @param token               the static bearer token
 * @param profile             ZOOM or SCIM behaviour
 * @param clock               time for meta, token expiry and rate limiting
 * @param oauthClient         the one Server-to-Server OAuth client, or {@code null}
 * @param tokenTtl            lifetime of issued OAuth tokens
 * @param rateLimits          per-category limits
 * @param defaultPageSize     items per page when {@code count} is absent
 * @param maxPageSize         the most items per page
 * @param basicUserCap        the most Basic users (when the dialect has a cap), 0 for none
 * @param maxBodyChars        the largest request body accepted, in characters
 * @param groupPatchMaxChars  the largest group PATCH body accepted (default: the dialect's, Zoom 100,000)
 * @param maxJsonDepth        the deepest JSON nesting accepted
 * @param threads             worker threads
 * @param defaultGroupName    the undeletable default group, or {@code null}
 * @param idSeed              seed for generated ids
 * @param journalCapacity     how many requests the journal keeps
 * @param misbehaviours       deliberate deviations from SCIM, normally none
 * @param account             the Zoom account's SSO, scope and pending-user state
 * @param oauthApp            the one user-authorized OAuth app (authorization code grant), or {@code null}
 * @param readTimeout         how long a request may take to arrive, a connection may idle or a write stall
 * @param journalBytes        the most heap (estimated) the journal's requests may hold
 */
public record FakeConfig(int port, String token, FakeProfile profile, Clock clock, OAuthClient oauthClient,
                         Duration tokenTtl, RateLimits rateLimits, int defaultPageSize, int maxPageSize,
                         int basicUserCap, int maxBodyChars, int groupPatchMaxChars, int maxJsonDepth, int threads,
                         String defaultGroupName, long idSeed, int journalCapacity,
                         Set<Misbehaviour> misbehaviours, ZoomAccount account, OAuthAppConfig oauthApp,
                         Duration readTimeout, long journalBytes) {

    /** Checks nulls. */
    public FakeConfig {
        Objects.requireNonNull(token, "token is null");
        Objects.requireNonNull(profile, "profile is null");
        Objects.requireNonNull(clock, "clock is null");
        Objects.requireNonNull(tokenTtl, "tokenTtl is null");
        Objects.requireNonNull(rateLimits, "rateLimits is null");
        misbehaviours = Set.copyOf(misbehaviours);
        Objects.requireNonNull(account, "account is null");
        Objects.requireNonNull(readTimeout, "readTimeout is null");
    }

    /** @return the facts the fake follows: its profile's dialect */
    public Dialect dialect() {
        return profile.dialect();
    }

    @Override
    public String toString() {
        return "FakeConfig[port=" + port + ", profile=" + profile + ", oauthClient=" + oauthClient + ", oauthApp=" + oauthApp + "]";
    }

    /**
     * Credentials of the Server-to-Server OAuth app the fake's token endpoint accepts.
     *
     * @param accountId    the Zoom account id
     * @param clientId     the client id
     * @param clientSecret the client secret (never printed)
     */
    public record OAuthClient(String accountId, String clientId, String clientSecret) {
        /** Checks nulls. */
        public OAuthClient {
            Objects.requireNonNull(accountId, "accountId is null");
            Objects.requireNonNull(clientId, "clientId is null");
            Objects.requireNonNull(clientSecret, "clientSecret is null");
        }

        @Override
        public String toString() {
            return "OAuthClient[accountId=" + accountId + ", clientId=" + clientId + ", clientSecret=<redacted>]";
        }
    }
}
