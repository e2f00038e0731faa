package dev.scimkit.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.client.AuthorizationRequest;
import dev.scimkit.client.CapturingLogger;
import dev.scimkit.client.ConnectionReport;
import dev.scimkit.client.ConnectionReport.Check;
import dev.scimkit.client.ConnectionReport.Outcome;
import dev.scimkit.client.HintCode;
import dev.scimkit.testkit.ManualClock;
import dev.scimkit.client.OAuthTokenException;
import dev.scimkit.client.OAuthTokenStore;
import dev.scimkit.client.OAuthTokens;
import dev.scimkit.client.ZoomOAuthApp;
import dev.scimkit.client.ZoomScimClient;
import dev.scimkit.core.User;
import dev.scimkit.testkit.Fault;
import dev.scimkit.testkit.RecordedRequest;
import dev.scimkit.testkit.RequestMatch;
import dev.scimkit.testkit.ZoomScimFake;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OAuth app (authorization code grant, rotating refresh tokens) against the fake over real HTTP. */
class OAuthAppOverHttpTest {

    private static final String CLIENT_ID = "oauth-app-client";
    private static final String SECRET = "oauth-app-secret-0123456789";
    private static final URI REDIRECT = URI.create("https://tool.example.com/zoom/callback");
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
    private final FakeFixture f = new FakeFixture(ZoomScimFake.builder().clock(clock)
            .oauthApp(CLIENT_ID, SECRET, REDIRECT).tokenTtl(Duration.ofHours(1)).start(), clock);
    private final CapturingLogger appLog = new CapturingLogger(Level.TRACE);
    private final OAuthTokenStore store = OAuthTokenStore.inMemory();
    private final List<String> secretsSeen = new ArrayList<>(List.of(SECRET));

    @AfterEach
    void close() {
        f.close();
    }

    private ZoomOAuthApp.Builder appBuilder(OAuthTokenStore tokenStore) {
        return ZoomOAuthApp.builder().clientId(CLIENT_ID).clientSecret(SECRET).redirectUri(REDIRECT)
                .tokenStore(tokenStore).authorizeUri(f.fake.oauthAuthorizeUri()).tokenUri(f.fake.oauthTokenUri())
                .allowInsecureHttp(true).clock(clock).requestTimeout(Duration.ofSeconds(10)).logger(appLog);
    }

    private ZoomOAuthApp app() {
        return appBuilder(store).build();
    }

    /** What the app's redirect endpoint receives. */
    private record Callback(String code, String state) {
    }

    /** The admin's browser: opens the authorization URL; the fake consents at once and redirects. */
    private Callback approve(AuthorizationRequest request) {
        HttpResponse<String> response = browse(request.uri());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        Map<String, String> query = query(URI.create(response.headers().firstValue("Location").orElseThrow()));
        secretsSeen.add(query.get("code"));
        secretsSeen.add(verifier(request));
        return new Callback(query.get("code"), query.get("state"));
    }

    private static HttpResponse<String> browse(URI uri) {
        try {
            return BROWSER.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Authorizes {@code app} the whole way: URL, consent, exchange. */
    private String authorize(ZoomOAuthApp app) {
        AuthorizationRequest request = app.authorizationRequest();
        Callback callback = approve(request);
        assertThat(request.hasState(callback.state())).isTrue();
        return app.exchange(callback.code(), request);
    }

    private ZoomScimClient client(ZoomOAuthApp app) {
        return f.clientBuilder().tokenProvider(app).build();
    }

    private List<RecordedRequest> tokenRequests() {
        return f.fake.requests().stream().filter(r -> r.path().equals("/oauth/token")).toList();
    }

    private OAuthTokens stored(String key) {
        OAuthTokens tokens = store.load(key).orElseThrow();
        secretsSeen.add(tokens.refreshToken());
        if (tokens.accessToken() != null) {
            secretsSeen.add(tokens.accessToken());
        }
        return tokens;
    }

    private User jill() {
        return User.fromJson(FakeFixture.userJson("jill@example.com"));
    }

    @Test
    void fullFlow_fromAuthorizationUrlToScimCalls() {
        ZoomOAuthApp app = app();
        AuthorizationRequest request = app.authorizationRequest();

        assertThat(request.uri().toString()).startsWith(f.fake.oauthAuthorizeUri() + "?response_type=code&client_id="
                + CLIENT_ID + "&redirect_uri=https%3A%2F%2Ftool.example.com%2Fzoom%2Fcallback&state=" + request.state()
                + "&code_challenge=").endsWith("&code_challenge_method=S256");
        assertThat(request.uri().toString()).doesNotContain(verifier(request));
        Callback callback = approve(request);
        assertThat(callback.state()).isEqualTo(request.state());

        String account = app.exchange(callback.code(), request);
        ZoomScimClient zoom = client(app);
        User created = zoom.users().create(jill());

        assertThat(account).isEqualTo(ZoomOAuthApp.DEFAULT_ACCOUNT);
        assertThat(f.fake.user(created.id())).isPresent();
        assertThat(stored(account).state()).isEqualTo(OAuthTokens.State.ACTIVE);
        List<RecordedRequest> wire = f.taken(3);
        assertThat(wire).extracting(r -> r.method() + " " + r.target() + " " + r.status())
                .containsExactly("GET /oauth/authorize?" + request.uri().getRawQuery() + " 302",
                        "POST /oauth/token 200", "POST /scim2/Users 201");
        assertThat(wire.get(1).header("Content-Type")).hasValue("application/x-www-form-urlencoded");
        assertThat(request.used()).isTrue();
        assertNoSecretAnywhere();
    }

    @Test
    void expiredAccessToken_isRefreshed_andTheOldRefreshTokenIsRefusedByTheFake() {
        ZoomOAuthApp app = app();
        String account = authorize(app);
        String firstRefreshToken = stored(account).refreshToken();
        ZoomScimClient zoom = client(app);

        f.fake.expireAllTokens();
        zoom.users().list().page();

        String rotated = stored(account).refreshToken();
        assertThat(rotated).isNotEqualTo(firstRefreshToken);
        assertThat(tokenRequests()).hasSize(2);
        HttpResponse<String> replay = postForm(f.fake.oauthTokenUri(), "grant_type=refresh_token&refresh_token="
                + firstRefreshToken);
        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(replay.body()).contains("\"error\":\"invalid_grant\"").contains("4741");
        assertNoSecretAnywhere();
    }

    @Test
    void sixteenThreadsAfterExpiry_causeExactlyOneRefresh() throws Exception {
        ZoomOAuthApp app = app();
        authorize(app);
        ZoomScimClient zoom = client(app);
        zoom.users().list().page();

        clock.advance(Duration.ofHours(1));
        runConcurrently(16, () -> zoom.users().list().page());
        f.fake.expireAllTokens();
        runConcurrently(16, () -> zoom.users().list().page());

        assertThat(tokenRequests()).as("exchange, one refresh after expiry, one after revocation of access tokens")
                .hasSize(3);
        assertThat(tokenRequests()).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
    }

    @Test
    void restartFromAFileStore_needsNoReauthorizationNorAccountKey(@TempDir Path dir) {
        Path file = dir.resolve("zoom-tokens.json");
        ZoomOAuthApp first = appBuilder(OAuthTokenStore.file(file)).build();
        authorize(first);
        client(first).users().create(jill());

        ZoomOAuthApp restarted = appBuilder(OAuthTokenStore.file(file)).build();
        ZoomScimClient zoom = client(restarted);
        assertThat(zoom.users().findByUserName("jill@example.com")).isPresent();
        assertThat(tokenRequests()).as("the saved access token is still valid").hasSize(1);

        clock.advance(Duration.ofHours(2));
        assertThat(zoom.users().findByUserName("jill@example.com")).isPresent();
        assertThat(tokenRequests()).as("refreshed with the saved refresh token").hasSize(2);
        assertThat(restarted.accountKey()).isEqualTo(ZoomOAuthApp.DEFAULT_ACCOUNT);
    }

    @Test
    void lostRefreshResponse_endsInOAuthTokenExceptionWithTheReauthorizeHint_neverAHangOrALoop() {
        ZoomOAuthApp app = app();
        String account = authorize(app);
        ZoomScimClient zoom = client(app);
        clock.advance(Duration.ofHours(1));
        f.fake.enqueueFault(RequestMatch.method("POST").exactPath("/oauth/token"), Fault.dropConnectionAfterApplying());

        assertThatThrownBy(() -> zoom.users().list().page())
                .isInstanceOfSatisfying(OAuthTokenException.class, e -> {
                    assertThat(e.failedPart()).isEqualTo(OAuthTokenException.Part.REFRESH_TOKEN);
                    assertThat(e.reauthorizationRequired()).isTrue();
                    assertThat(e.hint().orElseThrow().code()).isEqualTo(HintCode.OAUTH_REAUTHORIZE);
                    assertThat(e.detail()).contains("not sent again blindly");
                });
        assertThat(stored(account).state()).isEqualTo(OAuthTokens.State.REFRESH_OUTCOME_UNKNOWN);
        assertThat(tokenRequests()).hasSize(2);

        assertThatThrownBy(() -> zoom.users().list().page())
                .isInstanceOfSatisfying(OAuthTokenException.class, e -> {
                    assertThat(e.zoomErrorCode()).hasValue(4741);
                    assertThat(e.hint().orElseThrow().code()).isEqualTo(HintCode.OAUTH_REAUTHORIZE);
                    assertThat(e.detail()).contains("an earlier refresh lost its answer");
                });
        assertThat(stored(account).state()).isEqualTo(OAuthTokens.State.REFUSED);
        assertThat(tokenRequests()).as("one settling attempt").hasSize(3);

        assertThatThrownBy(() -> zoom.users().list().page()).isInstanceOf(OAuthTokenException.class)
                .hasMessageContaining("nothing is sent to Zoom");
        assertThat(tokenRequests()).as("refused: no further requests").hasSize(3);

        authorize(app);
        assertThat(zoom.users().list().page().resources()).isEmpty();
        assertNoSecretAnywhere();
    }

    @Test
    void refreshConnectionDroppedBeforeZoomApplied_isSettledByTheNextCall() {
        ZoomOAuthApp app = app();
        String account = authorize(app);
        ZoomScimClient zoom = client(app);
        clock.advance(Duration.ofHours(1));
        f.fake.enqueueFault(RequestMatch.method("POST").exactPath("/oauth/token"), Fault.dropConnection());

        assertThatThrownBy(() -> zoom.users().list().page()).isInstanceOf(OAuthTokenException.class);
        assertThat(zoom.users().list().page().resources()).isEmpty();

        assertThat(stored(account).state()).isEqualTo(OAuthTokens.State.ACTIVE);
        assertThat(tokenRequests()).hasSize(3);
    }

    @Test
    void stalledTokenEndpoint_everyWaitingThreadIsReleasedWithinTheTimeout() throws Exception {
        ZoomOAuthApp app = appBuilder(store).requestTimeout(Duration.ofMillis(500)).build();
        authorize(app);
        clock.advance(Duration.ofHours(1));
        f.fake.enqueueFault(RequestMatch.method("POST").exactPath("/oauth/token"), Fault.delay(Duration.ofSeconds(30)), 8);

        long start = System.nanoTime();
        List<Throwable> failures = runConcurrently(8, app::token);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(failures).hasSize(8).allSatisfy(e -> assertThat(e).isInstanceOf(OAuthTokenException.class));
    }

    @Test
    void codeUsedTwice_wrongPkceVerifier_expiredCode_areRefused() {
        ZoomOAuthApp app = app();
        AuthorizationRequest request = app.authorizationRequest();
        Callback callback = approve(request);
        app.exchange(callback.code(), request);
        int sent = tokenRequests().size();

        assertThatThrownBy(() -> app.exchange(callback.code(), request))
                .isInstanceOfSatisfying(OAuthTokenException.class, e -> assertThat(e.failedPart())
                        .isEqualTo(OAuthTokenException.Part.AUTHORIZATION_CODE));
        assertThatThrownBy(() -> app.exchange(callback.code(), app.authorizationRequest()))
                .isInstanceOf(OAuthTokenException.class).hasMessageContaining("code was exchanged already");
        assertThat(tokenRequests()).as("refused before sending").hasSize(sent);

        ZoomOAuthApp otherProcess = appBuilder(OAuthTokenStore.inMemory()).build();
        assertThatThrownBy(() -> otherProcess.exchange(callback.code(), otherProcess.authorizationRequest()))
                .isInstanceOfSatisfying(OAuthTokenException.class, e -> {
                    assertThat(e.zoomErrorCode()).hasValue(4734);
                    assertThat(e.oauthError()).hasValue("invalid_grant");
                    assertThat(e.hint().orElseThrow().code()).isEqualTo(HintCode.OAUTH_AUTHORIZATION_CODE);
                });

        AuthorizationRequest victim = app.authorizationRequest();
        Callback stolen = approve(victim);
        assertThatThrownBy(() -> app.exchange(stolen.code(), app.authorizationRequest()))
                .as("a code redeemed with another request's PKCE verifier")
                .isInstanceOfSatisfying(OAuthTokenException.class, e -> assertThat(e.zoomErrorCode()).hasValue(4734));

        AuthorizationRequest slow = app.authorizationRequest();
        Callback late = approve(slow);
        clock.advance(Duration.ofMinutes(5));
        assertThatThrownBy(() -> app.exchange(late.code(), slow))
                .isInstanceOfSatisfying(OAuthTokenException.class, e -> assertThat(e.zoomErrorCode()).hasValue(4733));
        assertNoSecretAnywhere();
    }

    @Test
    void wrongRedirectUri_isRefusedWithZoomsCode() {
        ZoomOAuthApp misconfigured = ZoomOAuthApp.builder().clientId(CLIENT_ID).clientSecret(SECRET)
                .redirectUri(URI.create("https://tool.example.com/other")).authorizeUri(f.fake.oauthAuthorizeUri())
                .tokenUri(f.fake.oauthTokenUri()).build();

        HttpResponse<String> consent = browse(misconfigured.authorizationRequest().uri());

        assertThat(consent.statusCode()).isEqualTo(400);
        assertThat(consent.headers().firstValue("Location")).isEmpty();
        assertThat(consent.body()).contains("\"errorCode\":4709").contains("Redirect URI mismatch.");
    }

    @Test
    void testConnection_deadRefreshToken_isItsOwnFailedStep() {
        ZoomOAuthApp app = app();
        authorize(app);
        ZoomScimClient zoom = client(app);
        assertThat(zoom.testConnection().step(Check.TOKEN).message()).contains("OAuth app");

        authorize(appBuilder(OAuthTokenStore.inMemory()).build());   // a later authorization supersedes ours
        clock.advance(Duration.ofHours(1));
        ConnectionReport report = zoom.testConnection();

        assertThat(report.successful()).isFalse();
        assertThat(report.firstFailure().orElseThrow().check()).isEqualTo(Check.TOKEN);
        assertThat(report.step(Check.TOKEN).hint()).isEqualTo(HintCode.OAUTH_REAUTHORIZE);
        assertThat(report.step(Check.TOKEN).message()).contains("4741");
        assertThat(report.step(Check.BASE_URL).outcome()).isEqualTo(Outcome.SKIPPED);
        secretsSeen.add(report.toText());
        assertNoSecretAnywhere();
    }

    @Test
    void revoke_endsTheAuthorizationAtZoomAndInTheStore() {
        ZoomOAuthApp app = app();
        String account = authorize(app);
        String accessToken = app.token();
        stored(account);

        app.revoke();

        assertThat(store.accountKeys()).isEmpty();
        assertThat(f.fake.requests()).anySatisfy(r -> assertThat(r.path() + " " + r.status())
                .isEqualTo("/oauth/revoke 200"));
        ZoomScimClient withOldToken = f.clientBuilder().bearerToken(accessToken).build();
        assertThatThrownBy(() -> withOldToken.users().list().page()).hasMessageContaining("401");
        assertThatThrownBy(app::token).isInstanceOfSatisfying(OAuthTokenException.class, e -> {
            assertThat(e.failedPart()).isEqualTo(OAuthTokenException.Part.NOT_AUTHORIZED);
            assertThat(e.hint().orElseThrow().code()).isEqualTo(HintCode.OAUTH_REAUTHORIZE);
        });
        assertNoSecretAnywhere();
    }

    @Test
    void accountsAreKeyed_andAnUnboundAppNeedsAChoiceWhenTheStoreHoldsSeveral() {
        ZoomOAuthApp app = app();
        authorize(app.forAccount("acme"));
        ZoomScimClient acme = client(app.forAccount("acme"));
        acme.users().list().page();
        store.save("globex", stored("acme"));

        assertThat(store.accountKeys()).containsExactlyInAnyOrder("acme", "globex");
        assertThatThrownBy(app::token).isInstanceOf(IllegalStateException.class).hasMessageContaining("forAccount");
        assertThat(app.forAccount("acme").token()).isEqualTo(stored("acme").accessToken());
    }

    /** Every log line (TRACE and up), journal entry and description is free of every secret seen. */
    private void assertNoSecretAnywhere() {
        StringBuilder everything = new StringBuilder(appLog.all()).append('\n').append(f.logger.all());
        for (RecordedRequest r : f.fake.requests()) {
            everything.append(r.target()).append(r.headers()).append(r.body()).append(r.responseBody()).append('\n');
        }
        everything.append(store).append(app()).append(app().authorizationRequest());
        store.accountKeys().forEach(key -> everything.append(store.load(key).orElseThrow()));
        assertThat(appLog.lines()).isNotEmpty();
        for (String secret : secretsSeen) {
            assertThat(everything.toString()).doesNotContain(secret);
        }
    }

    private List<Throwable> runConcurrently(int threads, Runnable call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                calls.add(pool.submit(() -> {
                    start.await(20, TimeUnit.SECONDS);
                    try {
                        call.run();
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                    return null;
                }));
            }
            for (Future<?> future : calls) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return List.copyOf(failures);
    }

    private HttpResponse<String> postForm(URI uri, String form) {
        try {
            return BROWSER.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The request's PKCE verifier, which has no public accessor by design. */
    private static String verifier(AuthorizationRequest request) {
        try {
            Method method = AuthorizationRequest.class.getDeclaredMethod("codeVerifier");
            method.setAccessible(true);
            return (String) method.invoke(request);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
