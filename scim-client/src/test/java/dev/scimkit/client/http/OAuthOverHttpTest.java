package dev.scimkit.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.client.UnauthorizedException;
import dev.scimkit.client.ZoomScimClient;
import dev.scimkit.client.ZoomServerToServerOAuth;
import dev.scimkit.testkit.ManualClock;
import dev.scimkit.testkit.ZoomScimFake;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OAuthOverHttpTest {

    private static final String SECRET = "client-secret-xyz";
    private final FakeFixture f;
    private final ZoomServerToServerOAuth oauth;
    private final ZoomScimClient client;

    OAuthOverHttpTest() {
        ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
        ZoomScimFake fake = ZoomScimFake.builder().clock(clock).oauthClient("acct-1", "cid-1", SECRET)
                .tokenTtl(Duration.ofHours(1)).start();
        f = new FakeFixture(fake, clock);
        oauth = ZoomServerToServerOAuth.builder().accountId("acct-1").clientId("cid-1").clientSecret(SECRET)
                .tokenUri(fake.oauthTokenUri()).clock(clock).build();
        client = f.clientBuilder().tokenProvider(oauth).build();
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** Waits for {@code total} journal entries and counts the token requests among them. */
    private long tokenFetches(int total) {
        return f.taken(total).stream().filter(r -> r.path().endsWith("/oauth/token")).count();
    }

    @Test
    void firstCall_fetchesTokenFromOAuthEndpoint_thenReusesIt() {
        client.users().list().page();
        client.users().list().page();

        assertThat(tokenFetches(3)).isEqualTo(1);
        assertThat(f.fake.requestCount()).isEqualTo(3);
    }

    @Test
    void tokenNearExpiry_isRefreshedBeforeUse() {
        client.users().list().page();
        f.clock.advance(Duration.ofMinutes(56));

        client.users().list().page();

        assertThat(tokenFetches(4)).isEqualTo(2);
    }

    @Test
    void serverRevokesToken_clientRefreshesOnceOn401AndSucceeds() {
        client.users().list().page();
        f.fake.expireAllTokens();

        assertThat(client.users().list().page().resources()).isEmpty();

        List<dev.scimkit.testkit.RecordedRequest> wire = f.taken(5);
        assertThat(wire).extracting(r -> r.path() + " " + r.status()).containsExactly("/oauth/token 200",
                "/scim2/Users 200", "/scim2/Users 401", "/oauth/token 200", "/scim2/Users 200");
    }

    @Test
    void concurrentCallersAfterRevocation_causeOneRefresh() throws Exception {
        client.users().list().page();
        f.fake.expireAllTokens();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> client.users().list().page()));
            }
            for (Future<?> call : calls) {
                call.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        // Wait until the first call and all 8 concurrent calls are journalled as answered 200 (each
        // take blocks for the next entry); a token request journalled late could only lower the count.
        while (f.fake.requests().stream().filter(r -> r.path().equals("/scim2/Users") && r.status() == 200).count() < 9) {
            f.taken(1);
        }
        long fetches = f.fake.requests().stream().filter(r -> r.path().endsWith("/oauth/token")).count();
        assertThat(fetches).isBetween(1L, 2L);
    }

    @Test
    void wrongSecret_failsWithoutLeakingIt() {
        ZoomServerToServerOAuth bad = ZoomServerToServerOAuth.builder().accountId("acct-1").clientId("cid-1")
                .clientSecret("not-the-secret").tokenUri(f.fake.oauthTokenUri()).build();
        ZoomScimClient badClient = f.clientBuilder().tokenProvider(bad).build();

        assertThatThrownBy(() -> badClient.users().list().page())
                .isInstanceOf(UnauthorizedException.class)
                .hasMessageContaining("Invalid client_id or client_secret")
                .hasMessageNotContaining("not-the-secret");
        assertThat(f.logger.all()).doesNotContain(SECRET).doesNotContain("not-the-secret");
    }
}
