package dev.scimkit.testkit.internal.conformance;

/**
 * A filter's answer for one resource across the accepted readings of the RFC's open points: every
 * reading says match, none does, or they disagree. Combined with Kleene's three-valued logic, which
 * never claims an answer some combination of readings would not give.
 */
enum Truth {
    TRUE, FALSE, EITHER;

    static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    Truth and(Truth other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        return this == TRUE && other == TRUE ? TRUE : EITHER;
    }

    Truth or(Truth other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        return this == FALSE && other == FALSE ? FALSE : EITHER;
    }

    Truth not() {
        return switch (this) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case EITHER -> EITHER;
        };
    }

    /** @return the answer when either of two readings may apply: agreement, else {@link #EITHER} */
    Truth union(Truth other) {
        return this == other ? this : EITHER;
    }
}
