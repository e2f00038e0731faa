package dev.scimkit.client.internal;

import dev.scimkit.client.RateLimit;
import dev.scimkit.core.dialect.RateCategory;
import java.time.Clock;
import java.time.Duration;

/** One {@link TokenBucket} per Zoom rate category; shared by all threads of a client family. */
public final class RateLimiter {

    private final RateLimit limit;
    private final TokenBucket light;
    private final TokenBucket medium;

    /**
     * @param limit the configured rates
     * @param clock the time source
     */
    public RateLimiter(RateLimit limit, Clock clock) {
        this.limit = limit;
        this.light = limit.isUnlimited() ? null : new TokenBucket(limit.lightPerSecond(), clock);
        this.medium = limit.isUnlimited() ? null : new TokenBucket(limit.mediumPerSecond(), clock);
    }

    /** @return the configured rates */
    public RateLimit limit() {
        return limit;
    }

    /**
     * @param category the call's category
     * @return how long to wait before sending
     */
    public Duration reserve(RateCategory category) {
        TokenBucket bucket = bucket(category);
        return bucket == null ? Duration.ZERO : bucket.reserve();
    }

    /**
     * @param category   the call's category
     * @param retryAfter the server's Retry-After, or {@code null}
     */
    public void throttled(RateCategory category, Duration retryAfter) {
        TokenBucket bucket = bucket(category);
        if (bucket != null) {
            bucket.throttled(retryAfter);
        }
    }

    /** @param category the category of a call that went through */
    public void succeeded(RateCategory category) {
        TokenBucket bucket = bucket(category);
        if (bucket != null) {
            bucket.succeeded();
        }
    }

    /**
     * @param category a category
     * @return its current rate (permits per second), or {@code Double.MAX_VALUE} when unlimited
     */
    public double currentRate(RateCategory category) {
        TokenBucket bucket = bucket(category);
        return bucket == null ? Double.MAX_VALUE : bucket.currentRate();
    }

    private TokenBucket bucket(RateCategory category) {
        return category == RateCategory.LIGHT ? light : medium;
    }
}
