package dev.scimkit.client.provisioning;

import dev.scimkit.testkit.ManualClock;
import dev.scimkit.client.RateLimit;
import dev.scimkit.client.RecordingSleeper;
import dev.scimkit.client.RetryPolicy;
import dev.scimkit.client.ZoomScimClient;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.testkit.RecordedRequest;
import dev.scimkit.testkit.ZoomScimFake;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fake Zoom and a client for it with injected time (no real sleeping) and no rate limit. */
final class ProvisioningFixture implements AutoCloseable {

    static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    static final RetryPolicy RETRIES = new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(8),
            Duration.ofMinutes(10));

    final ZoomScimFake fake;
    final ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
    final ZoomScimClient client;

    ProvisioningFixture() {
        this(ZoomScimFake.start());
    }

    ProvisioningFixture(ZoomScimFake fake) {
        this.fake = fake;
        this.client = ZoomScimClient.builder()
                .baseUri(fake.baseUri())
                .bearerToken(fake.token())
                .rateLimit(RateLimit.unlimited())
                .retryPolicy(RETRIES)
                .clock(clock)
                .sleeper(new RecordingSleeper(clock))
                .requestTimeout(Duration.ofSeconds(30))
                .build();
    }

    Provisioner.Builder provisioner(AttributeMapping mapping) {
        return Provisioner.builder().client(client).mapping(mapping).clock(clock);
    }

    /** @return the fake's user with that userName (ignoring case) */
    Optional<JsonObject> user(String userName) {
        return fake.users().stream()
                .filter(user -> AttributeNames.get(user, "userName") instanceof JsonString name
                        && name.getString().equalsIgnoreCase(userName))
                .findFirst();
    }

    JsonObject requireUser(String userName) {
        return user(userName).orElseThrow(() -> new AssertionError("no user " + userName + " in " + fake.users()));
    }

    static String text(JsonObject user, String... path) {
        JsonValue value = user;
        for (String name : path) {
            value = AttributeNames.get((JsonObject) value, name);
            if (value == null) {
                return null;
            }
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    static String workEmail(JsonObject user) {
        for (JsonValue email : user.getJsonArray("emails")) {
            JsonObject object = email.asJsonObject();
            if ("work".equals(text(object, "type"))) {
                return text(object, "value");
            }
        }
        return null;
    }

    /** @return the write requests (anything but GET) the fake received */
    List<RecordedRequest> writes() {
        return fake.requests().stream().filter(request -> !request.method().equals("GET")).toList();
    }

    static SourceRecord record(Map<String, ?> attributes) {
        return SourceRecord.of(attributes);
    }

    @Override
    public void close() {
        fake.close();
    }
}
