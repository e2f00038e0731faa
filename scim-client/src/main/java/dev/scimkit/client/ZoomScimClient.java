package dev.scimkit.client;

import dev.scimkit.client.internal.ClientCore;
import dev.scimkit.client.internal.ConnectionTester;
import dev.scimkit.client.internal.HttpClientTransport;
import dev.scimkit.client.internal.Pipeline;
import dev.scimkit.client.internal.Waiting;
import dev.scimkit.client.internal.RateLimiter;
import dev.scimkit.client.internal.StaticToken;
import dev.scimkit.client.internal.UriPolicy;
import java.lang.System.Logger;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * A client for Zoom's SCIM 2.0 API (and any SCIM service that behaves like it).
 *
 * <h2>Use one client</h2>
 * A client is immutable and thread-safe; create one and share it. It holds an {@link HttpClient}
 * (connection pool) and a rate limiter that all calls share. There is nothing to close.
 * <pre>{@code
 * ZoomScimClient zoom = ZoomScimClient.builder()
 *         .tokenProvider(ZoomServerToServerOAuth.builder()
 *                 .accountId(accountId).clientId(clientId).clientSecret(secret).build())
 *         .build();
 * User created = zoom.users().create(User.builder().userName("jill@example.com")…build());
 * zoom.users().deactivate(created.id());
 * }</pre>
 *
 * <h2>Customise with {@code newBuilder()}</h2>
 * {@link #newBuilder()} returns a builder holding this client's settings; the client it builds
 * shares this client's {@code HttpClient} and rate limiter (unless the derived builder changes
 * the rate limit, clock, executor or connect timeout), and this client stays unchanged.
 *
 * <h2>What every call does</h2>
 * Each request passes through ordered stages: authentication (a 401 makes a
 * {@link TokenProvider} refresh once), retries (429 for any method; 502/503/504 and connection
 * failures for GET, PUT, PATCH, DELETE; a create whose outcome is unknown is looked up first and
 * never blindly repeated), client-side rate limiting, redirects (the token never goes to another
 * host), SCIM headers, logging through {@link System.Logger} (DEBUG: method, path, status,
 * latency, attempt; TRACE: bodies with every secret value masked), and the send itself, whose
 * response body is capped.
 *
 * <h2>Deadlines</h2>
 * Every attempt ends within {@link Builder#requestTimeout requestTimeout} (default 30 s), counted
 * from connecting to the last byte of the body, so a server that stalls after the headers or
 * trickles its body cannot hold a call. Every call, all its attempts, backoffs, rate-limit waits and
 * the look-up of an uncertain create included, ends within {@link Builder#callTimeout callTimeout}
 * (default 3 minutes): a wait that would outlast it fails at once.
 *
 * <h2>Errors</h2>
 * Every failure is a {@link ScimClientException}. An error the server answered is the subclass for
 * its status ({@link BadRequestException} means "the server said 400", and so on); failures of the
 * client's own are their own types: {@link ScimConnectionException} (no answer; {@code timedOut()}
 * when a deadline passed), {@link InvalidResponseException} (an answer the client cannot use:
 * malformed body, a status outside 100–599, too large, endless redirects or paging),
 * {@link InvalidFilterException} (a filter refused before sending) and
 * {@link ScimInterruptedException} (the waiting thread was interrupted).
 */
public final class ZoomScimClient {

    /** Zoom's SCIM base URI, the default {@link Builder#baseUri(URI)}. */
    public static final URI ZOOM_BASE_URI = URI.create("https://api.zoom.us/scim2");
    private static final String USER_AGENT = "scimkit/0.1 (java.net.http)";

    private final Builder settings;
    private final HttpClient httpClient;
    private final RateLimiter rateLimiter;
    private final ClientCore core;
    private final Users users;
    private final Groups groups;

    private ZoomScimClient(Builder settings, HttpClient httpClient, RateLimiter rateLimiter) {
        this.settings = settings;
        this.httpClient = httpClient;
        this.rateLimiter = rateLimiter;
        Pipeline pipeline = Pipeline.standard(settings.tokens, settings.retryPolicy, settings.random, rateLimiter,
                settings.sleeper, settings.clock, settings.callTimeout, settings.allowInsecureHttp, settings.logger,
                USER_AGENT, new HttpClientTransport(httpClient, settings.requestTimeout, settings.maxResponseBytes,
                        settings.clock));
        this.core = new ClientCore(pipeline, settings.baseUri, settings.maxResponseBytes, settings.zoomCompatibility,
                settings.clock);
        this.users = new Users(core);
        this.groups = new Groups(core);
    }

    /** @return a builder with every setting at its default */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a builder holding this client's settings; what it builds shares this client's
     *         HttpClient and rate limiter, and this client is not affected
     */
    public Builder newBuilder() {
        Builder copy = settings.copy();
        copy.inheritedHttpClient = httpClient;
        copy.inheritedRateLimiter = rateLimiter;
        return copy;
    }

    /** @return the {@code /Users} endpoint */
    public Users users() {
        return users;
    }

    /** @return the {@code /Groups} endpoint */
    public Groups groups() {
        return groups;
    }

    /**
     * Checks, in order, what the "Test Connection" button of an identity provider checks, and says what
     * to do about each failure ({@link ConnectionReport.Check}): the base URL answers and is Zoom's SCIM
     * path {@code /scim2} (a {@code /scim} or {@code /v2/scim2} base is named in the report); the
     * access token is issued (for {@link ZoomServerToServerOAuth}: whether the account id, the client
     * id/secret or the token endpoint failed) and accepted (401); it carries the {@code scim2} scope
     * (403); the account can use SCIM (400 "Account has not enabled Single Sign-On."); and
     * {@code GET /Users?startIndex=1&count=1} returns a ListResponse. It sends one token request (if
     * the provider needs one) and one list request, with the client's retries.
     *
     * <pre>{@code
     * ConnectionReport report = zoom.testConnection();
     * if (!report.successful()) {
     *     System.err.print(report.toText());
     * }
     * }</pre>
     *
     * @return the report; expected failures are steps of the report, not exceptions
     */
    public ConnectionReport testConnection() {
        return Waiting.await(() -> tester().run());
    }

    /**
     * Asynchronous {@link #testConnection()}. A Server-to-Server token is fetched on the calling thread
     * (as every call does when its token is not cached).
     *
     * @return the report
     */
    public CompletableFuture<ConnectionReport> testConnectionAsync() {
        return tester().run();
    }

    private ConnectionTester tester() {
        return new ConnectionTester(core, settings.tokens, settings.baseUri,
                settings.tokens instanceof ZoomServerToServerOAuth ? ConnectionTester.TokenSource.SERVER_TO_SERVER
                        : settings.tokens instanceof ZoomOAuthApp ? ConnectionTester.TokenSource.OAUTH_APP
                        : ConnectionTester.TokenSource.STATIC);
    }

    /** @return the SCIM base URI requests go to */
    public URI baseUri() {
        return settings.baseUri;
    }

    /** @return the retry policy */
    public RetryPolicy retryPolicy() {
        return settings.retryPolicy;
    }

    /** @return the client-side rate limit */
    public RateLimit rateLimit() {
        return rateLimiter.limit();
    }

    /** @return the longest one attempt may take, from connecting to the last byte of the body */
    public Duration requestTimeout() {
        return settings.requestTimeout;
    }

    /** @return the longest a whole call may take, every attempt and wait included */
    public Duration callTimeout() {
        return settings.callTimeout;
    }

    /** @return whether filters Zoom does not support are rejected before sending */
    public boolean zoomCompatibility() {
        return settings.zoomCompatibility;
    }

    /** @return the settings, never a token or secret */
    @Override
    public String toString() {
        return "ZoomScimClient[baseUri=" + settings.baseUri + ", auth=" + settings.authSetting
                + ", retryPolicy=" + settings.retryPolicy + ", rateLimit=" + rateLimiter.limit()
                + ", zoomCompatibility=" + settings.zoomCompatibility + "]";
    }

    HttpClient httpClient() {
        return httpClient;
    }

    RateLimiter rateLimiter() {
        return rateLimiter;
    }

    /**
     * Configures a {@link ZoomScimClient}. Not thread-safe. Every setter validates its argument at
     * once and says what happens if it is not invoked. Each setting may be given once: a second
     * call, or a setting that excludes one already given, throws an {@link IllegalStateException}
     * naming both values (a builder from {@link ZoomScimClient#newBuilder()} holds the original's
     * settings, and each may be replaced once).
     */
    public static final class Builder {

        private URI baseUri = ZOOM_BASE_URI;
        private TokenProvider tokens;
        private String authSetting;
        private HttpClient httpClient;
        private HttpClient inheritedHttpClient;
        private Executor executor;
        private Duration connectTimeout;
        private Duration requestTimeout = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ofMinutes(3);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private RateLimit rateLimit = RateLimit.zoomPro();
        private RateLimiter inheritedRateLimiter;
        private Logger logger = System.getLogger("dev.scimkit.client");
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private RandomGenerator random = ThreadLocalRandom.current();
        private long maxResponseBytes = 8L << 20;
        private boolean zoomCompatibility;
        private boolean allowInsecureHttp;
        /** The settings given to this builder, with their values as shown in messages (never a secret). */
        private final Map<String, String> given = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The SCIM base URI. If this method is not invoked, {@code https://api.zoom.us/scim2}.
         *
         * @param baseUri an absolute http(s) URI without query or fragment; plain http is accepted by
         *                {@link #build()} only for loopback hosts unless {@link #allowInsecureHttp} is set
         * @return this builder
         * @throws IllegalArgumentException if it is not such a URI
         * @throws IllegalStateException    if it was already set
         */
        public Builder baseUri(URI baseUri) {
            Objects.requireNonNull(baseUri, "baseUri is null");
            String scheme = baseUri.getScheme();
            if (!baseUri.isAbsolute() || baseUri.getHost() == null || baseUri.getRawQuery() != null
                    || baseUri.getRawFragment() != null
                    || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                throw new IllegalArgumentException("baseUri must be an absolute http(s) URI with a host and without "
                        + "query or fragment, but was " + baseUri);
            }
            once("baseUri", baseUri);
            this.baseUri = baseUri;
            return this;
        }

        /**
         * Authenticates with a fixed bearer token. Exactly one of this and {@link #tokenProvider} is
         * required (on a builder from {@link ZoomScimClient#newBuilder()}, either replaces the inherited one).
         *
         * @param token the token, without the {@code Bearer } prefix
         * @return this builder
         * @throws IllegalArgumentException if blank or not a valid header value (the message never shows it)
         * @throws IllegalStateException    if this or {@link #tokenProvider} was already set
         */
        public Builder bearerToken(String token) {
            Objects.requireNonNull(token, "token is null");
            if (token.isBlank()) {
                throw new IllegalArgumentException("bearerToken must not be blank");
            }
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                if (c <= ' ' || c >= 0x7F) {
                    throw new IllegalArgumentException("bearerToken has a character not allowed in an HTTP header at index "
                            + i + " (value not shown)");
                }
            }
            setAuth("bearerToken", "<redacted>", new StaticToken(token));
            return this;
        }

        /**
         * Authenticates with tokens from a provider, such as {@link ZoomServerToServerOAuth}; a 401
         * makes the client {@linkplain TokenProvider#invalidate invalidate} the token and retry once.
         * Exactly one of this and {@link #bearerToken} is required.
         *
         * @param provider the provider
         * @return this builder
         * @throws IllegalStateException if this or {@link #bearerToken} was already set
         */
        public Builder tokenProvider(TokenProvider provider) {
            Objects.requireNonNull(provider, "provider is null");
            setAuth("tokenProvider", provider instanceof ZoomServerToServerOAuth ? provider.toString()
                    : "a " + provider.getClass().getSimpleName(), provider);
            return this;
        }

        private void setAuth(String setting, String shown, TokenProvider provider) {
            String other = setting.equals("bearerToken") ? "tokenProvider" : "bearerToken";
            if (given.containsKey(other)) {
                throw new IllegalStateException(other + " was already set to " + given.get(other) + "; " + setting
                        + " (" + shown + ") is an alternative to it: set only one");
            }
            once(setting, shown);
            this.tokens = provider;
            this.authSetting = setting;
        }

        /**
         * Sends with a caller-supplied HTTP client (its connect timeout, proxy, TLS and executor
         * apply). If this method is not invoked, the client creates one that does not follow
         * redirects, with {@link #connectTimeout} and {@link #executor}.
         *
         * @param httpClient a client whose {@code followRedirects()} is {@code NEVER} (the client
         *                   follows redirects itself, so a token never reaches another host)
         * @return this builder
         * @throws IllegalArgumentException if it follows redirects
         * @throws IllegalStateException    if it, {@link #executor} or {@link #connectTimeout} was already set
         */
        public Builder httpClient(HttpClient httpClient) {
            Objects.requireNonNull(httpClient, "httpClient is null");
            if (httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
                throw new IllegalArgumentException("httpClient must not follow redirects (followRedirects is "
                        + httpClient.followRedirects() + "): the client follows redirects itself so that the token "
                        + "never reaches another host");
            }
            excludes("executor", "httpClient", httpClient);
            excludes("connectTimeout", "httpClient", httpClient);
            once("httpClient", httpClient);
            this.httpClient = httpClient;
            this.inheritedHttpClient = null;
            return this;
        }

        /**
         * The executor for the client-created HttpClient's asynchronous work. If this method is not
         * invoked, the HttpClient's default.
         *
         * @param executor the executor
         * @return this builder
         * @throws IllegalStateException if it or {@link #httpClient} was already set
         */
        public Builder executor(Executor executor) {
            Objects.requireNonNull(executor, "executor is null");
            excludes("httpClient", "executor", executor);
            once("executor", executor);
            this.executor = executor;
            this.inheritedHttpClient = null;
            return this;
        }

        /**
         * The connect timeout of the client-created HttpClient. If this method is not invoked, 10 seconds.
         *
         * @param timeout positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         * @throws IllegalStateException    if it or {@link #httpClient} was already set (it has its own)
         */
        public Builder connectTimeout(Duration timeout) {
            requirePositive(timeout, "connectTimeout");
            excludes("httpClient", "connectTimeout", timeout);
            once("connectTimeout", timeout);
            this.connectTimeout = timeout;
            this.inheritedHttpClient = null;
            return this;
        }

        /**
         * The longest one attempt may take: connecting, sending, the response headers and the whole
         * body (not only until the headers, as {@code HttpRequest.timeout} would). Past it the attempt
         * fails with a {@link ScimConnectionException} whose {@code timedOut()} is true (and which
         * the retry policy may retry). If this method is not invoked, 30 seconds.
         *
         * @param timeout positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         * @throws IllegalStateException    if it was already set
         */
        public Builder requestTimeout(Duration timeout) {
            requirePositive(timeout, "requestTimeout");
            once("requestTimeout", timeout);
            this.requestTimeout = timeout;
            return this;
        }

        /**
         * The longest a whole call may take: every attempt, backoff and rate-limit wait, the retry
         * after a 401 refresh and the look-up of a create whose outcome is unknown. A wait that would
         * end past it is not begun; an attempt is cut short at it. Past it the call fails with its last
         * failure, or a timed-out {@link ScimConnectionException} when no attempt could be made. If this
         * method is not invoked, 3 minutes (the default retry budget of 2 minutes plus one attempt).
         *
         * @param timeout positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         * @throws IllegalStateException    if it was already set
         */
        public Builder callTimeout(Duration timeout) {
            requirePositive(timeout, "callTimeout");
            once("callTimeout", timeout);
            this.callTimeout = timeout;
            return this;
        }

        /**
         * How failed calls are retried. If this method is not invoked, {@link RetryPolicy#defaults()}
         * (4 attempts, backoff 500 ms to 20 s, 2 minutes in total).
         *
         * @param policy the policy; {@link RetryPolicy#none()} disables retries
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder retryPolicy(RetryPolicy policy) {
            Objects.requireNonNull(policy, "policy is null");
            once("retryPolicy", policy);
            this.retryPolicy = policy;
            return this;
        }

        /**
         * The client-side rate limit. If this method is not invoked, {@link RateLimit#zoomPro()}
         * (Light 30/s, Medium 20/s). On a builder from {@code newBuilder()}, setting it gives the new
         * client its own limiter instead of sharing the original's.
         *
         * @param limit the rates
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder rateLimit(RateLimit limit) {
            Objects.requireNonNull(limit, "limit is null");
            once("rateLimit", limit);
            this.rateLimit = limit;
            this.inheritedRateLimiter = null;
            return this;
        }

        /**
         * Where the client logs. If this method is not invoked, {@code System.getLogger("dev.scimkit.client")}.
         *
         * @param logger the logger
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder logger(Logger logger) {
            Objects.requireNonNull(logger, "logger is null");
            once("logger", "logger " + logger.getName());
            this.logger = logger;
            return this;
        }

        /**
         * The time source for deadlines, retry budgets, Retry-After dates and rate limiting. If this
         * method is not invoked, {@link Clock#systemUTC()}.
         *
         * @param clock the clock
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder clock(Clock clock) {
            Objects.requireNonNull(clock, "clock is null");
            once("clock", clock);
            this.clock = clock;
            this.inheritedRateLimiter = null;
            return this;
        }

        /**
         * How the client waits for backoff and rate limiting. If this method is not invoked,
         * {@link Sleeper#system()}.
         *
         * @param sleeper the sleeper
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder sleeper(Sleeper sleeper) {
            Objects.requireNonNull(sleeper, "sleeper is null");
            once("sleeper", sleeper);
            this.sleeper = sleeper;
            return this;
        }

        /**
         * The source of the backoff's jitter (a uniform fraction of each backoff ceiling, see
         * {@link RetryPolicy}); inject a seeded or fixed one, like the clock and sleeper, for
         * reproducible tests. If this method is not invoked, {@link ThreadLocalRandom}.
         *
         * @param random the random source; it is called from the threads that retry
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder random(RandomGenerator random) {
            Objects.requireNonNull(random, "random is null");
            once("random", random);
            this.random = random;
            return this;
        }

        /**
         * The largest response body accepted; a larger one fails the call at once (before it is read
         * when {@code Content-Length} says so) with an {@link InvalidResponseException}, which is not
         * retried. If this method is not invoked, 8 MiB.
         *
         * @param bytes at least 1 KiB
         * @return this builder
         * @throws IllegalArgumentException if less than 1024
         * @throws IllegalStateException    if it was already set
         */
        public Builder maxResponseBytes(long bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("maxResponseBytes must be at least 1024 but was " + bytes);
            }
            once("maxResponseBytes", bytes);
            this.maxResponseBytes = bytes;
            return this;
        }

        /**
         * Rejects, before sending, filters Zoom does not support: only {@code userName eq} and
         * {@code externalId eq} for users and {@code displayName eq} for groups pass (an
         * {@link InvalidFilterException} otherwise). If this method is not invoked, {@code false}.
         *
         * @param enabled whether to check
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder zoomCompatibility(boolean enabled) {
            once("zoomCompatibility", enabled);
            this.zoomCompatibility = enabled;
            return this;
        }

        /**
         * Allows plain {@code http://} to hosts other than loopback (the token would travel in
         * clear). If this method is not invoked, {@code false}.
         *
         * @param allow whether to allow it
         * @return this builder
         * @throws IllegalStateException if it was already set
         */
        public Builder allowInsecureHttp(boolean allow) {
            once("allowInsecureHttp", allow);
            this.allowInsecureHttp = allow;
            return this;
        }

        /**
         * @return the client
         * @throws IllegalStateException if no authentication is set, or {@code baseUri} uses plain
         *                               http to a non-loopback host without {@code allowInsecureHttp}
         */
        public ZoomScimClient build() {
            if (tokens == null) {
                throw new IllegalStateException("no authentication: set bearerToken(..) or tokenProvider(..)");
            }
            String violation = UriPolicy.violation(baseUri, allowInsecureHttp);
            if (violation != null) {
                throw new IllegalStateException("baseUri " + violation);
            }
            HttpClient http = httpClient != null ? httpClient : inheritedHttpClient;
            if (http == null) {
                HttpClient.Builder b = HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(connectTimeout != null ? connectTimeout : Duration.ofSeconds(10));
                if (executor != null) {
                    b.executor(executor);
                }
                http = b.build();
            }
            RateLimiter limiter = inheritedRateLimiter != null ? inheritedRateLimiter : new RateLimiter(rateLimit, clock);
            return new ZoomScimClient(copy(), http, limiter);
        }

        /** @return the settings, never a token */
        @Override
        public String toString() {
            return "ZoomScimClient.Builder[baseUri=" + baseUri + ", auth=" + authSetting + "]";
        }

        /** @return a builder holding these settings, none of them given to it yet */
        private Builder copy() {
            Builder c = new Builder();
            c.baseUri = baseUri;
            c.tokens = tokens;
            c.authSetting = authSetting;
            c.httpClient = httpClient;
            c.executor = executor;
            c.connectTimeout = connectTimeout;
            c.requestTimeout = requestTimeout;
            c.callTimeout = callTimeout;
            c.retryPolicy = retryPolicy;
            c.rateLimit = rateLimit;
            c.logger = logger;
            c.clock = clock;
            c.sleeper = sleeper;
            c.random = random;
            c.maxResponseBytes = maxResponseBytes;
            c.zoomCompatibility = zoomCompatibility;
            c.allowInsecureHttp = allowInsecureHttp;
            return c;
        }

        /** Records a setting, failing when it was given before. */
        private void once(String setting, Object value) {
            String shown = String.valueOf(value);
            String previous = given.putIfAbsent(setting, shown);
            if (previous != null) {
                throw new IllegalStateException(setting + " was already set to " + previous + "; cannot set it again to "
                        + shown);
            }
        }

        /** Fails when {@code other}, which excludes {@code setting}, was given. */
        private void excludes(String other, String setting, Object value) {
            String previous = given.get(other);
            if (previous != null) {
                throw new IllegalStateException(other + " was already set to " + previous + "; " + setting + " ("
                        + value + ") cannot be combined with " + other);
            }
        }

        private static void requirePositive(Duration value, String name) {
            Objects.requireNonNull(value, name + " is null");
            if (value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive but was " + value);
            }
        }
    }
}
