package dev.scimkit.testkit;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.dialect.Dialect;
import dev.scimkit.testkit.internal.auth.OAuthAppConfig;
import dev.scimkit.testkit.internal.auth.TokenRegistry;
import dev.scimkit.testkit.internal.http.FakeConfig;
import dev.scimkit.testkit.internal.http.ZoomAccount;
import dev.scimkit.testkit.internal.server.FakeServer;
import dev.scimkit.testkit.internal.store.StoredResource;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An in-memory fake of Zoom's SCIM 2.0 service, served over real HTTP on 127.0.0.1.
 *
 * <p>Start one per test (or use {@link ZoomScimFakeTest}), point the code under test at
 * {@link #baseUri()} with {@link #token()}, and check both the outcome ({@link #users()},
 * {@link #user(String)}) and the wire ({@link #takeRequest()}):
 *
 * <pre>{@code
 * try (ZoomScimFake fake = ZoomScimFake.start()) {
 *     // ... code under test sends POST fake.baseUri() + "/Users" with "Authorization: Bearer " + fake.token()
 *     RecordedRequest post = fake.takeRequest();
 *     assertThat(post.method()).isEqualTo("POST");
 *     assertThat(fake.users()).hasSize(1);
 * }
 * }</pre>
 *
 * <p>The {@link FakeProfile#ZOOM default profile} behaves as Zoom does in production (Zoom's eleven
 * operations under {@code /scim2} and {@code /scim}, its filter subset, PUT as a merge, PATCH and error
 * quirks); {@link FakeProfile#SCIM} is a complete RFC 7644 service on the same store. Requests need
 * {@code Authorization: Bearer <token>}; tokens come from {@link #token()} or from the fake Zoom OAuth
 * endpoint at {@link #oauthTokenUri()}: for a Server-to-Server app when {@link Builder#oauthClient} is
 * configured, for a user-authorized OAuth app (authorization code grant at {@link #oauthAuthorizeUri()},
 * rotating refresh tokens, revocation at {@link #oauthRevokeUri()}) when {@link Builder#oauthApp} is.
 *
 * <p>Scripted failures ({@link #enqueueFault}), a request journal ({@link #takeRequest()},
 * {@link #requests()}) and direct store access ({@link #seedUser}, {@link #users()}, {@link #reset()})
 * make client behaviour observable. All methods are thread-safe. {@link #close()} stops the server and
 * frees the port.
 */
public final class ZoomScimFake implements AutoCloseable {

    private final FakeServer server;
    private final FakeConfig config;

    private ZoomScimFake(FakeConfig config) {
        this.config = config;
        this.server = FakeServer.start(config);
    }

    /**
     * Starts a fake with every default: ephemeral port, random token, ZOOM profile, no OAuth client,
     * no rate limits.
     *
     * @return the running fake
     * @throws java.io.UncheckedIOException if no port can be bound
     */
    public static ZoomScimFake start() {
        return builder().start();
    }

    /** @return a builder with every default (see each setter) */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the SCIM base URL, {@code http://127.0.0.1:PORT/scim2} */
    public URI baseUri() {
        return URI.create(server.root() + "/scim2");
    }

    /** @return the static bearer token the fake accepts (until {@link #expireAllTokens()}) */
    public String token() {
        return config.token();
    }

    /**
     * @return the fake Zoom OAuth token endpoint, {@code http://127.0.0.1:PORT/oauth/token}: POST with
     *         {@code grant_type=account_credentials&account_id=…} and HTTP Basic {@code clientId:clientSecret}
     */
    public URI oauthTokenUri() {
        return URI.create(server.root() + "/oauth/token");
    }

    /**
     * @return the fake Zoom authorization endpoint, {@code http://127.0.0.1:PORT/oauth/authorize}: a GET
     *         with {@code response_type=code&client_id=…&redirect_uri=…&state=…} (and PKCE
     *         {@code code_challenge}, {@code code_challenge_method=S256}) is approved at once and
     *         answered 302 to the registered redirect URI with {@code code} and {@code state}; the code
     *         lives 5 minutes on the fake's clock and is single use
     */
    public URI oauthAuthorizeUri() {
        return URI.create(server.root() + "/oauth/authorize");
    }

    /**
     * @return the fake Zoom revocation endpoint, {@code http://127.0.0.1:PORT/oauth/revoke}: POST
     *         {@code token=…} with HTTP Basic app credentials ends the OAuth app's authorization
     */
    public URI oauthRevokeUri() {
        return URI.create(server.root() + "/oauth/revoke");
    }

    /** @return the port the fake listens on */
    public int port() {
        return server.root().getPort();
    }

    /** @return the profile the fake was started with */
    public FakeProfile profile() {
        return config.profile();
    }

    /**
     * Expires every access token now: those the OAuth endpoint issued (to the Server-to-Server app and
     * to the OAuth app) and the static {@link #token()}. Requests with them are answered 401 ("Access
     * token is expired."); tokens issued afterwards are valid. The OAuth app's refresh token stays valid,
     * so a client refreshes as it would after an hour at Zoom. {@link #reset()} makes the static token
     * valid again.
     */
    public void expireAllTokens() {
        server.tokens().expireAll();
    }

    /**
     * Queues a fault for the next request that matches. Faults apply in the order queued; each request
     * takes at most one (the first queued whose match applies).
     *
     * @param match which request
     * @param fault what happens to it
     * @throws NullPointerException if an argument is null
     */
    public void enqueueFault(RequestMatch match, Fault fault) {
        enqueueFault(match, fault, 1);
    }

    /**
     * Queues a fault for the next {@code times} requests that match.
     *
     * @param match which requests
     * @param fault what happens to them
     * @param times how many matching requests it applies to; at least 1
     * @throws NullPointerException     if {@code match} or {@code fault} is null
     * @throws IllegalArgumentException if {@code times} is below 1
     */
    public void enqueueFault(RequestMatch match, Fault fault, int times) {
        Objects.requireNonNull(match, "match is null");
        Objects.requireNonNull(fault, "fault is null");
        server.enqueueFault(match, fault, times);
    }

    /** @return a description of each queued fault not yet used up (empty when all were used) */
    public List<String> unusedFaults() {
        return server.faults().pending();
    }

    /**
     * Waits for the next request not yet taken, in the order answers completed.
     *
     * @return the request
     * @throws InterruptedException if interrupted while waiting
     */
    public RecordedRequest takeRequest() throws InterruptedException {
        return server.journal().take(null);
    }

    /**
     * Waits up to {@code timeout} for the next request not yet taken.
     *
     * @param timeout how long to wait
     * @return the request, or {@code null} if none arrived in time
     * @throws InterruptedException if interrupted while waiting
     * @throws NullPointerException if {@code timeout} is null
     */
    public RecordedRequest takeRequest(Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout is null");
        return server.journal().take(timeout);
    }

    /**
     * @return every retained request, oldest first: the most recent {@link Builder#journalCapacity} that fit
     *         in {@link Builder#journalBytes}
     */
    public List<RecordedRequest> requests() {
        return server.journal().all();
    }

    /** @return how many requests were answered (or dropped) since start or {@link #reset()} */
    public int requestCount() {
        return (int) Math.min(Integer.MAX_VALUE, server.journal().count());
    }

    /**
     * Stores a user without HTTP, with the same rules as {@code POST /Users}; an {@code id} member in the
     * JSON chooses the id (e.g. a Zoom-shaped {@code "k&KdKr6TLWuxdDtk0hjSzL"}).
     *
     * @param user the user
     * @return its id
     * @throws ScimException        if the user is invalid or conflicts (e.g. 409 for a taken userName)
     * @throws NullPointerException if {@code user} is null
     */
    public String seedUser(JsonObject user) {
        Objects.requireNonNull(user, "user is null");
        return server.service().seedUser(user).id();
    }

    /**
     * Stores a group without HTTP, with the same rules as {@code POST /Groups}; an {@code id} member
     * chooses the id. Members must name stored users.
     *
     * @param group the group
     * @return its id
     * @throws ScimException        if the group is invalid or conflicts
     * @throws NullPointerException if {@code group} is null
     */
    public String seedGroup(JsonObject group) {
        Objects.requireNonNull(group, "group is null");
        return server.service().seedGroup(group).id();
    }

    /** @return every stored user as stored (with {@code id}, {@code meta}, {@code groups}), in creation order */
    public List<JsonObject> users() {
        return jsonOf(server.store().users());
    }

    /**
     * @param id a user id
     * @return the stored user, if any
     * @throws NullPointerException if {@code id} is null
     */
    public Optional<JsonObject> user(String id) {
        Objects.requireNonNull(id, "id is null");
        return server.store().user(id).map(StoredResource::json);
    }

    /** @return every stored group as stored (with {@code members}), in creation order */
    public List<JsonObject> groups() {
        return jsonOf(server.store().groups());
    }

    /**
     * @param id a group id
     * @return the stored group, if any
     * @throws NullPointerException if {@code id} is null
     */
    public Optional<JsonObject> group(String id) {
        Objects.requireNonNull(id, "id is null");
        return server.store().group(id).map(StoredResource::json);
    }

    /** @return the id of the account's undeletable default group, if {@link Builder#defaultGroup} set one */
    public Optional<String> defaultGroupId() {
        return server.store().defaultGroupId();
    }

    /**
     * Returns the fake to its just-started state: no users or groups (but the default group), empty
     * journal, no queued faults, no issued tokens, static token valid, rate-limit buckets full. Ids
     * restart from the same seed.
     */
    public void reset() {
        server.reset();
    }

    /** Stops the server and frees its port. Idempotent. */
    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return "ZoomScimFake[" + baseUri() + ", profile=" + config.profile() + "]";
    }

    private static List<JsonObject> jsonOf(Iterable<StoredResource> resources) {
        List<JsonObject> list = new ArrayList<>();
        resources.forEach(resource -> list.add(resource.json()));
        return List.copyOf(list);
    }

    /**
     * Configures a {@link ZoomScimFake}. Every setter validates at once and may be called once; a second
     * call throws {@link IllegalStateException} naming the earlier value. Not thread-safe.
     */
    public static final class Builder {
        private Integer port;
        private String token;
        private FakeProfile profile;
        private Clock clock;
        private FakeConfig.OAuthClient oauthClient;
        private OAuthAppConfig oauthApp;
        private Duration tokenTtl;
        private RateLimits rateLimits;
        private Integer defaultPageSize;
        private Integer maxPageSize;
        private Integer basicUserCap;
        private Integer maxBodyChars;
        private Integer groupPatchMaxChars;
        private Integer maxJsonDepth;
        private Integer threads;
        private String defaultGroup;
        private Long idSeed;
        private Integer journalCapacity;
        private Long journalBytes;
        private Set<Misbehaviour> misbehaviours;
        private Boolean singleSignOnEnabled;
        private Boolean scimScopeGranted;
        private Set<String> pendingUsers;
        private Duration readTimeout;

        private Builder() {
        }

        /**
         * @param value the port on 127.0.0.1, 0 to 65535; default 0 (an ephemeral port)
         * @return this
         * @throws IllegalArgumentException if out of range
         * @throws IllegalStateException    if already set
         */
        public Builder port(int value) {
            once(port, "port");
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535 but was " + value);
            }
            port = value;
            return this;
        }

        /**
         * @param value the static bearer token; default a random 43-character token
         * @return this
         * @throws IllegalArgumentException if blank or containing whitespace
         * @throws IllegalStateException    if already set
         */
        public Builder token(String value) {
            once(token == null ? null : "<redacted>", "token");
            Objects.requireNonNull(value, "token is null");
            if (value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("token must be non-blank without whitespace");
            }
            token = value;
            return this;
        }

        /**
         * @param value ZOOM (default) or SCIM
         * @return this
         * @throws IllegalStateException if already set
         */
        public Builder profile(FakeProfile value) {
            once(profile, "profile");
            profile = Objects.requireNonNull(value, "profile is null");
            return this;
        }

        /**
         * @param value the time source for {@code meta} timestamps, token expiry and rate limiting;
         *              default {@link Clock#systemUTC()}
         * @return this
         * @throws IllegalStateException if already set
         */
        public Builder clock(Clock value) {
            once(clock, "clock");
            clock = Objects.requireNonNull(value, "clock is null");
            return this;
        }

        /**
         * Enables the fake Zoom OAuth endpoint for one Server-to-Server OAuth app; default none (every
         * token request is refused with 401 {@code invalid_client}).
         *
         * @param accountId    the Zoom account id the client must name
         * @param clientId     the client id
         * @param clientSecret the client secret
         * @return this
         * @throws IllegalArgumentException if a value is blank
         * @throws IllegalStateException    if already set
         */
        public Builder oauthClient(String accountId, String clientId, String clientSecret) {
            once(oauthClient, "oauthClient");
            requireText(accountId, "accountId");
            requireText(clientId, "clientId");
            requireText(clientSecret, "clientSecret");
            oauthClient = new FakeConfig.OAuthClient(accountId, clientId, clientSecret);
            return this;
        }

        /**
         * Enables the fake Zoom OAuth app endpoints for one user-authorized OAuth app (authorization code
         * grant); default none. {@code GET /oauth/authorize} approves at once and redirects to
         * {@code redirectUri} with {@code code} and {@code state}; {@code POST /oauth/token} exchanges a
         * code ({@code grant_type=authorization_code}: 5 minutes, single use, redirect URI and PKCE
         * checked) and refreshes ({@code grant_type=refresh_token}: the refresh token rotates and the
         * previous one is refused at once); {@code POST /oauth/revoke} ends the authorization. A new
         * authorization supersedes the previous one. Errors are Zoom's: {@code {"reason":…,"error":…,
         * "errorCode":…}} with 4702 (client), 4705/4706 (grant type), 4709 (redirect URI), 4733 (code
         * expired), 4734 (code invalid, used, or PKCE verifier wrong), 4737 (unknown token), 4741 (refresh
         * token rotated away or revoked).
         *
         * @param clientId     the app's client id
         * @param clientSecret the app's client secret
         * @param redirectUri  the app's one registered redirect URI (absolute, no fragment)
         * @return this
         * @throws IllegalArgumentException if a value is blank, or the URI is not absolute or has a fragment
         * @throws IllegalStateException    if already set
         */
        public Builder oauthApp(String clientId, String clientSecret, URI redirectUri) {
            once(oauthApp, "oauthApp");
            requireText(clientId, "clientId");
            requireText(clientSecret, "clientSecret");
            Objects.requireNonNull(redirectUri, "redirectUri is null");
            if (!redirectUri.isAbsolute() || redirectUri.getFragment() != null) {
                throw new IllegalArgumentException("redirectUri must be absolute without fragment but was "
                        + redirectUri);
            }
            oauthApp = new OAuthAppConfig(clientId, clientSecret, redirectUri);
            return this;
        }

        /**
         * @param value lifetime of tokens the OAuth endpoint issues, measured by the clock; default one hour
         * @return this
         * @throws IllegalArgumentException if not at least one second
         * @throws IllegalStateException    if already set
         */
        public Builder tokenTtl(Duration value) {
            once(tokenTtl, "tokenTtl");
            Objects.requireNonNull(value, "tokenTtl is null");
            if (value.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("tokenTtl must be at least 1 second but was " + value);
            }
            tokenTtl = value;
            return this;
        }

        /**
         * @param value per-category request limits; default {@link RateLimits#off()}
         * @return this
         * @throws IllegalStateException if already set
         */
        public Builder rateLimits(RateLimits value) {
            once(rateLimits, "rateLimits");
            rateLimits = Objects.requireNonNull(value, "rateLimits is null");
            return this;
        }

        /**
         * @param value items per page when a list request has no {@code count}; default the profile's
         *              {@link dev.scimkit.core.dialect.Dialect#defaultPageSize()} (10, as in Zoom's
         *              documentation), or the maximum page size if that is smaller
         * @return this
         * @throws IllegalArgumentException if below 1
         * @throws IllegalStateException    if already set
         */
        public Builder defaultPageSize(int value) {
            once(defaultPageSize, "defaultPageSize");
            defaultPageSize = positive(value, "defaultPageSize");
            return this;
        }

        /**
         * @param value the most items per page; a larger {@code count} is clamped; default the profile's
         *              {@link dev.scimkit.core.dialect.Dialect#maxPageSize()} (100)
         * @return this
         * @throws IllegalArgumentException if below 1
         * @throws IllegalStateException    if already set
         */
        public Builder maxPageSize(int value) {
            once(maxPageSize, "maxPageSize");
            maxPageSize = positive(value, "maxPageSize");
            return this;
        }

        /**
         * @param value the most users of userType Basic the account may hold (ZOOM profile), 0 for no cap;
         *              default the profile's {@link dev.scimkit.core.dialect.Dialect#basicUserCap()}
         *              (Zoom: 9,999, its documented ceiling)
         * @return this
         * @throws IllegalArgumentException if negative
         * @throws IllegalStateException    if already set
         */
        public Builder basicUserCap(int value) {
            once(basicUserCap, "basicUserCap");
            if (value < 0) {
                throw new IllegalArgumentException("basicUserCap must be 0 (no cap) or positive but was " + value);
            }
            basicUserCap = value;
            return this;
        }

        /**
         * @param value the largest request body accepted, in characters; larger is answered 413;
         *              default 1,048,576
         * @return this
         * @throws IllegalArgumentException if below 1,024
         * @throws IllegalStateException    if already set
         */
        public Builder maxBodyChars(int value) {
            once(maxBodyChars, "maxBodyChars");
            if (value < 1024) {
                throw new IllegalArgumentException("maxBodyChars must be at least 1024 but was " + value);
            }
            maxBodyChars = value;
            return this;
        }

        /**
         * @param value the largest group PATCH body accepted, in characters; larger is answered 413;
         *              default the profile's {@link dev.scimkit.core.dialect.Dialect#groupPatchMaxChars()}
         *              (ZOOM: 100,000, Zoom's documented limit; SCIM: none besides maxBodyChars)
         * @return this
         * @throws IllegalArgumentException if below 1
         * @throws IllegalStateException    if already set
         */
        public Builder groupPatchMaxChars(int value) {
            once(groupPatchMaxChars, "groupPatchMaxChars");
            groupPatchMaxChars = positive(value, "groupPatchMaxChars");
            return this;
        }

        /**
         * @param value the deepest JSON nesting accepted; deeper is answered 400; default 64
         * @return this
         * @throws IllegalArgumentException if below 4
         * @throws IllegalStateException    if already set
         */
        public Builder maxJsonDepth(int value) {
            once(maxJsonDepth, "maxJsonDepth");
            if (value < 4) {
                throw new IllegalArgumentException("maxJsonDepth must be at least 4 but was " + value);
            }
            maxJsonDepth = value;
            return this;
        }

        /**
         * @param value worker threads serving requests; default 8
         * @return this
         * @throws IllegalArgumentException if not 1 to 256
         * @throws IllegalStateException    if already set
         */
        public Builder threads(int value) {
            once(threads, "threads");
            if (value < 1 || value > 256) {
                throw new IllegalArgumentException("threads must be 1 to 256 but was " + value);
            }
            threads = value;
            return this;
        }

        /**
         * @param displayName the account's default group, created at start and after {@link #reset()};
         *                    deleting it is answered 400 "Cannot delete account default group."; default none
         * @return this
         * @throws IllegalArgumentException if blank
         * @throws IllegalStateException    if already set
         */
        public Builder defaultGroup(String displayName) {
            once(defaultGroup, "defaultGroup");
            requireText(displayName, "displayName");
            defaultGroup = displayName;
            return this;
        }

        /**
         * @param value seed of the id generator, for reproducible ids; default random
         * @return this
         * @throws IllegalStateException if already set
         */
        public Builder idSeed(long value) {
            once(idSeed, "idSeed");
            idSeed = value;
            return this;
        }

        /**
         * @param value how many requests the journal keeps (older ones are dropped, still counted);
         *              0 keeps none; default 10,000
         * @return this
         * @throws IllegalArgumentException if negative
         * @throws IllegalStateException    if already set
         */
        public Builder journalCapacity(int value) {
            once(journalCapacity, "journalCapacity");
            if (value < 0) {
                throw new IllegalArgumentException("journalCapacity must not be negative but was " + value);
            }
            journalCapacity = value;
            return this;
        }

        /**
         * Bounds the journal by memory: the oldest requests are dropped (still counted) once the kept ones
         * would hold more than {@code value} bytes of heap (estimated as an upper bound), and a request or
         * response body longer than 1/512 of it (128 KiB by default) is kept as its first bytes with a marker
         * ({@link RecordedRequest#bodyTruncated()}). 0 keeps none; default 64 MiB.
         *
         * @param value the journal's bound in bytes
         * @return this
         * @throws IllegalArgumentException if negative
         * @throws IllegalStateException    if already set
         */
        public Builder journalBytes(long value) {
            once(journalBytes, "journalBytes");
            if (value < 0) {
                throw new IllegalArgumentException("journalBytes must not be negative but was " + value);
            }
            journalBytes = value;
            return this;
        }

        /**
         * Makes the fake deviate from SCIM on purpose, to prove that a test or the
         * {@link dev.scimkit.testkit.conformance.ConformanceSuite conformance suite} notices; default none.
         *
         * @param values the misbehaviours (see {@link Misbehaviour})
         * @return this
         * @throws IllegalArgumentException if none is given
         * @throws IllegalStateException    if already set
         */
        public Builder misbehave(Misbehaviour... values) {
            once(misbehaviours, "misbehaviours");
            Objects.requireNonNull(values, "values is null");
            if (values.length == 0) {
                throw new IllegalArgumentException("misbehave needs at least one misbehaviour");
            }
            misbehaviours = Set.of(values);
            return this;
        }

        /**
         * Whether the Zoom account has single sign-on enabled, which Zoom requires for SCIM; default
         * {@code true}. When {@code false}, every SCIM call with a valid token is answered 400
         * {@code Account has not enabled Single Sign-On.}, as Zoom does.
         *
         * @param value whether SSO is enabled
         * @return this
         * @throws IllegalStateException if already set
         */
        public Builder singleSignOnEnabled(boolean value) {
            once(singleSignOnEnabled, "singleSignOnEnabled");
            singleSignOnEnabled = value;
            return this;
        }

        /**
         * Whether tokens carry the {@code scim2} scope; default {@code true}. When {@code false}, every
         * SCIM call with a valid token is answered 403 {@code The request was denied due to insufficient
         * permissions: "User:Edit"} ({@code "Group:Edit"} for groups), as Zoom does for an OAuth app
         * without the scope, and the OAuth endpoint reports a scope without {@code scim2}.
         *
         * @param value whether the scope is granted
         * @return this
         * @throws IllegalStateException if already set
         */
        public Builder scimScopeGranted(boolean value) {
            once(scimScopeGranted, "scimScopeGranted");
            scimScopeGranted = value;
            return this;
        }

        /**
         * Users that were invited but have not activated their account (or whose invitation expired);
         * default none. A {@code userName eq} lookup of one is answered 400 {@code User {email} not exist
         * or not belong to this account.}, as Zoom does; they are not stored users.
         *
         * @param userNames the pending users' userNames (emails)
         * @return this
         * @throws IllegalArgumentException if none is given or one is blank
         * @throws IllegalStateException    if already set
         */
        public Builder pendingUsers(String... userNames) {
            once(pendingUsers, "pendingUsers");
            Objects.requireNonNull(userNames, "userNames is null");
            if (userNames.length == 0) {
                throw new IllegalArgumentException("pendingUsers needs at least one userName");
            }
            for (String userName : userNames) {
                requireText(userName, "userName");
            }
            pendingUsers = Set.copyOf(java.util.Arrays.asList(userNames));
            return this;
        }

        /**
         * Bounds how long the fake waits for a client: a request must arrive completely (head and body)
         * within this time from its first byte, or it is answered 408 and the connection closed; a kept-alive
         * connection idle this long is closed; a response the client does not read for this long is
         * abandoned. Waiting never holds a worker thread, so slow clients cannot stop the fake serving
         * others. Default 30 seconds.
         *
         * @param value the read timeout
         * @return this
         * @throws IllegalArgumentException if not between 10 milliseconds and 1 hour
         * @throws IllegalStateException    if already set
         */
        public Builder readTimeout(Duration value) {
            once(readTimeout, "readTimeout");
            Objects.requireNonNull(value, "readTimeout is null");
            if (value.compareTo(Duration.ofMillis(10)) < 0 || value.compareTo(Duration.ofHours(1)) > 0) {
                throw new IllegalArgumentException("readTimeout must be 10 ms to 1 hour but was " + value);
            }
            readTimeout = value;
            return this;
        }

        /**
         * Starts the fake.
         *
         * @return the running fake
         * @throws IllegalStateException        if defaultPageSize exceeds maxPageSize
         * @throws java.io.UncheckedIOException if the port cannot be bound
         */
        public ZoomScimFake start() {
            FakeProfile chosen = profile == null ? FakeProfile.ZOOM : profile;
            Dialect dialect = chosen.dialect();
            int max = maxPageSize == null ? dialect.maxPageSize() : maxPageSize;
            if (defaultPageSize != null && defaultPageSize > max) {
                throw new IllegalStateException("defaultPageSize " + defaultPageSize + " exceeds maxPageSize " + max);
            }
            int pageSize = defaultPageSize == null ? Math.min(dialect.defaultPageSize(), max) : defaultPageSize;
            FakeConfig config = new FakeConfig(
                    port == null ? 0 : port,
                    token == null ? TokenRegistry.randomToken() : token,
                    chosen,
                    clock == null ? Clock.systemUTC() : clock,
                    oauthClient,
                    tokenTtl == null ? Duration.ofHours(1) : tokenTtl,
                    rateLimits == null ? RateLimits.off() : rateLimits,
                    pageSize,
                    max,
                    basicUserCap == null ? dialect.basicUserCap().orElse(0) : basicUserCap,
                    maxBodyChars == null ? 1 << 20 : maxBodyChars,
                    groupPatchMaxChars == null ? dialect.groupPatchMaxChars().orElse(Integer.MAX_VALUE)
                            : groupPatchMaxChars,
                    maxJsonDepth == null ? 64 : maxJsonDepth,
                    threads == null ? 8 : threads,
                    defaultGroup,
                    idSeed == null ? System.nanoTime() : idSeed,
                    journalCapacity == null ? 10_000 : journalCapacity,
                    misbehaviours == null ? Set.of() : misbehaviours,
                    new ZoomAccount(singleSignOnEnabled == null || singleSignOnEnabled,
                            scimScopeGranted == null || scimScopeGranted,
                            pendingUsers == null ? Set.of() : pendingUsers),
                    oauthApp,
                    readTimeout == null ? Duration.ofSeconds(30) : readTimeout,
                    journalBytes == null ? 64L << 20 : journalBytes);
            return new ZoomScimFake(config);
        }

        private static void once(Object previous, String name) {
            if (previous != null) {
                throw new IllegalStateException(name + " was already set to " + previous);
            }
        }

        private static int positive(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1 but was " + value);
            }
            return value;
        }

        private static void requireText(String value, String name) {
            Objects.requireNonNull(value, name + " is null");
            if (value.isBlank()) {
                throw new IllegalArgumentException(name + " is blank");
            }
        }
    }
}
