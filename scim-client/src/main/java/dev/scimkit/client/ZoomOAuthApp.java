package dev.scimkit.client;

import dev.scimkit.client.OAuthTokenException.Part;
import dev.scimkit.client.internal.AccountKey;
import dev.scimkit.client.internal.SendStage;
import dev.scimkit.client.internal.SingleFlight;
import dev.scimkit.client.internal.TokenEndpoint;
import dev.scimkit.client.internal.UriPolicy;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A {@link TokenProvider} for a Zoom OAuth app authorized by the admins of other Zoom accounts
 * (authorization code grant): what an identity provider, an IGA product or a multi-tenant tool needs to
 * provision <em>its customers'</em> Zoom accounts. (Server-to-Server OAuth only reaches one's own account:
 * {@link ZoomServerToServerOAuth}.)
 *
 * <pre>{@code
 * ZoomOAuthApp app = ZoomOAuthApp.builder().clientId(id).clientSecret(secret)
 *         .redirectUri(URI.create("https://tool.example.com/zoom/callback"))
 *         .tokenStore(OAuthTokenStore.file(Path.of("zoom-tokens.json")))
 *         .build().forAccount(customerId);
 * AuthorizationRequest request = app.authorizationRequest();   // send the admin to request.uri()
 * // … Zoom redirects to the callback with code and state; find the request by request.state()
 * app.exchange(code, request);                                 // tokens saved before first use
 * ZoomScimClient zoom = ZoomScimClient.builder().tokenProvider(app).build();
 * }</pre>
 *
 * <h2>Accounts</h2>
 * One store holds the tokens of many Zoom accounts, each under an account key the application chooses
 * ({@link #forAccount(String)}: a view sharing this app's HTTP client, store and refresh coordination).
 * An app not bound to a key uses the store's only account, so a restarted single-account tool needs no
 * key; new authorizations of an unbound app with an empty store use {@link #DEFAULT_ACCOUNT}.
 *
 * <h2>Refresh, and why the refresh token is never lost</h2>
 * Zoom rotates refresh tokens: each refresh returns a new one and invalidates the old at once. So:
 * <ul>
 *   <li>The rotated refresh token is saved to the {@link OAuthTokenStore} <em>before</em> the new access
 *       token is used. If the store cannot save it, the token is kept in this process, the call fails
 *       ({@link Part#TOKEN_STORE}), and the next call saves it before anything else.</li>
 *   <li>Refresh is single-flight: however many threads need a token after expiry, one refresh request
 *       is sent per account and the others wait for its result (never past its deadline). The store's
 *       {@linkplain OAuthTokenStore#lock lock} extends this across apps and processes sharing a store;
 *       whoever takes the lock re-reads the store first and uses tokens another process just refreshed.</li>
 *   <li>Tokens are refreshed {@link Builder#refreshBefore ahead of expiry} and once more when Zoom answers
 *       401 to a SCIM call ({@link #invalidate}).</li>
 *   <li>A failed refresh is retried automatically only when it cannot have spent the refresh token: a
 *       connection that was never made is tried once more at once. When the request may have reached Zoom
 *       but no usable answer came back (reset after sending, timeout, 500/502/504, an unreadable body),
 *       Zoom may have rotated the token, and sending the old one again blindly is not safe: the call fails
 *       with an {@link OAuthTokenException} ({@link Part#REFRESH_TOKEN}, hint: re-authorize), the store
 *       records the state {@link OAuthTokens.State#REFRESH_OUTCOME_UNKNOWN}, and only the next token
 *       request tries the old token once more, which settles it: Zoom either issues new tokens (the
 *       refresh had not happened) or refuses ("Invalid Token!", 4741).</li>
 *   <li>When Zoom refuses a refresh token (rotated away, revoked, superseded by a later authorization,
 *       owner gone: {@code invalid_grant}, 4711, 4733–4741), the store records
 *       {@link OAuthTokens.State#REFUSED}; every later call fails at once with the re-authorize hint,
 *       without contacting Zoom, until an admin authorizes the app again ({@link #exchange}). Never a
 *       hang, never a loop.</li>
 * </ul>
 *
 * <p>Secrets (client secret, codes, verifier, tokens) travel only in POST form bodies and the
 * {@code Authorization} header, never in a URL, a log line, an exception message or {@link #toString()}.
 * Thread-safe.
 */
public final class ZoomOAuthApp implements TokenProvider {

    /** Zoom's authorization endpoint, the default {@link Builder#authorizeUri(URI)}. */
    public static final URI ZOOM_AUTHORIZE_URI = URI.create("https://zoom.us/oauth/authorize");
    /** Zoom's token endpoint, the default {@link Builder#tokenUri(URI)}. */
    public static final URI ZOOM_TOKEN_URI = URI.create("https://zoom.us/oauth/token");
    /** The account key of an unbound app's first authorization. */
    public static final String DEFAULT_ACCOUNT = "default";

    private static final int REMEMBERED_CODES = 1_000;
    /** Zoom's codes that condemn a refresh token (its table: scope mismatch, expired, invalid, owner gone,
     *  authentication not found, disabled by admin, out of tolerance, revoked). */
    private static final Set<Integer> DEAD_REFRESH_TOKEN_CODES = Set.of(4711, 4733, 4734, 4735, 4737, 4738, 4740, 4741);
    private static final Duration STORE_WRITE_ALLOWANCE = Duration.ofSeconds(30);

    private final Shared shared;
    private final String boundAccount;
    private volatile String resolvedAccount;

    /** What every view of one app shares. */
    private static final class Shared {
        final String clientId;
        final URI redirectUri;
        final URI authorizeUri;
        final URI tokenUri;
        final URI revokeUri;
        final OAuthTokenStore store;
        final Clock clock;
        final Duration refreshBefore;
        final Duration requestTimeout;
        final Logger logger;
        final TokenEndpoint endpoint;
        final Map<String, AccountState> accounts = new ConcurrentHashMap<>();
        final Map<String, Boolean> usedCodes = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > REMEMBERED_CODES;
            }
        };

        Shared(Builder b) {
            this.clientId = b.clientId;
            this.redirectUri = b.redirectUri;
            this.authorizeUri = b.authorizeUri;
            this.tokenUri = b.tokenUri;
            this.revokeUri = b.revokeUri != null ? b.revokeUri : b.tokenUri.resolve("revoke");
            this.store = b.tokenStore;
            this.clock = b.clock;
            this.refreshBefore = b.refreshBefore;
            this.requestTimeout = b.requestTimeout;
            this.logger = b.logger;
            HttpClient http = b.httpClient != null ? b.httpClient
                    : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            this.endpoint = new TokenEndpoint(http, b.requestTimeout, b.clientId, b.clientSecret);
        }

        synchronized boolean rememberCode(String digest) {
            return usedCodes.putIfAbsent(digest, Boolean.TRUE) == null;
        }

        synchronized void forgetCode(String digest) {
            usedCodes.remove(digest);
        }
    }

    /** One account's tokens in this process. */
    private static final class AccountState {
        final SingleFlight<OAuthTokens> flight = new SingleFlight<>();
        /** saved tokens in use, or {@code null} */
        volatile OAuthTokens current;
        /** an access token Zoom answered 401 to */
        volatile String rejected;
        /** refreshed tokens the store failed to save: saved first on the next call */
        volatile OAuthTokens unsaved;
    }

    private ZoomOAuthApp(Shared shared, String boundAccount) {
        this.shared = shared;
        this.boundAccount = boundAccount;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A view of this app bound to one account: same settings, HTTP client, store and refresh
     * coordination; tokens are loaded from and saved under {@code accountKey}.
     *
     * @param accountKey the application's key for one Zoom account (e.g. its tenant id)
     * @return the view
     * @throws IllegalArgumentException if the key is blank, longer than 200 characters or has control characters
     */
    public ZoomOAuthApp forAccount(String accountKey) {
        return new ZoomOAuthApp(shared, AccountKey.check(accountKey));
    }

    /**
     * @return the account this app's tokens belong to: the bound key, or the only account of the store
     * @throws OAuthTokenException   ({@link Part#NOT_AUTHORIZED}) if unbound and the store holds none
     * @throws IllegalStateException if unbound and the store holds several (use {@link #forAccount})
     */
    public String accountKey() {
        if (boundAccount != null) {
            return boundAccount;
        }
        String resolved = resolvedAccount;
        if (resolved != null) {
            return resolved;
        }
        Set<String> keys = storeCall(shared.store::accountKeys);
        if (keys.isEmpty()) {
            throw new OAuthTokenException(Part.NOT_AUTHORIZED, "the OAuth token store holds no authorization: an "
                    + "account admin must authorize the app (authorizationRequest(), then exchange())", null);
        }
        if (keys.size() > 1) {
            throw new IllegalStateException("the OAuth token store holds " + keys.size() + " accounts: choose one "
                    + "with forAccount(accountKey)");
        }
        resolvedAccount = keys.iterator().next();
        return resolvedAccount;
    }

    /**
     * Starts an authorization by an account admin: a fresh random state and PKCE verifier, for this app's
     * account key (an unbound app: the store's only account, or {@link #DEFAULT_ACCOUNT} when it is empty).
     *
     * @return the request; send the admin to its {@link AuthorizationRequest#uri()}
     * @throws IllegalStateException if unbound and the store holds several accounts
     * @throws OAuthTokenException   if the store cannot be read
     */
    public AuthorizationRequest authorizationRequest() {
        String key = boundAccount;
        if (key == null) {
            key = resolvedAccount;
        }
        if (key == null) {
            Set<String> keys = storeCall(shared.store::accountKeys);
            if (keys.size() > 1) {
                throw new IllegalStateException("the OAuth token store holds " + keys.size() + " accounts: choose "
                        + "the one to authorize with forAccount(accountKey)");
            }
            key = keys.isEmpty() ? DEFAULT_ACCOUNT : keys.iterator().next();
        }
        return new AuthorizationRequest(shared.authorizeUri, shared.clientId, shared.redirectUri, key);
    }

    /**
     * Exchanges the code Zoom sent to the redirect URI for tokens and saves them under the request's
     * account key, replacing earlier tokens of that account (Zoom revokes them). The code and the PKCE
     * verifier travel only in the POST body. Neither the request nor the code may be used twice.
     *
     * @param code    the {@code code} parameter of the redirect
     * @param request the request whose {@link AuthorizationRequest#state()} the redirect carried
     * @return the account key the tokens were saved under
     * @throws OAuthTokenException      if the request or code was exchanged before, or Zoom refused the code
     *                                  ({@link Part#AUTHORIZATION_CODE}: expired, unknown, PKCE mismatch),
     *                                  the redirect URI ({@link Part#REDIRECT_URI}) or the client credentials;
     *                                  or the exchange's outcome is unknown; or the tokens could not be saved
     * @throws ScimConnectionException  if Zoom could not be reached (the request may then be exchanged again)
     * @throws ScimClientException      for another failure of the token endpoint
     * @throws IllegalArgumentException if the code is not a code, or the request belongs to another app
     */
    public String exchange(String code, AuthorizationRequest request) {
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(request, "request is null");
        if (code.isBlank() || code.length() > 4096 || code.chars().anyMatch(c -> c <= ' ' || c >= 0x7F)) {
            throw new IllegalArgumentException("code is not an authorization code (1 to 4096 printable ASCII "
                    + "characters without spaces)");
        }
        if (!request.clientId().equals(shared.clientId) || !request.redirectUri().equals(shared.redirectUri)) {
            throw new IllegalArgumentException("the AuthorizationRequest was made by an app with another client id "
                    + "or redirect URI");
        }
        String describe = "POST " + shared.tokenUri.getRawPath();
        if (!request.take()) {
            throw new OAuthTokenException(Part.AUTHORIZATION_CODE, "this AuthorizationRequest was exchanged "
                    + "already; authorization codes work once: start a new authorizationRequest()", describe);
        }
        String digest = sha256(code);
        if (!shared.rememberCode(digest)) {
            throw new OAuthTokenException(Part.AUTHORIZATION_CODE, "this authorization code was exchanged already; "
                    + "codes work once: start a new authorizationRequest()", describe);
        }
        String key = request.accountKey();
        AccountState state = state(key);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", shared.redirectUri.toString());
        form.put("code_verifier", request.codeVerifier());
        try (OAuthTokenStore.Lock ignored = lockAccount(key)) {
            Instant requestedAt = shared.clock.instant();
            TokenEndpoint.Issued issued;
            try {
                issued = shared.endpoint.tokens(shared.tokenUri, Map.of(), form,
                        List.of(code, request.codeVerifier()), ZoomOAuthApp::codePart);
            } catch (OAuthTokenException refused) {
                throw refused;
            } catch (ScimClientException failed) {
                if (!TokenEndpoint.mayHaveBeenApplied(failed)) {
                    request.giveBack();
                    shared.forgetCode(digest);
                    throw failed;
                }
                throw new OAuthTokenException(Part.AUTHORIZATION_CODE, "the code exchange got no usable answer ("
                        + failed.detail() + "); Zoom may have used the code: start a new authorizationRequest()",
                        describe, null, null, failed);
            }
            if (issued.refreshToken() == null) {
                throw new ScimClientException(502, null, "Zoom's token response has no refresh_token"
                        + (issued.problem() == null ? "" : " and " + issued.problem()) + "; an OAuth app needs one "
                        + "(is the client id a Server-to-Server app's?)", describe, null);
            }
            OAuthTokens tokens = tokens(issued, requestedAt, issued.refreshToken());
            persist(key, state, tokens);
            state.rejected = null;
            state.current = tokens;
            if (boundAccount == null) {
                resolvedAccount = key;
            }
            shared.logger.log(Level.DEBUG, () -> "OAuth app: account '" + key + "' authorized (scope "
                    + tokens.scope() + ")");
            throwIfProblem(issued, describe);
            return key;
        }
    }

    /**
     * Returns the account's access token, refreshing it first when it is missing, about to expire or was
     * rejected (see the class description for what happens when a refresh fails).
     *
     * @return the access token
     * @throws OAuthTokenException     if there is no usable authorization ({@link Part#REFRESH_TOKEN},
     *                                 {@link Part#NOT_AUTHORIZED}: {@link OAuthTokenException#hint()} says to
     *                                 re-authorize), the client credentials are refused, or the store fails
     * @throws ScimConnectionException if the token endpoint did not answer in time (nothing was spent)
     * @throws ScimClientException     for another failure of the token endpoint (429, 503…)
     * @throws IllegalStateException   if unbound and the store holds several accounts
     */
    @Override
    public String token() {
        String key = accountKey();
        AccountState state = state(key);
        OAuthTokens current = state.current;
        if (usable(current, state)) {
            return current.accessToken();
        }
        return state.flight.run(() -> obtain(key, state), followerWait(),
                "the OAuth token refresh of account '" + key + "'").accessToken();
    }

    /**
     * Marks the access token Zoom answered 401 to, so the next {@link #token()} refreshes (once per
     * token: a token another thread already replaced is left alone).
     *
     * @param rejectedToken the rejected token
     */
    @Override
    public void invalidate(String rejectedToken) {
        Objects.requireNonNull(rejectedToken, "rejectedToken is null");
        String key = boundAccount != null ? boundAccount : resolvedAccount;
        if (key == null) {
            return;
        }
        AccountState state = state(key);
        OAuthTokens current = state.current;
        if (current == null || rejectedToken.equals(current.accessToken())) {
            state.rejected = rejectedToken;
            state.current = null;
        }
    }

    /**
     * Ends the account's authorization: revokes the refresh token at Zoom ({@code POST /oauth/revoke},
     * which also ends the access tokens of that authorization) and deletes the tokens from the store. A
     * token Zoom already refuses counts as revoked.
     *
     * @throws OAuthTokenException     if Zoom refuses the client credentials, or the store fails
     * @throws ScimConnectionException if Zoom could not be reached (the tokens are kept)
     * @throws ScimClientException     for another failure (the tokens are kept)
     */
    public void revoke() {
        String key = accountKey();
        AccountState state = state(key);
        try (OAuthTokenStore.Lock ignored = lockAccount(key)) {
            OAuthTokens stored = state.unsaved != null ? state.unsaved : storeCall(() -> shared.store.load(key)).orElse(null);
            if (stored != null && stored.state() != OAuthTokens.State.REFUSED) {
                try {
                    shared.endpoint.post(shared.revokeUri, Map.of("token", stored.refreshToken()),
                            List.of(stored.refreshToken()), ZoomOAuthApp::refreshPart);
                } catch (OAuthTokenException refused) {
                    if (refused.failedPart() != Part.REFRESH_TOKEN) {
                        throw refused;
                    }
                }
            }
            storeRun(() -> shared.store.delete(key));
            state.unsaved = null;
            state.current = null;
            state.rejected = null;
            shared.logger.log(Level.DEBUG, () -> "OAuth app: authorization of account '" + key + "' revoked");
        }
    }

    /** The refresh, run by one thread per account at a time. */
    private OAuthTokens obtain(String key, AccountState state) {
        OAuthTokens current = state.current;
        if (usable(current, state)) {
            return current;
        }
        try (OAuthTokenStore.Lock ignored = lockAccount(key)) {
            OAuthTokens unsaved = state.unsaved;
            if (unsaved != null) {
                persist(key, state, unsaved);
            }
            OAuthTokens stored = storeCall(() -> shared.store.load(key)).orElseThrow(() -> new OAuthTokenException(
                    Part.NOT_AUTHORIZED, "the OAuth token store holds no tokens for account '" + key + "': it was "
                    + "never authorized, or the authorization was revoked", null));
            if (stored.state() == OAuthTokens.State.REFUSED) {
                throw new OAuthTokenException(Part.REFRESH_TOKEN, "Zoom refused the refresh token of account '" + key
                        + "' earlier (recorded in the token store); nothing is sent to Zoom until an account admin "
                        + "authorizes the app again (authorizationRequest(), then exchange())", null);
            }
            if (usable(stored, state)) {
                state.current = stored;
                return stored;
            }
            return refresh(key, state, stored);
        }
    }

    private OAuthTokens refresh(String key, AccountState state, OAuthTokens stored) {
        boolean settling = stored.state() == OAuthTokens.State.REFRESH_OUTCOME_UNKNOWN;
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", stored.refreshToken());
        Instant requestedAt = shared.clock.instant();
        long started = System.nanoTime();
        TokenEndpoint.Issued issued;
        try {
            issued = sendOnceMore(form, stored.refreshToken());
        } catch (OAuthTokenException refused) {
            if (refused.failedPart() != Part.REFRESH_TOKEN) {
                throw refused;
            }
            state.current = null;
            saveQuietly(key, stored.withState(OAuthTokens.State.REFUSED), refused);
            shared.logger.log(Level.DEBUG, () -> "OAuth app: Zoom refused the refresh token of account '" + key + "'");
            throw new OAuthTokenException(Part.REFRESH_TOKEN, "Zoom refused the refresh token of account '" + key + "'"
                    + (settling ? " (an earlier refresh lost its answer, and Zoom had rotated the token)" : "")
                    + ": " + refused.detail() + ". An account admin must authorize the app again", refused.request(),
                    refused.oauthError().orElse(null), refused.zoomErrorCode().isPresent()
                    ? refused.zoomErrorCode().getAsInt() : null, refused);
        } catch (ScimClientException failed) {
            if (!TokenEndpoint.mayHaveBeenApplied(failed)) {
                throw failed;
            }
            state.current = null;
            saveQuietly(key, stored.withState(OAuthTokens.State.REFRESH_OUTCOME_UNKNOWN), failed);
            shared.logger.log(Level.DEBUG, () -> "OAuth app: refresh of account '" + key + "' got no usable answer");
            throw new OAuthTokenException(Part.REFRESH_TOKEN, "the token refresh of account '" + key + "' got no "
                    + "usable answer (" + failed.detail() + "): Zoom may have rotated the refresh token, so it is not "
                    + "sent again blindly. The next token request tries it once more; if Zoom refuses it, an account "
                    + "admin must authorize the app again", failed.request(), null, null, failed);
        }
        OAuthTokens tokens = tokens(issued, requestedAt,
                issued.refreshToken() != null ? issued.refreshToken() : stored.refreshToken());
        persist(key, state, tokens);
        throwIfProblem(issued, "POST " + shared.tokenUri.getRawPath());
        state.current = tokens;
        long millis = (System.nanoTime() - started) / 1_000_000;
        shared.logger.log(Level.DEBUG, () -> "OAuth app: refreshed the tokens of account '" + key + "' in " + millis
                + " ms; access token valid until " + tokens.accessTokenExpiresAt());
        return tokens;
    }

    /** Sends a refresh; a connection never made cannot have spent the token, so it is tried once more. */
    private TokenEndpoint.Issued sendOnceMore(Map<String, String> form, String refreshToken) {
        try {
            return shared.endpoint.tokens(shared.tokenUri, Map.of(), form, List.of(refreshToken), ZoomOAuthApp::refreshPart);
        } catch (ScimConnectionException first) {
            if (!SendStage.neverSent(first)) {
                throw first;
            }
            shared.logger.log(Level.DEBUG, "OAuth app: could not connect to the token endpoint; trying once more");
            try {
                return shared.endpoint.tokens(shared.tokenUri, Map.of(), form, List.of(refreshToken),
                        ZoomOAuthApp::refreshPart);
            } catch (ScimClientException second) {
                second.addSuppressed(first);
                throw second;
            }
        }
    }

    private OAuthTokens tokens(TokenEndpoint.Issued issued, Instant requestedAt, String refreshToken) {
        boolean usableAccess = issued.problem() == null;
        return new OAuthTokens(usableAccess ? issued.accessToken() : null,
                usableAccess ? requestedAt.plus(issued.lifetime()) : requestedAt, refreshToken, requestedAt,
                issued.scope(), OAuthTokens.State.ACTIVE);
    }

    /** Saves before use; on failure keeps the tokens for the next call and fails this one. */
    private void persist(String key, AccountState state, OAuthTokens tokens) {
        try {
            storeRun(() -> shared.store.save(key, tokens));
            state.unsaved = null;
        } catch (OAuthTokenException failed) {
            state.unsaved = tokens;
            state.current = null;
            throw new OAuthTokenException(Part.TOKEN_STORE, "the new tokens of account '" + key + "' could not be "
                    + "saved (" + failed.detail() + "); they are kept in this process, not used, and saved first on "
                    + "the next token request. If the process ends before, an account admin must authorize the app "
                    + "again", null, null, null, failed);
        }
    }

    private void saveQuietly(String key, OAuthTokens tokens, ScimClientException reason) {
        try {
            storeRun(() -> shared.store.save(key, tokens));
        } catch (OAuthTokenException failed) {
            reason.addSuppressed(failed);
        }
    }

    private static void throwIfProblem(TokenEndpoint.Issued issued, String describe) {
        if (issued.problem() != null) {
            throw new ScimClientException(502, null, "malformed answer from Zoom's OAuth endpoint: " + issued.problem()
                    + " (the refresh token that came with it was saved)", describe, null);
        }
    }

    private boolean usable(OAuthTokens tokens, AccountState state) {
        if (tokens == null || tokens.state() != OAuthTokens.State.ACTIVE || tokens.accessToken() == null
                || tokens.accessToken().equals(state.rejected)) {
            return false;
        }
        Duration lifetime = Duration.between(tokens.obtainedAt(), tokens.accessTokenExpiresAt());
        Duration margin = lifetime.isNegative() ? Duration.ZERO
                : shared.refreshBefore.compareTo(lifetime.dividedBy(2)) < 0 ? shared.refreshBefore : lifetime.dividedBy(2);
        return shared.clock.instant().isBefore(tokens.accessTokenExpiresAt().minus(margin));
    }

    private AccountState state(String key) {
        return shared.accounts.computeIfAbsent(key, k -> new AccountState());
    }

    private OAuthTokenStore.Lock lockAccount(String key) {
        OAuthTokenStore.Lock lock = storeCall(() -> shared.store.lock(key, shared.requestTimeout));
        if (lock == null) {
            throw new OAuthTokenException(Part.TOKEN_STORE, "the OAuth token store returned no lock", null);
        }
        return lock;
    }

    /** How long a thread waits for another thread's refresh: lock, two attempts, and the store write. */
    private Duration followerWait() {
        return shared.requestTimeout.multipliedBy(3).plus(STORE_WRITE_ALLOWANCE);
    }

    /** Runs a store operation; a store's own failure other than an {@link OAuthTokenException} is wrapped. */
    private static <T> T storeCall(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (OAuthTokenException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new OAuthTokenException(Part.TOKEN_STORE, "the OAuth token store failed ("
                    + e.getClass().getSimpleName() + ")", null, null, null, e);
        }
    }

    private static void storeRun(Runnable operation) {
        storeCall(() -> {
            operation.run();
            return null;
        });
    }

    /** Which part a refused refresh or revocation blames; only a clear verdict on the token kills it. */
    static Part refreshPart(TokenEndpoint.Refusal refusal) {
        Integer code = refusal.code();
        if (refusal.status() == 401 || "invalid_client".equals(refusal.error())
                || code != null && (code == 4702 || code == 4704 || code == 4717)) {
            return Part.CLIENT_CREDENTIALS;
        }
        boolean deadCode = code != null && DEAD_REFRESH_TOKEN_CODES.contains(code);
        // Zoom's own words for a dead refresh token, also under "invalid_request"
        boolean zoomWords = refusal.reason() != null
                && refusal.reason().strip().toLowerCase(java.util.Locale.ROOT).startsWith("invalid token");
        if ("invalid_grant".equals(refusal.error()) || deadCode || zoomWords) {
            return Part.REFRESH_TOKEN;
        }
        return Part.TOKEN_ENDPOINT;
    }

    /** Which part a refused code exchange blames. */
    static Part codePart(TokenEndpoint.Refusal refusal) {
        Integer code = refusal.code();
        if (refusal.status() == 401 || "invalid_client".equals(refusal.error())
                || code != null && (code == 4702 || code == 4704 || code == 4717)) {
            return Part.CLIENT_CREDENTIALS;
        }
        if (code != null && code == 4709
                || refusal.reason() != null && refusal.reason().toLowerCase(java.util.Locale.ROOT).contains("redirect")) {
            return Part.REDIRECT_URI;
        }
        if ("invalid_grant".equals(refusal.error()) || code != null && (code == 4733 || code == 4734)) {
            return Part.AUTHORIZATION_CODE;
        }
        return Part.TOKEN_ENDPOINT;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** @return client id, account and endpoints; never the secret or a token */
    @Override
    public String toString() {
        return "ZoomOAuthApp[clientId=" + shared.clientId + ", account="
                + (boundAccount != null ? boundAccount : "(the store's only account)") + ", tokenUri=" + shared.tokenUri
                + ", store=" + shared.store + "]";
    }

    /**
     * Configures a {@link ZoomOAuthApp}. Not thread-safe. Each setter validates at once; {@link #build()}
     * requires client id, client secret and redirect URI.
     */
    public static final class Builder {

        private String clientId;
        private String clientSecret;
        private URI redirectUri;
        private OAuthTokenStore tokenStore;
        private URI authorizeUri = ZOOM_AUTHORIZE_URI;
        private URI tokenUri = ZOOM_TOKEN_URI;
        private URI revokeUri;
        private boolean allowInsecureHttp;
        private Clock clock = Clock.systemUTC();
        private HttpClient httpClient;
        private Duration requestTimeout = Duration.ofSeconds(30);
        private Duration refreshBefore = Duration.ofMinutes(5);
        private Logger logger = System.getLogger(ZoomOAuthApp.class.getName());

        private Builder() {
        }

        /**
         * The OAuth app's client id. Required.
         *
         * @param clientId the client id
         * @return this builder
         * @throws IllegalArgumentException if blank or containing ':' (it is the HTTP Basic user)
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
         * The OAuth app's client secret. Required; never shown in messages, logs or {@code toString()}.
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
         * The redirect URI registered for the app, where Zoom sends the admin back with the code. Required.
         *
         * @param redirectUri an absolute URI without fragment (RFC 6749 §3.1.2)
         * @return this builder
         * @throws IllegalArgumentException if not absolute or with a fragment
         */
        public Builder redirectUri(URI redirectUri) {
            Objects.requireNonNull(redirectUri, "redirectUri is null");
            if (!redirectUri.isAbsolute() || redirectUri.getFragment() != null) {
                throw new IllegalArgumentException("redirectUri must be absolute without fragment but was " + redirectUri);
            }
            this.redirectUri = redirectUri;
            return this;
        }

        /**
         * Where tokens are kept. If this method is not invoked, {@link OAuthTokenStore#inMemory()}: tokens
         * are then lost when the process ends, and an admin must authorize again.
         *
         * @param store the store
         * @return this builder
         */
        public Builder tokenStore(OAuthTokenStore store) {
            this.tokenStore = Objects.requireNonNull(store, "store is null");
            return this;
        }

        /**
         * The authorization endpoint. If this method is not invoked, {@code https://zoom.us/oauth/authorize}.
         *
         * @param uri an absolute https URI (http only to loopback unless {@link #allowInsecureHttp})
         * @return this builder
         * @throws IllegalArgumentException if not absolute or with a fragment
         */
        public Builder authorizeUri(URI uri) {
            this.authorizeUri = endpoint(uri, "authorizeUri");
            return this;
        }

        /**
         * The token endpoint. If this method is not invoked, {@code https://zoom.us/oauth/token}.
         *
         * @param uri an absolute https URI (http only to loopback unless {@link #allowInsecureHttp})
         * @return this builder
         * @throws IllegalArgumentException if not absolute or with a fragment
         */
        public Builder tokenUri(URI uri) {
            this.tokenUri = endpoint(uri, "tokenUri");
            return this;
        }

        /**
         * The revocation endpoint. If this method is not invoked, {@code revoke} next to the token
         * endpoint ({@code https://zoom.us/oauth/revoke}).
         *
         * @param uri an absolute https URI (http only to loopback unless {@link #allowInsecureHttp})
         * @return this builder
         * @throws IllegalArgumentException if not absolute or with a fragment
         */
        public Builder revokeUri(URI uri) {
            this.revokeUri = endpoint(uri, "revokeUri");
            return this;
        }

        /**
         * Allows {@code http://} endpoints on non-loopback hosts. If this method is not invoked,
         * {@code false}: plain http is accepted only to loopback (a test server such as the fake), since
         * the client secret, codes and tokens would travel in clear.
         *
         * @param allow whether to allow it
         * @return this builder
         */
        public Builder allowInsecureHttp(boolean allow) {
            this.allowInsecureHttp = allow;
            return this;
        }

        /**
         * The time source for token expiry. If this method is not invoked, {@link Clock#systemUTC()}.
         * (Waiting for answers uses real time.)
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock is null");
            return this;
        }

        /**
         * The HTTP client for OAuth requests. If this method is not invoked, a new one with a 10-second
         * connect timeout that does not follow redirects.
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
         * The deadline of one OAuth request, headers and body together. If this method is not invoked,
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
         * How long before expiry an access token is refreshed. If this method is not invoked, 5 minutes
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
         * Where token events are logged (DEBUG: authorized, refreshed, refused; never a token or secret).
         * If this method is not invoked, {@code System.getLogger("dev.scimkit.client.ZoomOAuthApp")}.
         *
         * @param logger the logger
         * @return this builder
         */
        public Builder logger(Logger logger) {
            this.logger = Objects.requireNonNull(logger, "logger is null");
            return this;
        }

        /**
         * @return the app
         * @throws IllegalStateException if client id, secret or redirect URI is missing, or an endpoint uses
         *                               http to a non-loopback host without {@link #allowInsecureHttp}
         */
        public ZoomOAuthApp build() {
            if (clientId == null || clientSecret == null || redirectUri == null) {
                throw new IllegalStateException("clientId, clientSecret and redirectUri are all required; missing: "
                        + ((clientId == null ? "clientId " : "") + (clientSecret == null ? "clientSecret " : "")
                        + (redirectUri == null ? "redirectUri" : "")).trim());
            }
            Map<String, URI> endpoints = new LinkedHashMap<>();
            endpoints.put("authorizeUri", authorizeUri);
            endpoints.put("tokenUri", tokenUri);
            endpoints.put("revokeUri", revokeUri != null ? revokeUri : tokenUri.resolve("revoke"));
            for (Map.Entry<String, URI> endpoint : endpoints.entrySet()) {
                String violation = UriPolicy.violation(endpoint.getValue(), allowInsecureHttp);
                if (violation != null) {
                    throw new IllegalStateException(endpoint.getKey() + " " + violation);
                }
            }
            if (tokenStore == null) {
                tokenStore = OAuthTokenStore.inMemory();
            }
            return new ZoomOAuthApp(new Shared(this), null);
        }

        /** @return the settings, without the client secret */
        @Override
        public String toString() {
            return "ZoomOAuthApp.Builder[clientId=" + clientId + ", redirectUri=" + redirectUri + ", tokenUri="
                    + tokenUri + "]";
        }

        private static URI endpoint(URI uri, String name) {
            Objects.requireNonNull(uri, name + " is null");
            if (!uri.isAbsolute() || uri.getHost() == null || uri.getFragment() != null) {
                throw new IllegalArgumentException(name + " must be an absolute http(s) URI without fragment but was "
                        + uri);
            }
            return uri;
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
