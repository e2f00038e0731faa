package dev.scimkit.filter.internal.eval;

import dev.scimkit.core.schema.Attribute;
import dev.scimkit.filter.ComparisonOperator;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;

/** The value tests a comparison compiles to, one per attribute type; constants are normalised once. */
final class ValueTests {

    private ValueTests() {
    }

    /** {@code pr}: not null, not an empty string, not an empty object. */
    static final ValueTest PRESENT = value -> switch (value.getValueType()) {
        case NULL -> false;
        case STRING -> !((JsonString) value).getString().isEmpty();
        case OBJECT -> !((JsonObject) value).isEmpty();
        default -> true;
    };

    /** Strings, references and binaries; equality and order strictly per the attribute's caseExact. */
    static final class StringTest implements ValueTest {
        private final ComparisonOperator op;
        private final String constant;
        private final Attribute attribute;

        StringTest(ComparisonOperator op, String constant, Attribute attribute) {
            this.op = op;
            this.constant = constant;
            this.attribute = attribute;
        }

        @Override
        public boolean test(JsonValue value) {
            if (!(value instanceof JsonString string)) {
                return false;
            }
            String text = string.getString();
            int n = constant.length();
            return switch (op) {
                case EQ, NE -> attribute.valuesEqual(text, constant);
                case SW -> text.length() >= n && attribute.valuesEqual(text.substring(0, n), constant);
                case EW -> text.length() >= n && attribute.valuesEqual(text.substring(text.length() - n), constant);
                case CO -> contains(text);
                default -> ordered(op, attribute.compareValues(text, constant));
            };
        }

        private boolean contains(String text) {
            int n = constant.length();
            for (int i = 0, last = text.length() - n; i <= last; i++) {
                if (attribute.valuesEqual(text.substring(i, i + n), constant)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Integers and decimals, compared numerically ({@code 1.0 eq 1}). */
    static final class NumberTest implements ValueTest {
        private final ComparisonOperator op;
        private final BigDecimal constant;

        NumberTest(ComparisonOperator op, BigDecimal constant) {
            this.op = op;
            this.constant = constant;
        }

        @Override
        public boolean test(JsonValue value) {
            if (!(value instanceof JsonNumber number)) {
                return false;
            }
            int order = number.bigDecimalValue().compareTo(constant);
            return op == ComparisonOperator.EQ || op == ComparisonOperator.NE ? order == 0 : ordered(op, order);
        }
    }

    /** Booleans: equality only. */
    static final class BooleanTest implements ValueTest {
        private final JsonValue.ValueType expected;

        BooleanTest(boolean constant) {
            this.expected = constant ? JsonValue.ValueType.TRUE : JsonValue.ValueType.FALSE;
        }

        @Override
        public boolean test(JsonValue value) {
            return value.getValueType() == expected;
        }
    }

    /** dateTime values compared as instants, so offsets and fractions compare correctly. */
    static final class DateTimeTest implements ValueTest {
        private final ComparisonOperator op;
        private final Instant constant;

        DateTimeTest(ComparisonOperator op, Instant constant) {
            this.op = op;
            this.constant = constant;
        }

        @Override
        public boolean test(JsonValue value) {
            if (!(value instanceof JsonString string)) {
                return false;
            }
            Instant instant = DateTimes.parse(string.getString());
            if (instant == null) {
                return false;
            }
            int order = instant.compareTo(constant);
            return op == ComparisonOperator.EQ || op == ComparisonOperator.NE ? order == 0 : ordered(op, order);
        }
    }

    static boolean ordered(ComparisonOperator op, int order) {
        return switch (op) {
            case GT -> order > 0;
            case GE -> order >= 0;
            case LT -> order < 0;
            case LE -> order <= 0;
            default -> throw new IllegalArgumentException(op + " does not order");
        };
    }
}
