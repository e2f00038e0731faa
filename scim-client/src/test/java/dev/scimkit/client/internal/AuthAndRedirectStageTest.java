package dev.scimkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.client.RateLimit;
import dev.scimkit.client.RetryPolicy;
import dev.scimkit.client.ScimClientException;
import dev.scimkit.client.TokenProvider;
import dev.scimkit.client.UnauthorizedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AuthAndRedirectStageTest {

    /** Hands out tok-1, tok-2, … : a new token after each invalidation. */
    static final class RotatingTokens implements TokenProvider {
        final AtomicInteger generation = new AtomicInteger(1);
        final List<String> invalidated = new ArrayList<>();

        @Override
        public String token() {
            return "tok-" + generation.get();
        }

        @Override
        public synchronized void invalidate(String rejectedToken) {
            invalidated.add(rejectedToken);
            generation.incrementAndGet();
        }
    }

    @Test
    void intercept_401_invalidatesAndRetriesOnceWithFreshToken() {
        RotatingTokens tokens = new RotatingTokens();
        PipelineFixture f = new PipelineFixture(tokens, RetryPolicy.defaults(), RateLimit.unlimited(), 1.0);
        f.transport.respond(401, "{\"code\":124,\"message\":\"Invalid access token.\"}").respond(200, "{}");

        assertThat(f.execute(PipelineFixture.get("/Users/a")).status()).isEqualTo(200);

        assertThat(tokens.invalidated).containsExactly("tok-1");
        assertThat(f.transport.sent()).extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer tok-1", "Bearer tok-2");
    }

    @Test
    void intercept_401Twice_throwsUnauthorizedAfterOneRefresh() {
        RotatingTokens tokens = new RotatingTokens();
        PipelineFixture f = new PipelineFixture(tokens, RetryPolicy.defaults(), RateLimit.unlimited(), 1.0);
        f.transport.respond(401, "{\"code\":124,\"message\":\"Invalid access token.\"}")
                .respond(401, "{\"code\":124,\"message\":\"Invalid access token.\"}");

        assertThatThrownBy(() -> f.execute(PipelineFixture.get("/Users/a")))
                .isInstanceOf(UnauthorizedException.class)
                .hasMessage("401: Invalid access token. (GET /scim2/Users/a)")
                .hasMessageNotContaining("tok-");
        assertThat(tokens.invalidated).containsExactly("tok-1");
    }

    @Test
    void intercept_401WithStaticToken_doesNotResend() {
        PipelineFixture f = PipelineFixture.standard();
        f.transport.respond(401, "");

        assertThatThrownBy(() -> f.execute(PipelineFixture.get("/Users/a"))).isInstanceOf(UnauthorizedException.class);
        assertThat(f.transport.sent()).hasSize(1);
    }

    @Test
    void intercept_redirectToOtherHost_dropsAuthorization() {
        PipelineFixture f = PipelineFixture.standard();
        f.transport.respond(307, "", "Location", "https://other.example.com/scim2/Users/a").respond(200, "{}");

        f.execute(PipelineFixture.get("/Users/a"));

        assertThat(f.transport.sent()).extracting(r -> r.uri().getHost()).containsExactly("api.zoom.us", "other.example.com");
        assertThat(f.transport.sent().get(0).header("Authorization")).isEqualTo("Bearer tok-123");
        assertThat(f.transport.sent().get(1).header("Authorization")).isNull();
    }

    @Test
    void intercept_redirectOnSameHost_keepsAuthorization() {
        PipelineFixture f = PipelineFixture.standard();
        f.transport.respond(301, "", "Location", "/scim2/Users/b").respond(200, "{}");

        f.execute(PipelineFixture.get("/Users/a"));

        assertThat(f.transport.sent().get(1).uri().getPath()).isEqualTo("/scim2/Users/b");
        assertThat(f.transport.sent().get(1).header("Authorization")).isEqualTo("Bearer tok-123");
    }

    @Test
    void intercept_redirectToPlainHttp_isRefused() {
        PipelineFixture f = PipelineFixture.standard();
        f.transport.respond(308, "", "Location", "http://evil.example.com/x");

        assertThatThrownBy(() -> f.execute(PipelineFixture.get("/Users/a")))
                .isInstanceOf(ScimClientException.class)
                .hasMessageContaining("refused to follow a redirect to http://evil.example.com")
                .hasMessageNotContaining("tok-123");
        assertThat(f.transport.sent()).hasSize(1);
    }

    @Test
    void intercept_redirectLoop_stopsAfterFiveHops() {
        PipelineFixture f = PipelineFixture.standard();
        for (int i = 0; i < 6; i++) {
            f.transport.respond(302, "", "Location", "/scim2/Users/a");
        }

        assertThatThrownBy(() -> f.execute(PipelineFixture.get("/Users/a")))
                .isInstanceOf(ScimClientException.class).hasMessageContaining("more than 5 redirects");
    }

    @Test
    void intercept_302ForPost_isNotFollowed() {
        PipelineFixture f = PipelineFixture.standard();
        f.transport.respond(302, "", "Location", "/elsewhere");

        assertThatThrownBy(() -> f.execute(PipelineFixture.post("/Users", "{}")))
                .isInstanceOf(ScimClientException.class).hasMessageContaining("unexpected redirect (HTTP 302)");
    }

    @Test
    void intercept_headers_areScimJson() {
        PipelineFixture f = PipelineFixture.standard();
        f.transport.respond(201, "{}");

        f.execute(PipelineFixture.post("/Users", "{}"));

        ScimRequest sent = f.transport.sent().get(0);
        assertThat(sent.header("Accept")).isEqualTo("application/scim+json");
        assertThat(sent.header("Content-Type")).isEqualTo("application/scim+json");
        assertThat(sent.header("User-Agent")).isEqualTo("scimkit-test");
    }
}
