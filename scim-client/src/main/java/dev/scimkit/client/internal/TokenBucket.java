package dev.scimkit.client.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket that hands out reservations: each caller takes one permit and learns how long
 * to wait for it, so waiting callers queue in order without holding a lock while they wait.
 * After a 429 the rate is halved (not below a tenth of the configured rate) and may be paused;
 * each success raises it by a twentieth of the configured rate until it is back.
 */
public final class TokenBucket {

    private final double configuredRate;
    private final double capacity;
    private final Clock clock;
    private double rate;
    private double permits;
    private Instant refilledAt;
    private Instant pausedUntil;

    /**
     * @param permitsPerSecond the configured rate
     * @param clock            the time source
     */
    public TokenBucket(double permitsPerSecond, Clock clock) {
        this.configuredRate = permitsPerSecond;
        this.capacity = Math.max(1.0, Math.ceil(Math.min(permitsPerSecond, 1e9)));
        this.clock = clock;
        this.rate = permitsPerSecond;
        this.permits = capacity;
        this.refilledAt = clock.instant();
        this.pausedUntil = refilledAt;
    }

    /** @return how long the caller must wait before using the permit it just took */
    public synchronized Duration reserve() {
        Instant now = clock.instant();
        refill(now);
        permits -= 1;
        Duration wait = permits >= 0 ? Duration.ZERO : seconds(-permits / rate);
        if (pausedUntil.isAfter(now)) {
            Duration pause = Duration.between(now, pausedUntil);
            wait = wait.compareTo(pause) > 0 ? wait : pause;
        }
        return wait;
    }

    /**
     * The server answered 429: slow down, and pause until {@code retryAfter} has passed.
     *
     * @param retryAfter the server's Retry-After, or {@code null}
     */
    public synchronized void throttled(Duration retryAfter) {
        Instant now = clock.instant();
        refill(now);
        rate = Math.max(configuredRate / 10, rate / 2);
        if (retryAfter != null) {
            Instant until = now.plus(retryAfter);
            if (until.isAfter(pausedUntil)) {
                pausedUntil = until;
            }
        }
    }

    /** A call went through: recover a step of any earlier slow-down. */
    public synchronized void succeeded() {
        if (rate < configuredRate) {
            refill(clock.instant());
            rate = Math.min(configuredRate, rate + configuredRate / 20);
        }
    }

    /** @return the current rate in permits per second */
    public synchronized double currentRate() {
        return rate;
    }

    private void refill(Instant now) {
        if (now.isAfter(refilledAt)) {
            double elapsed = Duration.between(refilledAt, now).toNanos() / 1e9;
            permits = Math.min(capacity, permits + elapsed * rate);
            refilledAt = now;
        }
    }

    private static Duration seconds(double value) {
        return Duration.ofNanos((long) Math.ceil(value * 1e9));
    }
}
