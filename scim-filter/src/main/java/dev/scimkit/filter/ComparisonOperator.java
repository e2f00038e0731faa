package dev.scimkit.filter;

import java.util.Locale;

/** The comparison operators of a SCIM filter (RFC 7644 §3.4.2.2, table 3). */
public enum ComparisonOperator {
    /** {@code eq}: equal. */
    EQ,
    /** {@code ne}: not equal. */
    NE,
    /** {@code co}: contains (strings). */
    CO,
    /** {@code sw}: starts with (strings). */
    SW,
    /** {@code ew}: ends with (strings). */
    EW,
    /** {@code gt}: greater than. */
    GT,
    /** {@code ge}: greater than or equal to. */
    GE,
    /** {@code lt}: less than. */
    LT,
    /** {@code le}: less than or equal to. */
    LE;

    private final String token = name().toLowerCase(Locale.ROOT);

    /** @return the operator as written in a filter, lower case: {@code eq}, {@code ne}, … */
    public String token() {
        return token;
    }

    /** @return whether this operator orders values ({@code gt}, {@code ge}, {@code lt}, {@code le}) */
    public boolean isOrdering() {
        return this == GT || this == GE || this == LT || this == LE;
    }

    /** @return whether this operator matches substrings ({@code co}, {@code sw}, {@code ew}) */
    public boolean isSubstring() {
        return this == CO || this == SW || this == EW;
    }
}
