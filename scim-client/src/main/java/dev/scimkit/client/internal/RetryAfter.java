package dev.scimkit.client.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} value: delay seconds (RFC 9110), an HTTP-date, or an ISO-8601
 * instant as Zoom sends for daily limits ({@code 2020-05-31T00:00:00Z}).
 */
public final class RetryAfter {

    private static final long MAX_SECONDS = 10L * 365 * 24 * 3600;

    private RetryAfter() {
    }

    /**
     * @param value the header value, or {@code null}
     * @param now   the current instant (from the injected clock)
     * @return how long to wait (zero for a date in the past), or empty when absent or unreadable
     */
    public static Optional<Duration> parse(String value, Instant now) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.trim();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            if (text.length() > 12) {
                return Optional.of(Duration.ofSeconds(MAX_SECONDS));
            }
            return Optional.of(Duration.ofSeconds(Math.min(Long.parseLong(text), MAX_SECONDS)));
        }
        Instant at = parseInstant(text);
        if (at == null) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, at);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }

    private static Instant parseInstant(String text) {
        try {
            return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // not an HTTP-date; try ISO-8601
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException ignored) {
            // not an instant with Z; try an offset
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }
}
