package dev.scimkit.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A {@link Clock} that only moves when a test says so: give it to {@link ZoomScimFake.Builder#clock}
 * and to the code under test, then {@link #advance} it to expire tokens or refill rate limits without
 * sleeping. {@link #ticking} makes one that moves a fixed step on every read, for code that must see
 * time pass between two reads. Thread-safe; its zone is UTC.
 */
public final class ManualClock extends Clock {

    private final Duration tick;
    private Instant now;    // guarded by this

    private ManualClock(Instant start, Duration tick) {
        this.now = start;
        this.tick = tick;
    }

    /**
     * @param start the instant the clock shows until advanced
     * @return a clock standing at {@code start}
     * @throws NullPointerException if {@code start} is null
     */
    public static ManualClock at(Instant start) {
        return new ManualClock(Objects.requireNonNull(start, "start is null"), Duration.ZERO);
    }

    /**
     * @param start the instant of the first read
     * @param tick  how far the clock moves after each read; not negative
     * @return a clock that returns {@code start}, then {@code start + tick}, and so on
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code tick} is negative
     */
    public static ManualClock ticking(Instant start, Duration tick) {
        Objects.requireNonNull(start, "start is null");
        return new ManualClock(start, requireNotNegative(tick, "tick"));
    }

    /**
     * @param duration how far to move the clock forward; not negative
     * @throws NullPointerException     if {@code duration} is null
     * @throws IllegalArgumentException if {@code duration} is negative
     */
    public synchronized void advance(Duration duration) {
        now = now.plus(requireNotNegative(duration, "duration"));
    }

    /** @return the current instant (then moves on by the tick, for a {@link #ticking} clock) */
    @Override
    public synchronized Instant instant() {
        Instant current = now;
        now = now.plus(tick);
        return current;
    }

    /** @return UTC */
    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /**
     * @param zone a zone
     * @return a clock in that zone that reads this one's instants
     * @throws NullPointerException if {@code zone} is null
     */
    @Override
    public Clock withZone(ZoneId zone) {
        Objects.requireNonNull(zone, "zone is null");
        if (zone.equals(ZoneOffset.UTC)) {
            return this;
        }
        ManualClock source = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }

            @Override
            public Instant instant() {
                return source.instant();
            }
        };
    }

    @Override
    public synchronized String toString() {
        return "ManualClock[" + now + (tick.isZero() ? "" : ", tick " + tick) + "]";
    }

    private static Duration requireNotNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name + " is null");
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative but was " + duration);
        }
        return duration;
    }
}
