package dev.scimkit.filter.internal.print;

import dev.scimkit.filter.Filter;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Prints a {@link Filter} as canonical text: lower-case keywords, single spaces, JSON constants,
 * and parentheses only where precedence needs them ({@code and} binds tighter than {@code or}; both
 * associate to the left), so that parsing the text gives back an equal filter.
 */
public final class FilterPrinter {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private FilterPrinter() {
    }

    /**
     * @param filter the filter
     * @return its canonical text
     */
    public static String print(Filter filter) {
        StringBuilder out = new StringBuilder(64);
        append(out, filter);
        return out.toString();
    }

    /**
     * Appends the canonical text of a filter.
     *
     * @param out    where to append
     * @param filter the filter
     */
    public static void append(StringBuilder out, Filter filter) {
        if (filter instanceof Filter.Comparison comparison) {
            out.append(comparison.path()).append(' ').append(comparison.op().token()).append(' ');
            appendValue(out, comparison.value());
        } else if (filter instanceof Filter.Presence presence) {
            out.append(presence.path()).append(" pr");
        } else if (filter instanceof Filter.And and) {
            appendOperand(out, and.left(), and.left() instanceof Filter.Or);
            out.append(" and ");
            appendOperand(out, and.right(), and.right() instanceof Filter.Or || and.right() instanceof Filter.And);
        } else if (filter instanceof Filter.Or or) {
            append(out, or.left());
            out.append(" or ");
            appendOperand(out, or.right(), or.right() instanceof Filter.Or);
        } else if (filter instanceof Filter.Not not) {
            out.append("not (");
            append(out, not.filter());
            out.append(')');
        } else {
            Filter.ValuePath valuePath = (Filter.ValuePath) filter;
            out.append(valuePath.path()).append('[');
            append(out, valuePath.filter());
            out.append(']');
        }
    }

    private static void appendOperand(StringBuilder out, Filter operand, boolean parenthesise) {
        if (parenthesise) {
            out.append('(');
            append(out, operand);
            out.append(')');
        } else {
            append(out, operand);
        }
    }

    /**
     * Appends a comparison constant as JSON text.
     *
     * @param out   where to append
     * @param value a string, number, {@code true}, {@code false} or {@code null}
     */
    public static void appendValue(StringBuilder out, JsonValue value) {
        switch (value.getValueType()) {
            case STRING -> appendJsonString(out, ((JsonString) value).getString());
            case NUMBER -> out.append(((JsonNumber) value).bigDecimalValue().toString());
            case TRUE -> out.append("true");
            case FALSE -> out.append("false");
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("not a comparison value: " + value.getValueType());
        }
    }

    /**
     * Appends a string as a JSON string literal: quotes, backslashes and control characters are
     * escaped, as are unpaired surrogates; everything else is kept as is.
     *
     * @param out  where to append
     * @param text the string
     */
    public static void appendJsonString(StringBuilder out, String text) {
        out.append('"');
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        appendUnicodeEscape(out, c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < length
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        appendUnicodeEscape(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void appendUnicodeEscape(StringBuilder out, char c) {
        out.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
    }
}
