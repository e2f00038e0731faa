package dev.scimkit.filter.internal.eval;

import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.AttributeType;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;

/** Compares the sort values of two resources (RFC 7644 §3.4.2.3). */
public final class SortKeys {

    /** Strings of attributes without a definition: not caseExact. */
    private static final Attribute UNDEFINED_STRING = Attribute.builder("undefined", AttributeType.STRING).build();

    private SortKeys() {
    }

    /**
     * @param access   the sortBy attribute
     * @param rules    its definition (the {@code value} sub-attribute for a complex one), or {@code null}
     * @param dateTime whether strings are dateTimes
     * @param a        a resource
     * @param b        another resource
     * @return the ascending order of their values; resources without a value last
     */
    public static int compare(AttributeAccess access, Attribute rules, boolean dateTime, JsonObject a, JsonObject b) {
        JsonValue left = access.sortValue(a);
        JsonValue right = access.sortValue(b);
        if (left == null || right == null) {
            return left == null ? (right == null ? 0 : 1) : -1;
        }
        int leftRank = rank(left);
        int rightRank = rank(right);
        if (leftRank != rightRank) {
            return Integer.compare(leftRank, rightRank);
        }
        switch (left.getValueType()) {
            case NUMBER:
                return ((JsonNumber) left).bigDecimalValue().compareTo(((JsonNumber) right).bigDecimalValue());
            case STRING:
                String l = ((JsonString) left).getString();
                String r = ((JsonString) right).getString();
                if (dateTime) {
                    Instant li = DateTimes.parse(l);
                    Instant ri = DateTimes.parse(r);
                    if (li != null && ri != null) {
                        return li.compareTo(ri);
                    }
                }
                return (rules != null ? rules : UNDEFINED_STRING).compareValues(l, r);
            case TRUE:
            case FALSE:
                return Boolean.compare(left.getValueType() == JsonValue.ValueType.TRUE,
                        right.getValueType() == JsonValue.ValueType.TRUE);
            default:
                return 0;
        }
    }

    private static int rank(JsonValue value) {
        return switch (value.getValueType()) {
            case NUMBER -> 0;
            case STRING -> 1;
            case TRUE, FALSE -> 2;
            default -> 3;
        };
    }
}
