package dev.scimkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.testkit.ManualClock;
import dev.scimkit.client.RateLimit;
import dev.scimkit.client.RetryPolicy;
import dev.scimkit.core.dialect.RateCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RateLimitStageTest {

    @Test
    void execute_beyondBurst_waitsThroughSleeper() {
        PipelineFixture f = new PipelineFixture(() -> "t", RetryPolicy.none(), RateLimit.perSecond(2), 1.0);
        for (int i = 0; i < 4; i++) {
            f.transport.respond(200, "{}");
        }

        for (int i = 0; i < 4; i++) {
            f.execute(PipelineFixture.get("/Users/a"));
        }

        assertThat(f.sleeper.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500));
    }

    @Test
    void execute_429_slowsTheSharedBucketAndHonoursRetryAfter() {
        PipelineFixture f = new PipelineFixture(() -> "t", RetryPolicy.defaults(), RateLimit.perSecond(10), 1.0);
        f.transport.respond(429, "", "Retry-After", "2").respond(200, "{}");

        f.execute(PipelineFixture.get("/Users/a"));

        assertThat(f.limiter.currentRate(RateCategory.LIGHT)).isLessThan(10.0);
        assertThat(f.limiter.currentRate(RateCategory.MEDIUM)).isEqualTo(10.0);
        assertThat(f.sleeper.sleeps()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void reserve_fromManyThreads_handsOutDistinctSlots() throws Exception {
        ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
        RateLimiter limiter = new RateLimiter(RateLimit.perSecond(10), clock);
        ConcurrentLinkedQueue<Duration> waits = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch done = new CountDownLatch(8);
        try {
            for (int t = 0; t < 8; t++) {
                pool.execute(() -> {
                    for (int i = 0; i < 10; i++) {
                        waits.add(limiter.reserve(RateCategory.MEDIUM));
                    }
                    done.countDown();
                });
            }
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }

        List<Long> millis = waits.stream().map(Duration::toMillis).sorted().collect(Collectors.toList());
        assertThat(millis.subList(0, 10)).containsOnly(0L);
        assertThat(millis.subList(10, 80)).doesNotHaveDuplicates();
        assertThat(millis.get(79)).isEqualTo(7000L);
    }
}
