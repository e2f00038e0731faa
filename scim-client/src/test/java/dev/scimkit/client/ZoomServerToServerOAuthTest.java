package dev.scimkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.scimkit.testkit.ManualClock;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ZoomServerToServerOAuthTest {

    private static final String SECRET = "s3cr3t-value";
    private HttpServer server;
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final AtomicInteger issued = new AtomicInteger();
    private volatile int status = 200;
    private volatile CountDownLatch gate = new CountDownLatch(0);
    /** Released at the end of each test: holds the stalling handlers. */
    private final CountDownLatch stallRelease = new CountDownLatch(1);
    private volatile Stall stall = Stall.NONE;
    private volatile String expiresIn = "3600";

    private enum Stall { NONE, BEFORE_HEADERS, AFTER_HEADERS }
    private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/oauth/token", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        stallRelease.countDown();
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        queries.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawQuery());
        authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
        try {
            gate.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String body = status == 200
                ? "{\"access_token\":\"at-" + issued.incrementAndGet() + "\",\"token_type\":\"bearer\",\"expires_in\":"
                + expiresIn + "}"
                : "{\"reason\":\"Invalid client_id or client_secret\",\"error\":\"invalid_client\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (stall == Stall.BEFORE_HEADERS) {
            awaitRelease();
        }
        exchange.sendResponseHeaders(status, bytes.length);
        if (stall == Stall.AFTER_HEADERS) {
            exchange.getResponseBody().write(bytes, 0, 5);
            exchange.getResponseBody().flush();
            awaitRelease();
        }
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private void awaitRelease() {
        try {
            stallRelease.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ZoomServerToServerOAuth provider() {
        return builder().build();
    }

    private ZoomServerToServerOAuth.Builder builder() {
        return ZoomServerToServerOAuth.builder()
                .accountId("acc&1").clientId("client-id").clientSecret(SECRET)
                .tokenUri(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oauth/token"))
                .clock(clock);
    }

    /** 8 threads ask for a token while the endpoint stalls: each call ends within its timeout, none hangs. */
    private void assertStallEndsInTimeForEveryThread() throws Exception {
        ZoomServerToServerOAuth oauth = builder().requestTimeout(Duration.ofMillis(300)).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long start = System.nanoTime();
        try {
            List<Future<Throwable>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> {
                    try {
                        oauth.token();
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            for (Future<Throwable> call : calls) {
                assertThat(call.get(20, TimeUnit.SECONDS)).isInstanceOfSatisfying(ScimConnectionException.class,
                        e -> assertThat(e.timedOut()).isTrue());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(queries).isNotEmpty();
    }

    @Test
    void token_endpointSendsHeadersThenStalls_everyCallerFailsWithinTheTimeout() throws Exception {
        stall = Stall.AFTER_HEADERS;

        assertStallEndsInTimeForEveryThread();
    }

    @Test
    void token_endpointNeverAnswers_everyCallerFailsWithinTheTimeout() throws Exception {
        stall = Stall.BEFORE_HEADERS;

        assertStallEndsInTimeForEveryThread();
    }

    @Test
    void token_afterAStalledFetch_theNextCallFetchesAgain() {
        // generous: the second call must succeed even on a loaded machine
        ZoomServerToServerOAuth oauth = builder().requestTimeout(Duration.ofSeconds(2)).build();
        stall = Stall.AFTER_HEADERS;
        assertThatThrownBy(oauth::token).isInstanceOf(ScimConnectionException.class);

        stall = Stall.NONE;

        assertThat(oauth.token()).startsWith("at-");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1e30", "9223372036854775807", "1e300"})
    void token_hugeExpiresIn_isClampedToADay(String value) {
        expiresIn = value;
        ZoomServerToServerOAuth oauth = provider();

        assertThat(oauth.token()).isEqualTo("at-1");
        clock.advance(Duration.ofHours(23));
        assertThat(oauth.token()).isEqualTo("at-1");
        clock.advance(Duration.ofHours(1));
        assertThat(oauth.token()).isEqualTo("at-2");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"-1", "0", "-9223372036854775808", "\"soon\"", "null"})
    void token_nonPositiveOrNonNumericExpiresIn_isAClearError(String value) {
        expiresIn = value;

        assertThatThrownBy(provider()::token)
                .isInstanceOfSatisfying(ScimClientException.class, e -> {
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.detail()).contains("expires_in");
                });
    }

    @Test
    void token_firstCall_postsAccountCredentialsWithBasicAuth() {
        assertThat(provider().token()).isEqualTo("at-1");

        assertThat(queries).containsExactly("POST grant_type=account_credentials&account_id=acc%261");
        assertThat(authorizations).containsExactly("Basic " + Base64.getEncoder()
                .encodeToString(("client-id:" + SECRET).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void token_cachedUntilShortlyBeforeExpiry() {
        ZoomServerToServerOAuth oauth = provider();
        assertThat(oauth.token()).isEqualTo("at-1");

        clock.advance(Duration.ofMinutes(54));
        assertThat(oauth.token()).isEqualTo("at-1");
        clock.advance(Duration.ofMinutes(1));
        assertThat(oauth.token()).isEqualTo("at-2");
        assertThat(issued).hasValue(2);
    }

    @Test
    void invalidate_currentToken_fetchesNewOne_butStaleTokenIsIgnored() {
        ZoomServerToServerOAuth oauth = provider();
        oauth.token();

        oauth.invalidate("at-1");
        assertThat(oauth.token()).isEqualTo("at-2");
        oauth.invalidate("at-1");
        assertThat(oauth.token()).isEqualTo("at-2");
        assertThat(issued).hasValue(2);
    }

    @Test
    void token_concurrentCallers_shareOneFetch() throws Exception {
        ZoomServerToServerOAuth oauth = provider();
        gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(oauth::token));
            }
            while (queries.isEmpty()) {
                Thread.onSpinWait();
            }
            gate.countDown();
            for (Future<String> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("at-1");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(issued).hasValue(1);
    }

    @Test
    void token_rejectedCredentials_throwWithoutSecret() {
        status = 401;

        assertThatThrownBy(provider()::token)
                .isInstanceOf(UnauthorizedException.class)
                .hasMessageContaining("Invalid client_id or client_secret")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void token_unreachableEndpoint_throwsConnectionException() {
        ZoomServerToServerOAuth oauth = provider();
        server.stop(0);

        assertThatThrownBy(oauth::token).isInstanceOf(ScimConnectionException.class)
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void toString_neverShowsSecret() {
        ZoomServerToServerOAuth.Builder builder = ZoomServerToServerOAuth.builder()
                .accountId("acc").clientId("cid").clientSecret(SECRET);
        assertThat(builder.toString()).doesNotContain(SECRET);
        assertThat(builder.build().toString()).doesNotContain(SECRET).contains("acc");
    }

    @Test
    void build_missingOrInsecure_failsNamingTheProblem() {
        assertThatThrownBy(() -> ZoomServerToServerOAuth.builder().accountId("a").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("clientId clientSecret");
        assertThatThrownBy(() -> ZoomServerToServerOAuth.builder().accountId("a").clientId("b").clientSecret("c")
                .tokenUri(URI.create("http://zoom.example.com/oauth/token")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("plain http");
        assertThatThrownBy(() -> ZoomServerToServerOAuth.builder().clientSecret(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("clientSecret must not be blank");
        assertThatThrownBy(() -> ZoomServerToServerOAuth.builder().httpClient(java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.ALWAYS).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not follow redirects");
    }
}
