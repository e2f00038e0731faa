package dev.scimkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class ZoomScimClientBuilderTest {

    private static final String TOKEN = "very-secret-token";

    @Test
    void build_defaults_areDocumentedValues() {
        ZoomScimClient client = ZoomScimClient.builder().bearerToken(TOKEN).build();

        assertThat(client.baseUri()).isEqualTo(URI.create("https://api.zoom.us/scim2"));
        assertThat(client.retryPolicy()).isEqualTo(RetryPolicy.defaults());
        assertThat(client.rateLimit()).isEqualTo(RateLimit.zoomPro());
        assertThat(client.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(client.zoomCompatibility()).isFalse();
        assertThat(client.httpClient().connectTimeout()).contains(Duration.ofSeconds(10));
        assertThat(client.httpClient().followRedirects()).isEqualTo(HttpClient.Redirect.NEVER);
    }

    @Test
    void bearerToken_thenTokenProvider_throwsNamingBoth() {
        assertThatThrownBy(() -> ZoomScimClient.builder().bearerToken(TOKEN).tokenProvider(() -> "x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("bearerToken was already set to <redacted>; tokenProvider (a ")
                .hasMessageEndingWith(") is an alternative to it: set only one");
        assertThatThrownBy(() -> ZoomScimClient.builder().tokenProvider(() -> "x").bearerToken(TOKEN))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tokenProvider was already set").hasMessageNotContaining(TOKEN);
    }

    @Test
    void httpClient_withExecutorOrConnectTimeout_throwsNamingBoth() {
        HttpClient http = HttpClient.newHttpClient();
        java.util.concurrent.Executor inline = Runnable::run;
        assertThatThrownBy(() -> ZoomScimClient.builder().executor(inline).httpClient(http))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("executor was already set to " + inline + "; httpClient (" + http
                        + ") cannot be combined with executor");
        assertThatThrownBy(() -> ZoomScimClient.builder().httpClient(http).connectTimeout(Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("httpClient was already set to " + http + "; connectTimeout (PT1S) cannot be combined "
                        + "with httpClient");
    }

    @Test
    void setters_invalidValues_failAtOnce() {
        ZoomScimClient.Builder b = ZoomScimClient.builder();
        assertThatThrownBy(() -> b.baseUri(URI.create("/relative"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseUri must be an absolute");
        assertThatThrownBy(() -> b.baseUri(URI.create("https://h/scim2?x=1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.requestTimeout(Duration.ZERO)).hasMessage("requestTimeout must be positive but was PT0S");
        assertThatThrownBy(() -> b.maxResponseBytes(10)).hasMessageContaining("maxResponseBytes");
        assertThatThrownBy(() -> b.bearerToken("bad token\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("bad token");
        assertThatThrownBy(() -> b.httpClient(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()))
                .hasMessageContaining("must not follow redirects");
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessage("maxAttempts must be at least 1 but was 0");
        assertThatThrownBy(() -> RateLimit.perSecond(0)).hasMessageContaining("lightPerSecond must be positive");
    }

    @Test
    void build_withoutAuth_orInsecureBase_fails() {
        assertThatThrownBy(() -> ZoomScimClient.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("no authentication: set bearerToken(..) or tokenProvider(..)");
        assertThatThrownBy(() -> ZoomScimClient.builder().bearerToken(TOKEN)
                .baseUri(URI.create("http://scim.example.com/scim2")).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("baseUri uses plain http").hasMessageContaining("allowInsecureHttp(true)");
        assertThat(ZoomScimClient.builder().bearerToken(TOKEN).baseUri(URI.create("http://scim.example.com/scim2"))
                .allowInsecureHttp(true).build().baseUri().getHost()).isEqualTo("scim.example.com");
        assertThat(ZoomScimClient.builder().bearerToken(TOKEN).baseUri(URI.create("http://127.0.0.1:8080/scim2"))
                .build().baseUri().getPort()).isEqualTo(8080);
    }

    @Test
    void newBuilder_sharesHttpClientAndLimiter_andLeavesOriginalUnchanged() {
        ZoomScimClient original = ZoomScimClient.builder().bearerToken(TOKEN).zoomCompatibility(true).build();

        ZoomScimClient derived = original.newBuilder().tokenProvider(() -> "other")
                .retryPolicy(RetryPolicy.none()).requestTimeout(Duration.ofSeconds(5)).build();

        assertThat(derived.httpClient()).isSameAs(original.httpClient());
        assertThat(derived.rateLimiter()).isSameAs(original.rateLimiter());
        assertThat(derived.retryPolicy()).isEqualTo(RetryPolicy.none());
        assertThat(derived.zoomCompatibility()).isTrue();
        assertThat(original.retryPolicy()).isEqualTo(RetryPolicy.defaults());
        assertThat(original.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(original.toString()).contains("auth=bearerToken");
        assertThat(derived.toString()).contains("auth=tokenProvider");
    }

    @Test
    void newBuilder_changingRateLimitOrConnectTimeout_stopsSharingThatPart() {
        ZoomScimClient original = ZoomScimClient.builder().bearerToken(TOKEN).build();

        ZoomScimClient derived = original.newBuilder().rateLimit(RateLimit.zoomBusiness())
                .connectTimeout(Duration.ofSeconds(2)).build();

        assertThat(derived.rateLimiter()).isNotSameAs(original.rateLimiter());
        assertThat(derived.httpClient()).isNotSameAs(original.httpClient());
        assertThat(derived.httpClient().connectTimeout()).contains(Duration.ofSeconds(2));
        assertThat(original.rateLimit()).isEqualTo(RateLimit.zoomPro());
    }

    @Test
    void executor_isUsedByCreatedHttpClient() {
        var pool = Executors.newSingleThreadExecutor();
        try {
            ZoomScimClient client = ZoomScimClient.builder().bearerToken(TOKEN).executor(pool).build();
            assertThat(client.httpClient().executor()).contains(pool);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void toString_neverShowsToken() {
        ZoomScimClient.Builder builder = ZoomScimClient.builder().bearerToken(TOKEN);
        assertThat(builder.toString()).doesNotContain(TOKEN);
        assertThat(builder.build().toString()).doesNotContain(TOKEN);
    }
}
