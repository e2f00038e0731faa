package dev.scimkit.client.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.scimkit.testkit.ManualClock;
import dev.scimkit.client.RateLimit;
import dev.scimkit.client.RecordingSleeper;
import dev.scimkit.client.RetryPolicy;
import dev.scimkit.client.ScimConnectionException;
import dev.scimkit.client.ServerErrorException;
import dev.scimkit.client.ZoomScimClient;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Retries, backoff and rate-limit waits stay within the call's deadline; jitter comes from the injected source. */
@Timeout(60)
class CallDeadlineTest {

    private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);

    private ZoomScimClient.Builder builder(HostileServer server) {
        return ZoomScimClient.builder().baseUri(server.baseUri()).bearerToken("hostile-token")
                .clock(clock).sleeper(sleeper).requestTimeout(Hostile.GENEROUS);
    }

    private static HostileServer unavailable(String retryAfter) {
        return HostileServer.start((request, wire) -> {
            wire.respond(503, "{\"detail\":\"down\"}", "Retry-After: " + retryAfter);
            return true;
        });
    }

    @Test
    void get_retriesStopBeforeAWaitThatWouldOutlastTheCallTimeout() {
        try (HostileServer server = unavailable("4")) {
            ZoomScimClient client = builder(server).rateLimit(RateLimit.unlimited())
                    .retryPolicy(new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofHours(1)))
                    .callTimeout(Duration.ofSeconds(10)).build();

            Throwable failure = catchThrowable(() -> client.users().get("u1"));

            assertThat(failure).isInstanceOf(ServerErrorException.class);
            assertThat(failure.getSuppressed()).hasSize(2);
            assertThat(server.requests()).hasSize(3);
            assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(4));
        }
    }

    @Test
    void get_rateLimitWaitPastTheDeadline_failsAtOnceWithoutSending() {
        try (HostileServer server = HostileServer.start((request, wire) -> {
            wire.respond(200, "{\"id\":\"u1\",\"userName\":\"u@example.com\"}");
            return true;
        })) {
            ZoomScimClient client = builder(server).rateLimit(RateLimit.perSecond(0.01)).retryPolicy(RetryPolicy.none())
                    .callTimeout(Duration.ofMinutes(1)).build();
            client.users().get("u1");

            Throwable failure = catchThrowable(() -> client.users().get("u1"));

            assertThat(failure).isInstanceOfSatisfying(ScimConnectionException.class, e -> {
                assertThat(e.timedOut()).isTrue();
                assertThat(e.detail()).contains("rate limit would hold this request for 1 min 40 s")
                        .contains("callTimeout").contains("not sent");
            });
            assertThat(server.requests()).hasSize(1);
            assertThat(sleeper.sleeps()).isEmpty();
        }
    }

    @Test
    void get_backoffJitter_comesFromTheInjectedRandomSource() {
        try (HostileServer server = unavailable("x")) {
            RandomGenerator half = () -> Long.MIN_VALUE >>> 1; // nextDouble() == 0.25 for this nextLong
            ZoomScimClient client = builder(server).rateLimit(RateLimit.unlimited())
                    .retryPolicy(new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(8), Duration.ofHours(1)))
                    .random(half).build();

            catchThrowable(() -> client.users().get("u1"));

            double fraction = half.nextDouble();
            assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis((long) (2000 * fraction)),
                    Duration.ofMillis((long) (4000 * fraction)));
        }
    }
}
