package dev.scimkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scimkit.client.NotFoundException;
import dev.scimkit.client.RateLimit;
import dev.scimkit.client.RetryPolicy;
import dev.scimkit.client.ScimConnectionException;
import dev.scimkit.client.ServerErrorException;
import dev.scimkit.client.TooManyRequestsException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryStageTest {

    private final PipelineFixture f = PipelineFixture.standard();

    @Test
    void get_503ThenOk_retriesAfterBackoffCeiling() {
        f.transport.respond(503, "").respond(200, "{}");

        ScimResponse response = f.execute(PipelineFixture.get("/Users/a"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(f.transport.sent()).extracting(ScimRequest::attempt).containsExactly(1, 2);
        assertThat(f.sleeper.sleeps()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void get_backoffDoublesUpToCap() {
        PipelineFixture many = new PipelineFixture(() -> "t", new RetryPolicy(6, Duration.ofSeconds(1),
                Duration.ofSeconds(5), Duration.ofHours(1)), RateLimit.unlimited(), 1.0);
        for (int i = 0; i < 5; i++) {
            many.transport.respond(502, "");
        }
        many.transport.respond(200, "{}");

        many.execute(PipelineFixture.get("/Users/a"));

        assertThat(many.sleeper.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void get_fullJitterScalesTheCeiling() {
        PipelineFixture half = new PipelineFixture(() -> "t", RetryPolicy.defaults(), RateLimit.unlimited(), 0.5);
        half.transport.respond(504, "").respond(200, "{}");

        half.execute(PipelineFixture.get("/Users/a"));

        assertThat(half.sleeper.sleeps()).containsExactly(Duration.ofMillis(250));
    }

    @Test
    void anyMethod_429WithRetryAfterSeconds_waitsThatLong() {
        f.transport.respond(429, "{\"detail\":\"slow down\"}", "Retry-After", "7").respond(201, "{}");

        f.execute(PipelineFixture.post("/Users", "{}"));

        assertThat(f.sleeper.sleeps()).containsExactly(Duration.ofSeconds(7));
        assertThat(f.transport.sent()).hasSize(2);
    }

    @Test
    void anyMethod_429WithHttpDate_waitsUntilThatDate() {
        f.transport.respond(429, "", "Retry-After", "Thu, 01 Jan 2026 00:00:30 GMT").respond(200, "{}");

        f.execute(PipelineFixture.get("/Users"));

        assertThat(f.sleeper.sleeps()).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void anyMethod_429WithIsoInstant_waitsUntilThatInstant() {
        f.transport.respond(429, "", "Retry-After", "2026-01-01T00:00:12Z").respond(200, "{}");

        f.execute(PipelineFixture.get("/Users"));

        assertThat(f.sleeper.sleeps()).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void get_retryAfterBeyondTotalBudget_givesUpAtOnce() {
        f.transport.respond(429, "{\"detail\":\"daily limit\"}", "Retry-After", "2026-01-02T00:00:00Z");

        TooManyRequestsException e = catchThrowableOfType(() -> f.execute(PipelineFixture.get("/Users")),
                TooManyRequestsException.class);

        assertThat(e.retryAfter()).contains(Duration.ofDays(1));
        assertThat(e.detail()).isEqualTo("daily limit");
        assertThat(f.sleeper.sleeps()).isEmpty();
    }

    @Test
    void get_alwaysFailing_stopsAtMaxAttemptsWithEarlierFailuresSuppressed() {
        for (int i = 0; i < 4; i++) {
            f.transport.respond(503, "{\"detail\":\"down " + i + "\",\"status\":\"503\"}");
        }

        ServerErrorException e = catchThrowableOfType(() -> f.execute(PipelineFixture.get("/Users/x")),
                ServerErrorException.class);

        assertThat(e.detail()).isEqualTo("down 3");
        assertThat(e.getSuppressed()).extracting(Throwable::getMessage)
                .containsExactly("503: down 0 (GET /scim2/Users/x)", "503: down 1 (GET /scim2/Users/x)",
                        "503: down 2 (GET /scim2/Users/x)");
        assertThat(f.transport.remaining()).isZero();
    }

    @Test
    void get_totalTimeBudget_boundsRetries() {
        PipelineFixture tight = new PipelineFixture(() -> "t", new RetryPolicy(10, Duration.ofSeconds(4),
                Duration.ofSeconds(4), Duration.ofSeconds(10)), RateLimit.unlimited(), 1.0);
        tight.transport.respond(503, "").respond(503, "").respond(503, "");

        assertThatThrownBy(() -> tight.execute(PipelineFixture.get("/Users")))
                .isInstanceOf(ServerErrorException.class);

        assertThat(tight.sleeper.sleeps()).containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(4));
        assertThat(tight.transport.sent()).hasSize(3);
    }

    @Test
    void get_notFound_isNotRetried() {
        f.transport.respond(404, "{\"detail\":\"User does not exist\",\"status\":404}");

        assertThatThrownBy(() -> f.execute(PipelineFixture.get("/Users/x")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("User does not exist");
        assertThat(f.transport.sent()).hasSize(1);
    }

    @Test
    void get_connectionReset_isRetried() {
        f.transport.fail(new IOException("connection reset")).respond(200, "{}");

        assertThat(f.execute(PipelineFixture.get("/Users/x")).status()).isEqualTo(200);
    }

    @Test
    void post_connectionRefused_isRetriedWithoutProbe() {
        f.transport.fail(new ConnectException("refused")).respond(201, "{}");

        assertThat(f.execute(PipelineFixture.post("/Users", "{}")).status()).isEqualTo(201);
        assertThat(f.transport.sent()).extracting(ScimRequest::method).containsExactly("POST", "POST");
    }

    @Test
    void post_timeoutWithoutProbe_isNotRepeated() {
        f.transport.fail(new HttpTimeoutException("request timed out"));

        ScimConnectionException e = catchThrowableOfType(() -> f.execute(PipelineFixture.post("/Users", "{}")),
                ScimConnectionException.class);

        assertThat(e.timedOut()).isTrue();
        assertThat(e.status()).isEqualTo(504);
        assertThat(f.transport.sent()).hasSize(1);
    }

    @Test
    void post_503WithoutProbe_isNotRepeated() {
        f.transport.respond(503, "");

        assertThatThrownBy(() -> f.execute(PipelineFixture.post("/Users", "{}")))
                .isInstanceOf(ServerErrorException.class);
        assertThat(f.transport.sent()).hasSize(1);
    }

    @Test
    void post_resetAndProbeFindsResource_returnsItWithoutSecondPost() {
        f.transport.fail(new IOException("reset")).respond(200, "{\"Resources\":[{\"id\":\"u1\"}]}");
        RecoveryProbe probe = get -> get.apply(java.net.URI.create("https://api.zoom.us/scim2/Users?filter=x"))
                .thenApply(r -> Optional.of(ScriptedTransport.response(r.request(), 201, "{\"id\":\"u1\"}")));

        ScimResponse response = f.execute(PipelineFixture.post("/Users", "{}").withProbe(probe));

        assertThat(response.status()).isEqualTo(201);
        assertThat(f.transport.sent()).extracting(ScimRequest::method).containsExactly("POST", "GET");
        assertThat(f.transport.sent().get(1).header("Authorization")).isEqualTo("Bearer tok-123");
        assertThat(f.transport.sent().get(1).body()).isNull();
    }

    @Test
    void post_resetAndProbeFindsNothing_sendsPostAgain() {
        AtomicInteger probes = new AtomicInteger();
        f.transport.fail(new IOException("reset")).respond(200, "{\"Resources\":[]}").respond(201, "{}");
        RecoveryProbe probe = get -> {
            probes.incrementAndGet();
            return get.apply(java.net.URI.create("https://api.zoom.us/scim2/Users?filter=x"))
                    .thenApply(r -> Optional.empty());
        };

        assertThat(f.execute(PipelineFixture.post("/Users", "{}").withProbe(probe)).status()).isEqualTo(201);
        assertThat(f.transport.sent()).extracting(ScimRequest::method).containsExactly("POST", "GET", "POST");
        assertThat(probes).hasValue(1);
    }

    @Test
    void post_probeFails_throwsOriginalFailureWithProbeFailureSuppressed() {
        f.transport.fail(new IOException("reset"));
        RecoveryProbe probe = get -> CompletableFuture.failedFuture(new IllegalStateException("lookup broke"));

        ScimConnectionException e = catchThrowableOfType(
                () -> f.execute(PipelineFixture.post("/Users", "{}").withProbe(probe)), ScimConnectionException.class);

        assertThat(e.getSuppressed()).extracting(Throwable::getMessage).containsExactly("lookup broke");
    }
}
