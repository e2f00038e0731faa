package dev.scimkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** A setting given twice, or two that exclude each other, fail at once naming both values. */
class BuilderSettingsOnceTest {

    private static final String TOKEN = "very-secret-token";

    private static void twice(Consumer<ZoomScimClient.Builder> set, String message) {
        ZoomScimClient.Builder builder = ZoomScimClient.builder();
        set.accept(builder);
        assertThatThrownBy(() -> set.accept(builder)).isInstanceOf(IllegalStateException.class).hasMessage(message);
    }

    @Test
    void sameSettingTwice_failsNamingBothValues() {
        ZoomScimClient.Builder builder = ZoomScimClient.builder().requestTimeout(Duration.ofSeconds(10));
        assertThatThrownBy(() -> builder.requestTimeout(Duration.ofSeconds(5))).isInstanceOf(IllegalStateException.class)
                .hasMessage("requestTimeout was already set to PT10S; cannot set it again to PT5S");

        twice(b -> b.callTimeout(Duration.ofMinutes(1)), "callTimeout was already set to PT1M; cannot set it again to PT1M");
        twice(b -> b.baseUri(URI.create("https://h/scim2")),
                "baseUri was already set to https://h/scim2; cannot set it again to https://h/scim2");
        twice(b -> b.maxResponseBytes(4096), "maxResponseBytes was already set to 4096; cannot set it again to 4096");
        twice(b -> b.zoomCompatibility(true), "zoomCompatibility was already set to true; cannot set it again to true");
        twice(b -> b.allowInsecureHttp(false),
                "allowInsecureHttp was already set to false; cannot set it again to false");
        twice(b -> b.rateLimit(RateLimit.unlimited()), "rateLimit was already set to " + RateLimit.unlimited()
                + "; cannot set it again to " + RateLimit.unlimited());
        twice(b -> b.retryPolicy(RetryPolicy.none()), "retryPolicy was already set to " + RetryPolicy.none()
                + "; cannot set it again to " + RetryPolicy.none());
        twice(b -> b.connectTimeout(Duration.ofSeconds(1)),
                "connectTimeout was already set to PT1S; cannot set it again to PT1S");
    }

    @Test
    void tokenTwice_failsWithoutShowingIt() {
        ZoomScimClient.Builder builder = ZoomScimClient.builder().bearerToken(TOKEN);
        assertThatThrownBy(() -> builder.bearerToken("other-token")).isInstanceOf(IllegalStateException.class)
                .hasMessage("bearerToken was already set to <redacted>; cannot set it again to <redacted>");
    }

    @Test
    void excludingSettings_failNamingBothValues() {
        HttpClient http = HttpClient.newHttpClient();
        assertThatThrownBy(() -> ZoomScimClient.builder().connectTimeout(Duration.ofSeconds(2)).httpClient(http))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("connectTimeout was already set to PT2S; httpClient (" + http
                        + ") cannot be combined with connectTimeout");
        assertThatThrownBy(() -> ZoomScimClient.builder().bearerToken(TOKEN).tokenProvider(new StaticProvider()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("bearerToken was already set to <redacted>; tokenProvider (a StaticProvider) is an "
                        + "alternative to it: set only one");
    }

    @Test
    void injectables_twice_fail() {
        RandomGenerator random = () -> 42L;
        ZoomScimClient.Builder builder = ZoomScimClient.builder().random(random).sleeper(Sleeper.system())
                .clock(java.time.Clock.systemUTC()).logger(System.getLogger("a"));
        assertThatThrownBy(() -> builder.random(random)).hasMessageStartingWith("random was already set to ");
        assertThatThrownBy(() -> builder.sleeper(Sleeper.system())).hasMessageStartingWith("sleeper was already set to ");
        assertThatThrownBy(() -> builder.clock(java.time.Clock.systemUTC()))
                .hasMessage("clock was already set to SystemClock[Z]; cannot set it again to SystemClock[Z]");
        assertThatThrownBy(() -> builder.logger(System.getLogger("b")))
                .hasMessage("logger was already set to logger a; cannot set it again to logger b");
    }

    @Test
    void newBuilder_replacesEachInheritedSettingOnce() {
        ZoomScimClient original = ZoomScimClient.builder().bearerToken(TOKEN).requestTimeout(Duration.ofSeconds(10))
                .build();

        ZoomScimClient.Builder derived = original.newBuilder().requestTimeout(Duration.ofSeconds(5))
                .bearerToken("new-token");

        assertThat(derived.build().requestTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThatThrownBy(() -> derived.requestTimeout(Duration.ofSeconds(1)))
                .hasMessage("requestTimeout was already set to PT5S; cannot set it again to PT1S");
        assertThat(original.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(original.callTimeout()).isEqualTo(Duration.ofMinutes(3));
    }

    private static final class StaticProvider implements TokenProvider {
        @Override
        public String token() {
            return "x";
        }
    }
}
