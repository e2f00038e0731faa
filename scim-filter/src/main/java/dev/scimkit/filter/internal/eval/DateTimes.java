package dev.scimkit.filter.internal.eval;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads SCIM dateTime values (xsd:dateTime, RFC 7643 §2.3.5) as instants. */
public final class DateTimes {

    private DateTimes() {
    }

    /**
     * @param text e.g. {@code 2011-05-13T04:42:34Z}, {@code 2011-05-13T06:42:34.5+02:00}; without an
     *             offset the time is taken as UTC
     * @return the instant, or {@code null} when the text is not a dateTime
     */
    public static Instant parse(String text) {
        int length = text.length();
        if (length < 19 || text.charAt(4) != '-' || text.charAt(10) != 'T' && text.charAt(10) != 't') {
            return null;
        }
        try {
            char last = text.charAt(length - 1);
            if (last == 'Z' || last == 'z') {
                return Instant.parse(text.toUpperCase(java.util.Locale.ROOT));
            }
            if (text.indexOf('+', 19) > 0 || text.indexOf('-', 19) > 0) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notADateTime) {
            return null;
        }
    }
}
