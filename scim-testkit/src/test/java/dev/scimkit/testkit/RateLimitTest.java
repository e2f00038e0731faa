package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private final ManualClock clock = ManualClock.at(Instant.parse("2026-05-01T00:00:00Z"));
    private final ZoomScimFake fake = ZoomScimFake.builder().clock(clock).rateLimits(RateLimits.perSecond(2, 1)).start();
    private final Http http = Http.to(fake);

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void lightCategory_answers429WithRetryAfterAndRateLimitHeaders() {
        HttpResponse<String> first = http.get("/Users/a");
        HttpResponse<String> second = http.get("/Users/b");
        HttpResponse<String> third = http.get("/Users/c");

        assertThat(first.statusCode()).isEqualTo(404);
        assertThat(first.headers().firstValue("X-RateLimit-Category")).hasValue("Light");
        assertThat(first.headers().firstValue("X-RateLimit-Limit")).hasValue("2");
        assertThat(first.headers().firstValue("X-RateLimit-Remaining")).hasValue("1");
        assertThat(second.statusCode()).isEqualTo(404);
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(third.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        assertThat(third.headers().firstValue("X-RateLimit-Type")).hasValue("QPS");
        assertThat(Http.json(third).getString("detail"))
                .isEqualTo("You have reached the maximum per-second rate limit for this API. Try again later.");
        assertThat(Http.json(third).getInt("status")).isEqualTo(429);
    }

    @Test
    void bucket_refillsAsTheClockAdvances() {
        http.get("/Users/a");
        http.get("/Users/a");
        assertThat(http.get("/Users/a").statusCode()).isEqualTo(429);

        clock.advance(Duration.ofMillis(500));

        assertThat(http.get("/Users/a").statusCode()).isEqualTo(404);
        assertThat(http.get("/Users/a").statusCode()).isEqualTo(429);
    }

    @Test
    void listing_isMediumAndLimitedSeparately() {
        HttpResponse<String> list = http.get("/Users");
        HttpResponse<String> secondList = http.get("/Users");
        HttpResponse<String> single = http.get("/Users/a");

        assertThat(list.headers().firstValue("X-RateLimit-Category")).hasValue("Medium");
        assertThat(secondList.statusCode()).isEqualTo(429);
        assertThat(single.statusCode()).isEqualTo(404);
    }

    @Test
    void rateLimits_rejectNegativeLimits() {
        assertThatThrownBy(() -> RateLimits.perSecond(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RateLimits.off().enabled()).isFalse();
        assertThat(RateLimits.zoomBusiness()).isEqualTo(RateLimits.perSecond(80, 60));
    }
}
