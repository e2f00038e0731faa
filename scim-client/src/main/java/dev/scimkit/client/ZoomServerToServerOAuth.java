package dev.scimkit.client;

import dev.scimkit.client.internal.SingleFlight;
import dev.scimkit.client.internal.TokenEndpoint;
import dev.scimkit.client.internal.UriPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link TokenProvider} for a Zoom Server-to-Server OAuth app: it fetches an access token with
 * {@code POST {tokenUri}?grant_type=account_credentials&account_id=…} and HTTP Basic client
 * credentials, caches it until shortly before it expires, and fetches a new one when the SCIM
 * server rejects it (401).
 *
 * <p>Thread-safe: callers share the cached token, and at most one fetch runs at a time (threads
 * that need a token while it is being fetched wait for that fetch instead of starting another). The
 * fetch, headers and body together, ends within {@link Builder#requestTimeout} with a
 * {@link ScimConnectionException} when the endpoint stalls, so waiting threads are never held past it
 * (no lock is held while waiting). An {@code expires_in} that is not a positive number of seconds is a
 * {@link ScimClientException} (502); one over a day (up to {@code 1e30}) is clamped to a day.
 * The client secret and tokens never appear in {@link #toString()}, logs or exception messages.
 *
 * <pre>{@code
 * TokenProvider oauth = ZoomServerToServerOAuth.builder()
 *         .accountId("AbC…").clientId("id…").clientSecret(secret)
 *         .build();
 * ZoomScimClient client = ZoomScimClient.builder().tokenProvider(oauth).build();
 * }</pre>
 */
public final class ZoomServerToServerOAuth implements TokenProvider {

    /** Zoom's token endpoint, the default {@link Builder#tokenUri(URI)}. */
    public static final URI ZOOM_TOKEN_URI = URI.create("https://zoom.us/oauth/token");
    private final String accountId;
    private final URI tokenUri;
    private final Duration refreshBefore;
    private final Clock clock;
    private final TokenEndpoint endpoint;
    private final SingleFlight<CachedToken> fetches = new SingleFlight<>();
    private final AtomicReference<CachedToken> cached = new AtomicReference<>();

    private ZoomServerToServerOAuth(Builder builder) {
        this.accountId = builder.accountId;
        this.tokenUri = builder.tokenUri;
        this.refreshBefore = builder.refreshBefore;
        this.clock = builder.clock;
        HttpClient http = builder.httpClient != null ? builder.httpClient
                : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.endpoint = new TokenEndpoint(http, builder.requestTimeout, builder.clientId, builder.clientSecret);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the cached token, fetching one first when none is cached or it is about to expire.
     *
     * @return the access token
     * @throws OAuthTokenException    if Zoom rejects the credentials; {@link OAuthTokenException#failedPart()}
     *                                 says whether the account id or the client id/secret was refused
     * @throws ScimConnectionException if the token endpoint cannot be reached or does not answer (headers
     *                                 and body) within the request timeout
     * @throws ScimClientException     for any other failure of the token request, including a malformed answer
     */
    @Override
    public String token() {
        CachedToken current = cached.get();
        if (current != null && clock.instant().isBefore(current.refreshAt)) {
            return current.value;
        }
        return fetches.run(() -> {
            CachedToken latest = cached.get();
            if (latest != null && clock.instant().isBefore(latest.refreshAt)) {
                return latest;
            }
            CachedToken fetched = fetch();
            cached.set(fetched);
            return fetched;
        }, endpoint.requestTimeout().plusSeconds(5), "the Server-to-Server token fetch").value;
    }

    /**
     * Drops the cached token if it is the rejected one, so the next {@link #token()} fetches anew;
     * a token already replaced by another thread's refresh is left alone (one refresh, not many).
     *
     * @param rejectedToken the token the server answered 401 to
     */
    @Override
    public void invalidate(String rejectedToken) {
        CachedToken current = cached.get();
        if (current != null && current.value.equals(rejectedToken)) {
            cached.compareAndSet(current, null);
        }
    }

    private CachedToken fetch() {
        Instant requestedAt = clock.instant();
        // Zoom documents these two as query parameters; neither is a secret (the credentials go in Basic auth).
        Map<String, String> query = new LinkedHashMap<>();
        query.put("grant_type", "account_credentials");
        query.put("account_id", accountId);
        TokenEndpoint.Issued issued = endpoint.tokens(tokenUri, query, Map.of(), List.of(),
                ZoomServerToServerOAuth::failedPart);
        if (issued.problem() != null) {
            throw new ScimClientException(502, null, "malformed answer from Zoom's OAuth endpoint: " + issued.problem(),
                    "POST " + tokenUri.getRawPath(), null);
        }
        Duration ttl = issued.lifetime();
        Duration margin = refreshBefore.compareTo(ttl.dividedBy(2)) < 0 ? refreshBefore : ttl.dividedBy(2);
        return new CachedToken(issued.accessToken(), requestedAt.plus(ttl).minus(margin));
    }

    /**
     * Zoom's token endpoint answers 401 {@code invalid_client} for a wrong client id or secret and 400
     * {@code invalid_request} "Invalid account_id" for an unknown account.
     */
    private static OAuthTokenException.Part failedPart(TokenEndpoint.Refusal refusal) {
        if (refusal.status() == 401 || "invalid_client".equals(refusal.error())) {
            return OAuthTokenException.Part.CLIENT_CREDENTIALS;
        }
        if (refusal.reason() != null && refusal.reason().toLowerCase(Locale.ROOT).contains("account")) {
            return OAuthTokenException.Part.ACCOUNT_ID;
        }
        return OAuthTokenException.Part.TOKEN_ENDPOINT;
    }

    /** @return the account id and token endpoint; never the client secret or a token */
    @Override
    public String toString() {
        return "ZoomServerToServerOAuth[accountId=" + accountId + ", tokenUri=" + tokenUri + "]";
    }

    private record CachedToken(String value, Instant refreshAt) {
        @Override
        public String toString() {
            return "CachedToken[refreshAt=" + refreshAt + "]";
        }
    }

    /**
     * Configures a {@link ZoomServerToServerOAuth}. Not thread-safe. Each setter validates at once;
     * {@link #build()} requires account id, client id and client secret.
     */
    public static final class Builder {

        private String accountId;
        private String clientId;
        private String clientSecret;
        private URI tokenUri = ZOOM_TOKEN_URI;
        private Duration refreshBefore = Duration.ofMinutes(5);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private HttpClient httpClient;
        private Clock clock = Clock.systemUTC();
        private boolean allowInsecureHttp;

        private Builder() {
        }

        /**
         * The Zoom account id of the Server-to-Server OAuth app. Required.
         *
         * @param accountId the account id
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder accountId(String accountId) {
            this.accountId = requireText(accountId, "accountId");
            return this;
        }

        /**
         * The app's client id. Required.
         *
         * @param clientId the client id
         * @return this builder
         * @throws IllegalArgumentException if blank or containing ':'
         */
        public Builder clientId(String clientId) {
            requireText(clientId, "clientId");
            if (clientId.indexOf(':') >= 0) {
                throw new IllegalArgumentException("clientId must not contain ':' (it is sent as HTTP Basic user)");
            }
            this.clientId = clientId;
            return this;
        }

        /**
         * The app's client secret. Required; never shown in messages or {@code toString()}.
         *
         * @param clientSecret the secret
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder clientSecret(String clientSecret) {
            this.clientSecret = requireText(clientSecret, "clientSecret");
            return this;
        }

        /**
         * The token endpoint. If this method is not invoked, {@code https://zoom.us/oauth/token}.
         *
         * @param tokenUri an absolute https URI (http only to loopback unless allowed)
         * @return this builder
         * @throws IllegalArgumentException if not absolute, or has a fragment
         */
        public Builder tokenUri(URI tokenUri) {
            Objects.requireNonNull(tokenUri, "tokenUri is null");
            if (!tokenUri.isAbsolute() || tokenUri.getHost() == null || tokenUri.getFragment() != null) {
                throw new IllegalArgumentException("tokenUri must be an absolute http(s) URI without fragment but was "
                        + tokenUri);
            }
            this.tokenUri = tokenUri;
            return this;
        }

        /**
         * How long before expiry a cached token is replaced. If this method is not invoked, 5 minutes
         * (capped at half the token's lifetime).
         *
         * @param margin zero or more
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder refreshBefore(Duration margin) {
            Objects.requireNonNull(margin, "margin is null");
            if (margin.isNegative()) {
                throw new IllegalArgumentException("refreshBefore must not be negative but was " + margin);
            }
            this.refreshBefore = margin;
            return this;
        }

        /**
         * The deadline of the token request, headers and body together. If this method is not invoked,
         * 30 seconds.
         *
         * @param timeout positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder requestTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout is null");
            if (timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("requestTimeout must be positive but was " + timeout);
            }
            this.requestTimeout = timeout;
            return this;
        }

        /**
         * The HTTP client for token requests. If this method is not invoked, a new one with a
         * 10-second connect timeout that does not follow redirects.
         *
         * @param httpClient a client that does not follow redirects
         * @return this builder
         * @throws IllegalArgumentException if it follows redirects (the credentials could leak)
         */
        public Builder httpClient(HttpClient httpClient) {
            Objects.requireNonNull(httpClient, "httpClient is null");
            if (httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
                throw new IllegalArgumentException("httpClient must not follow redirects (followRedirects is "
                        + httpClient.followRedirects() + "): credentials could be sent to another host");
            }
            this.httpClient = httpClient;
            return this;
        }

        /**
         * The time source for token expiry. If this method is not invoked, {@link Clock#systemUTC()}.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock is null");
            return this;
        }

        /**
         * Allows an {@code http://} token endpoint on a non-loopback host. If this method is not
         * invoked, {@code false}: such endpoints are refused because the secret would travel in clear.
         *
         * @param allow whether to allow it
         * @return this builder
         */
        public Builder allowInsecureHttp(boolean allow) {
            this.allowInsecureHttp = allow;
            return this;
        }

        /**
         * @return the provider
         * @throws IllegalStateException if account id, client id or secret is missing, or the token
         *                               endpoint uses http to a non-loopback host without {@link #allowInsecureHttp}
         */
        public ZoomServerToServerOAuth build() {
            if (accountId == null || clientId == null || clientSecret == null) {
                throw new IllegalStateException("accountId, clientId and clientSecret are all required; missing: "
                        + (accountId == null ? "accountId " : "") + (clientId == null ? "clientId " : "")
                        + (clientSecret == null ? "clientSecret" : "").trim());
            }
            String violation = UriPolicy.violation(tokenUri, allowInsecureHttp);
            if (violation != null) {
                throw new IllegalStateException("tokenUri " + violation);
            }
            return new ZoomServerToServerOAuth(this);
        }

        /** @return the settings, without the client secret */
        @Override
        public String toString() {
            return "ZoomServerToServerOAuth.Builder[accountId=" + accountId + ", tokenUri=" + tokenUri + "]";
        }

        private static String requireText(String value, String name) {
            Objects.requireNonNull(value, name + " is null");
            if (value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value;
        }
    }
}
