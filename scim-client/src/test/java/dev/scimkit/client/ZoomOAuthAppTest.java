package dev.scimkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.scimkit.client.OAuthTokenException.Part;
import dev.scimkit.client.internal.TokenEndpoint.Refusal;
import dev.scimkit.testkit.ManualClock;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ZoomOAuthApp against a scripted loopback token endpoint: stalls, hostile answers, a failing store. */
class ZoomOAuthAppTest {

    private static final String SECRET = "app-secret-value-42";
    private static final URI REDIRECT = URI.create("http://127.0.0.1:1/callback");

    private HttpServer server;
    private final BlockingQueue<Answer> answers = new LinkedBlockingQueue<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));

    /** One scripted answer; {@code stallAfterHeaders} sends the headers and 5 body bytes, then waits. */
    private record Answer(int status, String body, boolean stallAfterHeaders) {
        static Answer ok(String body) {
            return new Answer(200, body, false);
        }
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/oauth/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Answer answer = answers.poll();
        if (answer == null) {
            answer = new Answer(500, "{\"reason\":\"unscripted\"}", false);
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        if (answer.stallAfterHeaders()) {
            exchange.getResponseBody().write(bytes, 0, 5);
            exchange.getResponseBody().flush();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private URI endpoint(String name) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oauth/" + name);
    }

    private ZoomOAuthApp.Builder builder(OAuthTokenStore store) {
        return ZoomOAuthApp.builder().clientId("cid").clientSecret(SECRET).redirectUri(REDIRECT).tokenStore(store)
                .authorizeUri(endpoint("authorize")).tokenUri(endpoint("token")).clock(clock);
    }

    private static String tokens(String access, String refresh, String expiresIn) {
        return "{\"access_token\":\"" + access + "\",\"token_type\":\"bearer\",\"refresh_token\":\"" + refresh
                + "\",\"expires_in\":" + expiresIn + ",\"scope\":\"scim2\"}";
    }

    /** A store holding an expired access token and refresh token {@code rt-0} for the default account. */
    private OAuthTokenStore storeNeedingRefresh() {
        OAuthTokenStore store = OAuthTokenStore.inMemory();
        Instant past = clock.instant().minus(Duration.ofHours(2));
        store.save(ZoomOAuthApp.DEFAULT_ACCOUNT, new OAuthTokens("at-0", past.plus(Duration.ofHours(1)), "rt-0", past,
                "scim2", OAuthTokens.State.ACTIVE));
        return store;
    }

    @Test
    void refresh_stallsAfterHeaders_everyThreadIsReleasedWithinTheTimeout_andTheOutcomeIsInDoubt() throws Exception {
        OAuthTokenStore store = storeNeedingRefresh();
        ZoomOAuthApp app = builder(store).requestTimeout(Duration.ofMillis(400)).build();
        for (int i = 0; i < 8; i++) {
            answers.add(new Answer(200, tokens("at-1", "rt-1", "3600"), true));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long start = System.nanoTime();
        List<Future<Throwable>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> {
                    try {
                        app.token();
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            for (Future<Throwable> call : calls) {
                assertThat(call.get(30, TimeUnit.SECONDS)).isInstanceOf(OAuthTokenException.class);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(store.load(ZoomOAuthApp.DEFAULT_ACCOUNT).orElseThrow().state())
                .isEqualTo(OAuthTokens.State.REFRESH_OUTCOME_UNKNOWN);
    }

    @Test
    void refresh_answerWithBadExpiresIn_stillSavesTheRotatedRefreshToken() {
        OAuthTokenStore store = storeNeedingRefresh();
        ZoomOAuthApp app = builder(store).build();
        answers.add(Answer.ok(tokens("at-1", "rt-1", "-5")));
        answers.add(Answer.ok(tokens("at-2", "rt-2", "1e30")));

        assertThatThrownBy(app::token).isInstanceOfSatisfying(ScimClientException.class, e -> {
            assertThat(e.status()).isEqualTo(502);
            assertThat(e.detail()).contains("expires_in").contains("was saved");
        });
        assertThat(store.load(ZoomOAuthApp.DEFAULT_ACCOUNT).orElseThrow().refreshToken()).isEqualTo("rt-1");

        assertThat(app.token()).isEqualTo("at-2");
        assertThat(bodies.get(1)).contains("refresh_token=rt-1");
        OAuthTokens saved = store.load(ZoomOAuthApp.DEFAULT_ACCOUNT).orElseThrow();
        assertThat(Duration.between(saved.obtainedAt(), saved.accessTokenExpiresAt())).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void refresh_withoutANewRefreshToken_keepsTheOldOne() {
        OAuthTokenStore store = storeNeedingRefresh();
        answers.add(Answer.ok("{\"access_token\":\"at-1\",\"token_type\":\"bearer\",\"expires_in\":3600}"));

        assertThat(builder(store).build().token()).isEqualTo("at-1");
        assertThat(store.load(ZoomOAuthApp.DEFAULT_ACCOUNT).orElseThrow().refreshToken()).isEqualTo("rt-0");
    }

    @Test
    void refresh_storeCannotSave_newTokensAreNotUsedUntilSaved_thenSavedFirstOnTheNextCall() {
        OAuthTokenStore real = storeNeedingRefresh();
        AtomicBoolean broken = new AtomicBoolean(true);
        OAuthTokenStore flaky = new OAuthTokenStore() {
            @Override
            public Optional<OAuthTokens> load(String accountKey) {
                return real.load(accountKey);
            }

            @Override
            public void save(String accountKey, OAuthTokens tokens) {
                if (broken.get()) {
                    throw new IllegalStateException("disk full");
                }
                real.save(accountKey, tokens);
            }

            @Override
            public void delete(String accountKey) {
                real.delete(accountKey);
            }

            @Override
            public Set<String> accountKeys() {
                return real.accountKeys();
            }
        };
        ZoomOAuthApp app = builder(flaky).build();
        answers.add(Answer.ok(tokens("at-1", "rt-1", "3600")));

        assertThatThrownBy(app::token).isInstanceOfSatisfying(OAuthTokenException.class, e -> {
            assertThat(e.failedPart()).isEqualTo(Part.TOKEN_STORE);
            assertThat(e.hint().orElseThrow().code()).isEqualTo(HintCode.OAUTH_TOKEN_STORE);
            assertThat(e.getMessage()).doesNotContain("rt-1").doesNotContain("at-1");
        });
        assertThat(real.load(ZoomOAuthApp.DEFAULT_ACCOUNT).orElseThrow().refreshToken()).isEqualTo("rt-0");

        broken.set(false);
        assertThat(app.token()).isEqualTo("at-1");
        assertThat(real.load(ZoomOAuthApp.DEFAULT_ACCOUNT).orElseThrow().refreshToken()).isEqualTo("rt-1");
        assertThat(bodies).as("no second refresh: the kept tokens were saved").hasSize(1);
    }

    @Test
    void refresh_connectionRefused_isTriedOnceMore_andTheTokenStaysActive() {
        OAuthTokenStore store = storeNeedingRefresh();
        server.stop(0);
        ZoomOAuthApp app = builder(store).build();

        assertThatThrownBy(app::token).isInstanceOfSatisfying(ScimConnectionException.class,
                e -> assertThat(e.getSuppressed()).hasSize(1));
        assertThat(store.load(ZoomOAuthApp.DEFAULT_ACCOUNT).orElseThrow().state()).isEqualTo(OAuthTokens.State.ACTIVE);
    }

    @Test
    void refresh_serviceUnavailable_keepsTheTokenActive() {
        OAuthTokenStore store = storeNeedingRefresh();
        answers.add(new Answer(503, "{\"reason\":\"busy\"}", false));

        assertThatThrownBy(builder(store).build()::token).isInstanceOfSatisfying(ScimClientException.class,
                e -> assertThat(e.status()).isEqualTo(503));
        assertThat(store.load(ZoomOAuthApp.DEFAULT_ACCOUNT).orElseThrow().state()).isEqualTo(OAuthTokens.State.ACTIVE);
    }

    @Test
    void refresh_zoomEchoesTheRefreshTokenInItsReason_theMessageDoesNot() {
        OAuthTokenStore store = storeNeedingRefresh();
        answers.add(new Answer(400, "{\"reason\":\"Invalid Token! rt-0\",\"error\":\"invalid_request\"}", false));

        assertThatThrownBy(builder(store).build()::token).isInstanceOfSatisfying(OAuthTokenException.class, e -> {
            assertThat(e.failedPart()).isEqualTo(Part.REFRESH_TOKEN);
            assertThat(e.getMessage()).contains("Invalid Token!").doesNotContain("rt-0");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "400 | invalid_grant   | -    | whatever                   | REFRESH_TOKEN",
            "400 | invalid_request | -    | Invalid Token!             | REFRESH_TOKEN",
            "400 | -               | 4741 | The token has been revoked. | REFRESH_TOKEN",
            "400 | -               | 4735 | The owner does not exist.  | REFRESH_TOKEN",
            "400 | -               | 4711 | Refresh token invalid.     | REFRESH_TOKEN",
            "401 | invalid_client  | 4702 | Invalid client             | CLIENT_CREDENTIALS",
            "400 | -               | 4717 | The app has been disabled  | CLIENT_CREDENTIALS",
            "400 | invalid_request | 4706 | Missing grant type.        | TOKEN_ENDPOINT",
            "400 | -               | 4700 | -                          | TOKEN_ENDPOINT"})
    void refreshPart_onlyAClearVerdictOnTheTokenKillsIt(int status, String error, Integer code, String reason,
                                                         Part expected) {
        assertThat(ZoomOAuthApp.refreshPart(new Refusal(status, error, code, reason))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "400 | invalid_grant  | 4709 | Redirect URI mismatch.       | REDIRECT_URI",
            "400 | invalid_grant  | 4733 | Code is expired              | AUTHORIZATION_CODE",
            "400 | invalid_grant  | -    | Invalid authorization code   | AUTHORIZATION_CODE",
            "401 | invalid_client | -    | Invalid client               | CLIENT_CREDENTIALS",
            "400 | -              | 4705 | Grant type is not supported. | TOKEN_ENDPOINT"})
    void codePart_classifiesZoomsAnswers(int status, String error, Integer code, String reason, Part expected) {
        assertThat(ZoomOAuthApp.codePart(new Refusal(status, error, code, reason))).isEqualTo(expected);
    }

    @Test
    void authorizationRequest_carriesStateAndS256Challenge_neverTheVerifier() {
        ZoomOAuthApp app = builder(OAuthTokenStore.inMemory()).build();
        AuthorizationRequest first = app.authorizationRequest();
        AuthorizationRequest second = app.authorizationRequest();

        assertThat(first.state()).hasSize(43).isNotEqualTo(second.state());
        assertThat(first.uri().getRawQuery()).contains("code_challenge_method=S256").contains("state=" + first.state())
                .doesNotContain(first.codeVerifier());
        assertThat(first.hasState(first.state())).isTrue();
        assertThat(first.hasState(second.state())).isFalse();
        assertThat(first.toString()).doesNotContain(first.state()).doesNotContain(first.codeVerifier());
        assertThat(first.accountKey()).isEqualTo(ZoomOAuthApp.DEFAULT_ACCOUNT);
        assertThat(app.forAccount("acme").authorizationRequest().accountKey()).isEqualTo("acme");
    }

    @Test
    void exchange_badArguments_areRefusedBeforeAnythingIsSent() {
        ZoomOAuthApp app = builder(OAuthTokenStore.inMemory()).build();
        ZoomOAuthApp other = builder(OAuthTokenStore.inMemory()).redirectUri(URI.create("https://x.example.com/cb"))
                .build();

        assertThatThrownBy(() -> app.exchange(" ", app.authorizationRequest()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> app.exchange("code with space", app.authorizationRequest()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("code with space");
        assertThatThrownBy(() -> app.exchange("abc", other.authorizationRequest()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another client id or redirect URI");
        assertThat(bodies).isEmpty();
    }

    @Test
    void exchange_connectionNeverMade_letsTheSameRequestAndCodeBeExchangedAgain() {
        ZoomOAuthApp app = builder(OAuthTokenStore.inMemory()).build();
        AuthorizationRequest request = app.authorizationRequest();
        server.stop(0);

        assertThatThrownBy(() -> app.exchange("the-code", request)).isInstanceOf(ScimConnectionException.class);
        assertThat(request.used()).isFalse();
    }

    @Test
    void build_validatesAndNeverShowsTheSecret() {
        assertThatThrownBy(() -> ZoomOAuthApp.builder().clientId("a").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("clientSecret redirectUri");
        assertThatThrownBy(() -> ZoomOAuthApp.builder().clientId("a").clientSecret("b").redirectUri(REDIRECT)
                .tokenUri(URI.create("http://zoom.example.com/oauth/token")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("tokenUri").hasMessageContaining("http");
        assertThatThrownBy(() -> ZoomOAuthApp.builder().clientId("a:b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ZoomOAuthApp.builder().redirectUri(URI.create("/relative")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ZoomOAuthApp.builder().requestTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        ZoomOAuthApp.Builder builder = builder(OAuthTokenStore.inMemory());
        assertThat(builder.toString()).doesNotContain(SECRET);
        assertThat(builder.build().toString()).doesNotContain(SECRET).contains("cid");
        assertThat(ZoomOAuthApp.builder().clientId("a").clientSecret("b").redirectUri(REDIRECT).build().toString())
                .contains("https://zoom.us/oauth/token");
    }

    @Test
    void token_unboundAppWithAnEmptyStore_isNotAuthorized() {
        assertThatThrownBy(builder(OAuthTokenStore.inMemory()).build()::token)
                .isInstanceOfSatisfying(OAuthTokenException.class, e -> {
                    assertThat(e.failedPart()).isEqualTo(Part.NOT_AUTHORIZED);
                    assertThat(e.reauthorizationRequired()).isTrue();
                });
        assertThatThrownBy(builder(OAuthTokenStore.inMemory()).build().forAccount("acme")::token)
                .isInstanceOfSatisfying(OAuthTokenException.class,
                        e -> assertThat(e.failedPart()).isEqualTo(Part.NOT_AUTHORIZED));
    }

    @Test
    void oauthTokens_toStringShowsNoToken() {
        OAuthTokens tokens = new OAuthTokens("access-secret", clock.instant(), "refresh-secret", clock.instant(), "scim2",
                OAuthTokens.State.ACTIVE);

        assertThat(tokens.toString()).doesNotContain("access-secret").doesNotContain("refresh-secret");
        assertThatThrownBy(() -> new OAuthTokens(null, clock.instant(), " ", clock.instant(), "", OAuthTokens.State.ACTIVE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
