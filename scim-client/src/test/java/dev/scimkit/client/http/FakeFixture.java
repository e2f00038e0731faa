package dev.scimkit.client.http;

import dev.scimkit.client.CapturingLogger;
import dev.scimkit.testkit.ManualClock;
import dev.scimkit.client.RateLimit;
import dev.scimkit.client.RecordingSleeper;
import dev.scimkit.client.RetryPolicy;
import dev.scimkit.client.ZoomScimClient;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.testkit.RecordedRequest;
import dev.scimkit.testkit.ZoomScimFake;
import jakarta.json.JsonObject;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A fake Zoom over real HTTP and a client for it with injected time, no rate limit and captured logs. */
final class FakeFixture implements AutoCloseable {

    static final RetryPolicy RETRIES = new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(8),
            Duration.ofMinutes(5));

    final ZoomScimFake fake;
    final ManualClock clock;
    final RecordingSleeper sleeper;
    final CapturingLogger logger = new CapturingLogger(Level.TRACE);
    final ZoomScimClient client;

    FakeFixture() {
        this(ZoomScimFake.start(), ManualClock.at(Instant.parse("2026-01-01T00:00:00Z")));
    }

    FakeFixture(ZoomScimFake fake, ManualClock clock) {
        this.fake = fake;
        this.clock = clock;
        this.sleeper = new RecordingSleeper(clock);
        this.client = clientBuilder().bearerToken(fake.token()).build();
    }

    ZoomScimClient.Builder clientBuilder() {
        return ZoomScimClient.builder()
                .baseUri(fake.baseUri())
                .rateLimit(RateLimit.unlimited())
                .retryPolicy(RETRIES)
                .clock(clock)
                .sleeper(sleeper)
                .requestTimeout(Duration.ofSeconds(30))
                .logger(logger);
    }

    static JsonObject userJson(String userName) {
        return ScimJson.builders().createObjectBuilder()
                .add("schemas", ScimJson.builders().createArrayBuilder().add("urn:ietf:params:scim:schemas:core:2.0:User"))
                .add("userName", userName)
                .add("name", ScimJson.builders().createObjectBuilder().add("givenName", "Jill").add("familyName", "Chill"))
                .add("emails", ScimJson.builders().createArrayBuilder().add(ScimJson.builders().createObjectBuilder()
                        .add("type", "work").add("value", userName).add("primary", true)))
                .add("active", true)
                .add("userType", "Basic")
                .build();
    }

    /**
     * Takes the next {@code n} journal entries, waiting for each (the fake journals a request just
     * after answering it, so the journal may trail the client by a moment).
     */
    List<RecordedRequest> taken(int n) {
        List<RecordedRequest> out = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                RecordedRequest next = fake.takeRequest(Duration.ofSeconds(20));
                if (next == null) {
                    throw new AssertionError("expected " + n + " requests but only " + i + " arrived: " + out);
                }
                out.add(next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        out.sort(java.util.Comparator.comparingLong(RecordedRequest::sequence));
        return out;
    }

    /** @return method and path (with query) of the next {@code n} requests, in arrival order */
    List<String> wire(int n) {
        return taken(n).stream().map(FakeFixture::line).collect(Collectors.toList());
    }

    static String line(RecordedRequest r) {
        return r.method() + " " + r.path() + (r.query().isEmpty() ? "" : "?" + r.query());
    }

    @Override
    public void close() {
        fake.close();
    }
}
