package dev.scimkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.testkit.ManualClock;
import dev.scimkit.client.RetryPolicy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SmallPartsTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void retryAfter_forms_parse() {
        assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("Thu, 01 Jan 2026 00:01:00 GMT", NOW)).contains(Duration.ofMinutes(1));
        assertThat(RetryAfter.parse("2026-01-01T00:00:05Z", NOW)).contains(Duration.ofSeconds(5));
        assertThat(RetryAfter.parse("2026-01-01T01:00:05+01:00", NOW)).contains(Duration.ofSeconds(5));
        assertThat(RetryAfter.parse("2025-12-31T00:00:00Z", NOW)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
        assertThat(RetryAfter.parse("99999999999999999999", NOW)).hasValueSatisfying(d -> assertThat(d).isPositive());
    }

    @Property
    void backoff_delay_staysWithinCeilingAndCap(@ForAll @IntRange(min = 1, max = 200) int attempt,
                                                @ForAll @DoubleRange(min = 0, max = 1) double random) {
        RetryPolicy policy = RetryPolicy.defaults();
        Backoff backoff = new Backoff(policy, () -> random);

        Duration delay = backoff.delay(attempt);

        assertThat(delay).isBetween(Duration.ZERO, backoff.ceiling(attempt));
        assertThat(backoff.ceiling(attempt)).isLessThanOrEqualTo(policy.maxBackoff());
    }

    @Test
    void tokenBucket_burstThenSpacedReservations() {
        ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
        TokenBucket bucket = new TokenBucket(2, clock);

        assertThat(bucket.reserve()).isZero();
        assertThat(bucket.reserve()).isZero();
        assertThat(bucket.reserve()).isEqualTo(Duration.ofMillis(500));
        assertThat(bucket.reserve()).isEqualTo(Duration.ofMillis(1000));
        clock.advance(Duration.ofSeconds(2));
        assertThat(bucket.reserve()).isZero();
    }

    @Test
    void tokenBucket_throttled_halvesRatePausesAndRecovers() {
        ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
        TokenBucket bucket = new TokenBucket(10, clock);

        bucket.throttled(Duration.ofSeconds(3));

        assertThat(bucket.currentRate()).isEqualTo(5.0);
        assertThat(bucket.reserve()).isEqualTo(Duration.ofSeconds(3));
        for (int i = 0; i < 5; i++) {
            bucket.throttled(null);
        }
        assertThat(bucket.currentRate()).isEqualTo(1.0);
        for (int i = 0; i < 30; i++) {
            bucket.succeeded();
        }
        assertThat(bucket.currentRate()).isEqualTo(10.0);
    }

    @Test
    void uriPolicy_encode_escapesZoomIdCharacters() {
        assertThat(UriPolicy.encode("k&KdKr6TLWuxdDtk0hjSzL")).isEqualTo("k%26KdKr6TLWuxdDtk0hjSzL");
        assertThat(UriPolicy.encode("a/b?c#d e+é")).isEqualTo("a%2Fb%3Fc%23d%20e%2B%C3%A9");
        assertThat(UriPolicy.encode("A-z_0.9~")).isEqualTo("A-z_0.9~");
    }

    @Test
    void uriPolicy_violation_refusesHttpToRemoteHosts() {
        assertThat(UriPolicy.violation(URI.create("https://api.zoom.us/scim2"), false)).isNull();
        assertThat(UriPolicy.violation(URI.create("http://127.0.0.1:8080/scim2"), false)).isNull();
        assertThat(UriPolicy.violation(URI.create("http://localhost/scim2"), false)).isNull();
        assertThat(UriPolicy.violation(URI.create("http://[::1]:9/scim2"), false)).isNull();
        assertThat(UriPolicy.violation(URI.create("http://api.zoom.us/scim2"), false)).contains("plain http");
        assertThat(UriPolicy.violation(URI.create("http://api.zoom.us/scim2"), true)).isNull();
        assertThat(UriPolicy.violation(URI.create("ftp://api.zoom.us/scim2"), true)).contains("scheme 'ftp'");
        assertThat(UriPolicy.violation(URI.create("http://127.0.0.1.evil.com/"), false)).isNotNull();
    }

    @Test
    void bodyRedactor_masksSecretsAtAnyDepth() {
        String body = "{\"userName\":\"a@b.c\",\"password\":\"hunter2\",\"x\":[{\"Access_Token\":\"abc\"}]}";

        String redacted = BodyRedactor.redact(body.getBytes(StandardCharsets.UTF_8));

        assertThat(redacted).contains("a@b.c").doesNotContain("hunter2").doesNotContain("abc")
                .contains("\"password\":\"***\"");
        assertThat(BodyRedactor.redact("token=abc".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("(9 bytes, not JSON: not logged)");
        assertThat(BodyRedactor.redact(new byte[0])).isEqualTo("(no body)");
    }
}
