package dev.scimkit.testkit.internal.ratelimit;

import dev.scimkit.core.dialect.RateCategory;
import dev.scimkit.testkit.RateLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Zoom-style per-category token buckets: each holds one second's worth of requests and refills
 * continuously by an injected clock. Thread-safe.
 */
public final class RateLimiter {

    /**
     * The outcome of one acquisition.
     *
     * @param allowed    whether the request may proceed
     * @param limit      the category's per-second limit (0 when unlimited)
     * @param remaining  whole requests left in the bucket after this one
     * @param retryAfter when refused: how long until a request would be allowed
     */
    public record Decision(boolean allowed, int limit, int remaining, Duration retryAfter) {
    }

    private static final Decision UNLIMITED = new Decision(true, 0, 0, Duration.ZERO);

    private final Clock clock;
    private final Bucket light;
    private final Bucket medium;

    /**
     * @param limits the per-second limits
     * @param clock  the time source for refills
     */
    public RateLimiter(RateLimits limits, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.light = limits.lightPerSecond() == 0 ? null : new Bucket(limits.lightPerSecond(), clock.instant());
        this.medium = limits.mediumPerSecond() == 0 ? null : new Bucket(limits.mediumPerSecond(), clock.instant());
    }

    /** @return whether any category is limited */
    public boolean enabled() {
        return light != null || medium != null;
    }

    /**
     * @param category the request's category
     * @return whether it may proceed, and the header values to report
     */
    public Decision acquire(RateCategory category) {
        Bucket bucket = category == RateCategory.LIGHT ? light : medium;
        return bucket == null ? UNLIMITED : bucket.acquire(clock.instant());
    }

    /** Refills every bucket. */
    public void reset() {
        Instant now = clock.instant();
        if (light != null) {
            light.refill(now);
        }
        if (medium != null) {
            medium.refill(now);
        }
    }

    private static final class Bucket {
        private final int perSecond;
        private double tokens;
        private Instant last;

        Bucket(int perSecond, Instant now) {
            this.perSecond = perSecond;
            this.tokens = perSecond;
            this.last = now;
        }

        synchronized Decision acquire(Instant now) {
            if (now.isAfter(last)) {
                double elapsedSeconds = Duration.between(last, now).toNanos() / 1e9;
                tokens = Math.min(perSecond, tokens + elapsedSeconds * perSecond);
                last = now;
            }
            if (tokens >= 1) {
                tokens -= 1;
                return new Decision(true, perSecond, (int) Math.floor(tokens), Duration.ZERO);
            }
            long waitNanos = (long) Math.ceil((1 - tokens) / perSecond * 1e9);
            return new Decision(false, perSecond, 0, Duration.ofNanos(Math.max(1, waitNanos)));
        }

        synchronized void refill(Instant now) {
            tokens = perSecond;
            last = now;
        }
    }
}
