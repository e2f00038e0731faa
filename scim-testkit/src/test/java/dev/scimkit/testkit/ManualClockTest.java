package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ManualClockTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void at_standsStillUntilAdvanced() {
        ManualClock clock = ManualClock.at(START);
        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.instant()).isEqualTo(START);
        clock.advance(Duration.ofMinutes(59));
        assertThat(clock.millis()).isEqualTo(START.plus(Duration.ofMinutes(59)).toEpochMilli());
    }

    @Test
    void ticking_movesOneStepAfterEachRead() {
        ManualClock clock = ManualClock.ticking(START, Duration.ofSeconds(1));
        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(1));
        clock.advance(Duration.ofSeconds(10));
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(12));
    }

    @Test
    void withZone_readsTheSameInstants() {
        ManualClock clock = ManualClock.at(START);
        java.time.Clock tokyo = clock.withZone(ZoneId.of("Asia/Tokyo"));
        clock.advance(Duration.ofHours(1));
        assertThat(tokyo.instant()).isEqualTo(START.plusSeconds(3600));
        assertThat(tokyo.getZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(clock.withZone(java.time.ZoneOffset.UTC)).isSameAs(clock);
    }

    @Test
    void badArguments_failNamingThem() {
        assertThatThrownBy(() -> ManualClock.at(null)).hasMessage("start is null");
        assertThatThrownBy(() -> ManualClock.ticking(START, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tick must not be negative");
        assertThatThrownBy(() -> ManualClock.at(START).advance(null)).hasMessage("duration is null");
        assertThatThrownBy(() -> ManualClock.at(START).advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
