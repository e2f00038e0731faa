package dev.scimkit.filter;

import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * Builds {@link Filter}s in code. Values are never spliced into text: they become JSON constants of
 * the AST, and the printer escapes them, so for every string {@code s} the text of
 * {@code Filters.eq("userName", s)} parses back to a comparison whose value is exactly {@code s}.
 * Filter injection is impossible.
 *
 * <pre>{@code
 * Filter f = Filters.and(Filters.eq("userName", input), Filters.pr("title"));
 * client.users().list().filter(f.toString());
 * }</pre>
 *
 * <p>Attribute paths are parsed with {@link AttributePath#parse(String)}; a malformed path throws a
 * {@link FilterParseException} ({@code invalidPath}) at once.
 */
public final class Filters {

    private Filters() {
    }

    /**
     * @param path  an attribute path, e.g. {@code userName}
     * @param value the value
     * @return {@code path eq "value"}
     * @throws FilterParseException if {@code path} is not an attribute path
     */
    public static Filter eq(String path, String value) {
        return compare(path, ComparisonOperator.EQ, string(value));
    }

    /**
     * @param path  an attribute path, e.g. {@code active}
     * @param value the value
     * @return {@code path eq true|false}
     * @throws FilterParseException if {@code path} is not an attribute path
     */
    public static Filter eq(String path, boolean value) {
        return compare(path, ComparisonOperator.EQ, value ? JsonValue.TRUE : JsonValue.FALSE);
    }

    /**
     * @param path  an attribute path
     * @param value the value
     * @return {@code path eq value}
     * @throws FilterParseException if {@code path} is not an attribute path
     */
    public static Filter eq(String path, long value) {
        return compare(path, ComparisonOperator.EQ, ScimJson.provider().createValue(value));
    }

    /**
     * @param path  an attribute path
     * @param value the value
     * @return {@code path ne "value"}
     * @throws FilterParseException if {@code path} is not an attribute path
     */
    public static Filter ne(String path, String value) {
        return compare(path, ComparisonOperator.NE, string(value));
    }

    /**
     * @param path  an attribute path
     * @param value the value
     * @return {@code path ne true|false}
     * @throws FilterParseException if {@code path} is not an attribute path
     */
    public static Filter ne(String path, boolean value) {
        return compare(path, ComparisonOperator.NE, value ? JsonValue.TRUE : JsonValue.FALSE);
    }

    /**
     * @param path      an attribute path
     * @param substring the substring
     * @return {@code path co "substring"}
     * @throws FilterParseException if {@code path} is not an attribute path
     */
    public static Filter co(String path, String substring) {
        return compare(path, ComparisonOperator.CO, string(substring));
    }

    /**
     * @param path   an attribute path
     * @param prefix the prefix
     * @return {@code path sw "prefix"}
     * @throws FilterParseException if {@code path} is not an attribute path
     */
    public static Filter sw(String path, String prefix) {
        return compare(path, ComparisonOperator.SW, string(prefix));
    }

    /**
     * @param path   an attribute path
     * @param suffix the suffix
     * @return {@code path ew "suffix"}
     * @throws FilterParseException if {@code path} is not an attribute path
     */
    public static Filter ew(String path, String suffix) {
        return compare(path, ComparisonOperator.EW, string(suffix));
    }

    /**
     * @param path  an attribute path
     * @param value the bound
     * @return {@code path gt "value"}
     * @throws FilterParseException if {@code path} is not an attribute path
     */
    public static Filter gt(String path, String value) {
        return compare(path, ComparisonOperator.GT, string(value));
    }

    /**
     * @param path  an attribute path
     * @param value the bound
     * @return {@code path gt value}
     * @throws FilterParseException if {@code path} is not an attribute path
     */
    public static Filter gt(String path, BigDecimal value) {
        return compare(path, ComparisonOperator.GT, number(value));
    }

    /**
     * @param path    a dateTime attribute path, e.g. {@code meta.lastModified}
     * @param instant the bound, written as ISO-8601 UTC ({@code 2011-05-13T04:42:34Z})
     * @return {@code path gt "instant"}
     * @throws FilterParseException if {@code path} is not an attribute path
     */
    public static Filter gt(String path, Instant instant) {
        return compare(path, ComparisonOperator.GT, instant(instant));
    }

    /**
     * @param path  an attribute path
     * @param value the bound
     * @return {@code path ge "value"}
     * @throws FilterParseException if {@code path} is not an attribute path
     */
    public static Filter ge(String path, String value) {
        return compare(path, ComparisonOperator.GE, string(value));
    }

    /**
     * @param path  an attribute path
     * @param value the bound
     * @return {@code path ge value}
     * @throws FilterParseException if {@code path} is not an attribute path
     */
    public static Filter ge(String path, BigDecimal value) {
        return compare(path, ComparisonOperator.GE, number(value));
    }

    /**
     * @param path    a dateTime attribute path
     * @param instant the bound
     * @return {@code path ge "instant"}
     * @throws FilterParseException if {@code path} is not an attribute path
     */
    public static Filter ge(String path, Instant instant) {
        return compare(path, ComparisonOperator.GE, instant(instant));
    }

    /**
     * @param path  an attribute path
     * @param value the bound
     * @return {@code path lt "value"}
     * @throws FilterParseException if {@code path} is not an attribute path
     */
    public static Filter lt(String path, String value) {
        return compare(path, ComparisonOperator.LT, string(value));
    }

    /**
     * @param path  an attribute path
     * @param value the bound
     * @return {@code path lt value}
     * @throws FilterParseException if {@code path} is not an attribute path
     */
    public static Filter lt(String path, BigDecimal value) {
        return compare(path, ComparisonOperator.LT, number(value));
    }

    /**
     * @param path    a dateTime attribute path
     * @param instant the bound
     * @return {@code path lt "instant"}
     * @throws FilterParseException if {@code path} is not an attribute path
     */
    public static Filter lt(String path, Instant instant) {
        return compare(path, ComparisonOperator.LT, instant(instant));
    }

    /**
     * @param path  an attribute path
     * @param value the bound
     * @return {@code path le "value"}
     * @throws FilterParseException if {@code path} is not an attribute path
     */
    public static Filter le(String path, String value) {
        return compare(path, ComparisonOperator.LE, string(value));
    }

    /**
     * @param path  an attribute path
     * @param value the bound
     * @return {@code path le value}
     * @throws FilterParseException if {@code path} is not an attribute path
     */
    public static Filter le(String path, BigDecimal value) {
        return compare(path, ComparisonOperator.LE, number(value));
    }

    /**
     * @param path    a dateTime attribute path
     * @param instant the bound
     * @return {@code path le "instant"}
     * @throws FilterParseException if {@code path} is not an attribute path
     */
    public static Filter le(String path, Instant instant) {
        return compare(path, ComparisonOperator.LE, instant(instant));
    }

    /**
     * Any comparison.
     *
     * @param path  an attribute path
     * @param op    the operator
     * @param value a JSON string, number, {@code true}, {@code false} or {@code null}
     * @return {@code path op value}
     * @throws FilterParseException     if {@code path} is not an attribute path
     * @throws IllegalArgumentException if {@code value} is an object or array
     */
    public static Filter compare(String path, ComparisonOperator op, JsonValue value) {
        Objects.requireNonNull(path, "path is null");
        return new Filter.Comparison(AttributePath.parse(path), op, value);
    }

    /**
     * @param path an attribute path
     * @return {@code path pr}
     * @throws FilterParseException if {@code path} is not an attribute path
     */
    public static Filter pr(String path) {
        Objects.requireNonNull(path, "path is null");
        return new Filter.Presence(AttributePath.parse(path));
    }

    /**
     * Joins filters with {@code and}, left to right.
     *
     * @param first  the first operand
     * @param second the second operand
     * @param more   further operands
     * @return {@code first and second and …}
     */
    public static Filter and(Filter first, Filter second, Filter... more) {
        Objects.requireNonNull(more, "more is null");
        Filter result = new Filter.And(first, second);
        for (Filter next : more) {
            result = new Filter.And(result, next);
        }
        return result;
    }

    /**
     * Joins filters with {@code or}, left to right.
     *
     * @param first  the first operand
     * @param second the second operand
     * @param more   further operands
     * @return {@code first or second or …}
     */
    public static Filter or(Filter first, Filter second, Filter... more) {
        Objects.requireNonNull(more, "more is null");
        Filter result = new Filter.Or(first, second);
        for (Filter next : more) {
            result = new Filter.Or(result, next);
        }
        return result;
    }

    /**
     * @param filter the filter to negate
     * @return {@code not (filter)}
     */
    public static Filter not(Filter filter) {
        return new Filter.Not(filter);
    }

    /**
     * A value path: {@code valuePath("emails", eq("type", "work"))} is {@code emails[type eq "work"]}.
     *
     * @param path          a multi-valued attribute, without sub-attribute
     * @param elementFilter the filter for one element; it names sub-attributes of the element
     * @return {@code path[elementFilter]}
     * @throws FilterParseException     if {@code path} is not an attribute path
     * @throws IllegalArgumentException if {@code path} has a sub-attribute or the element filter
     *                                  nests a value path or names URNs or sub-attributes
     */
    public static Filter valuePath(String path, Filter elementFilter) {
        Objects.requireNonNull(path, "path is null");
        return new Filter.ValuePath(AttributePath.parse(path), elementFilter);
    }

    private static JsonValue string(String value) {
        return ScimJson.provider().createValue(Objects.requireNonNull(value, "value is null"));
    }

    private static JsonValue number(BigDecimal value) {
        return ScimJson.provider().createValue(Objects.requireNonNull(value, "value is null"));
    }

    private static JsonValue instant(Instant instant) {
        return ScimJson.provider().createValue(Objects.requireNonNull(instant, "instant is null").toString());
    }
}
