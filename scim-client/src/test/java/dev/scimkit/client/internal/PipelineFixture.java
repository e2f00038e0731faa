package dev.scimkit.client.internal;

import dev.scimkit.client.CapturingLogger;
import dev.scimkit.testkit.ManualClock;
import dev.scimkit.client.RateLimit;
import dev.scimkit.client.RecordingSleeper;
import dev.scimkit.client.RetryPolicy;
import dev.scimkit.client.TokenProvider;
import dev.scimkit.core.dialect.RateCategory;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A pipeline over a scripted transport with a manual clock, a recording sleeper and a fixed jitter. */
final class PipelineFixture {

    final ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
    final RecordingSleeper sleeper = new RecordingSleeper(clock);
    final ScriptedTransport transport = new ScriptedTransport();
    final CapturingLogger logger = new CapturingLogger(Level.TRACE);
    final RateLimiter limiter;
    final Pipeline pipeline;

    PipelineFixture(TokenProvider tokens, RetryPolicy policy, RateLimit rateLimit, double jitter) {
        limiter = new RateLimiter(rateLimit, clock);
        pipeline = new Pipeline(List.of(
                new AuthStage(tokens),
                new RetryStage(policy, new Backoff(policy, () -> jitter), sleeper, clock),
                new RateLimitStage(limiter, sleeper, clock),
                new RedirectStage(false),
                new HeadersStage("scimkit-test"),
                new LoggingStage(logger),
                new SendStage(transport)), clock);
    }

    static PipelineFixture standard() {
        return new PipelineFixture(() -> "tok-123", new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(8),
                Duration.ofMinutes(1)), RateLimit.unlimited(), 1.0);
    }

    static ScimRequest get(String path) {
        return ScimRequest.of("GET", URI.create("https://api.zoom.us/scim2" + path), null, RateCategory.LIGHT);
    }

    static ScimRequest post(String path, String body) {
        return ScimRequest.of("POST", URI.create("https://api.zoom.us/scim2" + path),
                body.getBytes(StandardCharsets.UTF_8), RateCategory.MEDIUM);
    }

    ScimResponse execute(ScimRequest request) {
        return Pipeline.await(pipeline.execute(request));
    }
}
