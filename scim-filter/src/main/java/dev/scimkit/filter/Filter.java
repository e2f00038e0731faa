package dev.scimkit.filter;

import dev.scimkit.filter.internal.parser.ScimParser;
import dev.scimkit.filter.internal.print.FilterPrinter;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * A SCIM filter (RFC 7644 §3.4.2.2) as an immutable syntax tree.
 *
 * <p>Obtain one with {@link #parse(String)} or build one with {@link Filters}. {@code equals} and
 * {@code hashCode} are structural; {@code toString()} prints canonical text (lower-case keywords,
 * single spaces, parentheses only where precedence needs them) that {@link #parse(String)} reads
 * back to an equal filter:
 *
 * <pre>{@code
 * Filter f = Filter.parse("userName Eq \"bjensen\" AND (title pr OR emails[type eq \"work\"])");
 * f.toString();   // userName eq "bjensen" and (title pr or emails[type eq "work"])
 * }</pre>
 */
public sealed interface Filter
        permits Filter.Comparison, Filter.Presence, Filter.And, Filter.Or, Filter.Not, Filter.ValuePath {

    /**
     * Parses a filter.
     *
     * <p>Operators, {@code and}/{@code or}/{@code not} and the literals {@code true}/{@code false}/
     * {@code null} are case-insensitive; {@code and} binds tighter than {@code or}. Input is limited
     * to 8,192 characters and 200 levels of parentheses and brackets.
     *
     * @param text the filter, e.g. {@code userName eq "bjensen"}
     * @return the filter
     * @throws FilterParseException 400 {@code invalidFilter} naming the position, the offending
     *                              text and what was expected
     * @throws NullPointerException if {@code text} is null
     */
    static Filter parse(String text) {
        Objects.requireNonNull(text, "text is null");
        return ScimParser.parseFilter(text);
    }

    /**
     * Parses a filter as {@link #parse(String)} does, and also accepts comparison values without
     * quotes, as Zoom does: its documentation writes {@code userName eq {userEmail}} and community
     * scripts send {@code userName eq a@b.com}. Meant for servers (and fakes) that must accept what
     * such clients send; clients should build filters with {@link Filters} or quote their values.
     *
     * <p>An unquoted value is everything from the operator up to the next {@code and}, {@code or},
     * {@code )}, {@code ]} or the end, taken as written (surrounding whitespace removed) and always
     * read as a string: {@code userName eq a@b.com and active eq true} compares {@code userName} with
     * {@code "a@b.com"} and {@code active} with {@code true}. A value that is exactly one literal
     * ({@code "quoted"}, {@code 42}, {@code true}, {@code false}, {@code null}) keeps its JSON type.
     * A value that contains the words {@code and}/{@code or}, a bracket or a quote must be quoted.
     * Everything else (syntax, limits, errors) is as for {@link #parse(String)}, and every filter
     * {@code parse} accepts parses to the same filter here.
     *
     * @param text the filter, e.g. {@code userName eq bjensen@example.com}
     * @return the filter
     * @throws FilterParseException 400 {@code invalidFilter} naming the position, the offending
     *                              text and what was expected
     * @throws NullPointerException if {@code text} is null
     */
    static Filter parseLenient(String text) {
        Objects.requireNonNull(text, "text is null");
        return ScimParser.parseLenientFilter(text);
    }

    /**
     * Tests a resource with {@link FilterEvaluator#defaults()}: the default schemas, the resource
     * type from the resource's {@code schemas} (User if none is recognised), lenient (comparisons
     * that do not fit the schema match nothing). To test many resources, compile once with
     * {@link FilterEvaluator#compile}.
     *
     * <p>Where RFC 7644 leaves the answer open this takes scimkit's reading, which
     * {@link FilterEvaluator} lists: notably negation is the complement ({@code emails.primary ne true}
     * matches only users with no primary e-mail, and {@code title ne "x"} matches users without a
     * title), {@code pr} needs a non-empty value, and case is ignored character by character. Another
     * service may defensibly answer such filters differently.
     *
     * @param resource the resource
     * @return whether it matches this filter
     * @throws NullPointerException if {@code resource} is null
     */
    default boolean test(JsonObject resource) {
        return FilterEvaluator.defaults().test(this, resource);
    }

    /**
     * {@code path op value}, e.g. {@code userName eq "bjensen"}.
     *
     * @param path  the attribute compared
     * @param op    the operator
     * @param value the constant: a {@link JsonString}, a {@link JsonNumber}, or
     *              {@link JsonValue#TRUE}, {@link JsonValue#FALSE}, {@link JsonValue#NULL}
     */
    record Comparison(AttributePath path, ComparisonOperator op, JsonValue value) implements Filter {
        /**
         * Checks the parts.
         *
         * @throws NullPointerException     if a part is null
         * @throws IllegalArgumentException if {@code value} is an object or array
         */
        public Comparison {
            Objects.requireNonNull(path, "path is null");
            Objects.requireNonNull(op, "op is null");
            Objects.requireNonNull(value, "value is null");
            switch (value.getValueType()) {
                case STRING, NUMBER, TRUE, FALSE, NULL -> {
                }
                default -> throw new IllegalArgumentException("value must be a string, number, true, false "
                        + "or null but was a JSON " + value.getValueType().name().toLowerCase(java.util.Locale.ROOT));
            }
        }

        @Override
        public String toString() {
            return FilterPrinter.print(this);
        }
    }

    /**
     * {@code path pr}: the attribute has a value (not missing, null, empty array or empty string).
     *
     * @param path the attribute
     */
    record Presence(AttributePath path) implements Filter {
        /** @throws NullPointerException if {@code path} is null */
        public Presence {
            Objects.requireNonNull(path, "path is null");
        }

        @Override
        public String toString() {
            return FilterPrinter.print(this);
        }
    }

    /**
     * {@code left and right}.
     *
     * @param left  the left operand
     * @param right the right operand
     */
    record And(Filter left, Filter right) implements Filter {
        /** @throws NullPointerException if an operand is null */
        public And {
            Objects.requireNonNull(left, "left is null");
            Objects.requireNonNull(right, "right is null");
        }

        @Override
        public String toString() {
            return FilterPrinter.print(this);
        }
    }

    /**
     * {@code left or right}.
     *
     * @param left  the left operand
     * @param right the right operand
     */
    record Or(Filter left, Filter right) implements Filter {
        /** @throws NullPointerException if an operand is null */
        public Or {
            Objects.requireNonNull(left, "left is null");
            Objects.requireNonNull(right, "right is null");
        }

        @Override
        public String toString() {
            return FilterPrinter.print(this);
        }
    }

    /**
     * {@code not (filter)}.
     *
     * @param filter the negated filter
     */
    record Not(Filter filter) implements Filter {
        /** @throws NullPointerException if {@code filter} is null */
        public Not {
            Objects.requireNonNull(filter, "filter is null");
        }

        @Override
        public String toString() {
            return FilterPrinter.print(this);
        }
    }

    /**
     * {@code path[filter]}, e.g. {@code emails[type eq "work" and value co "@example.com"]}: matches
     * when one element of the multi-valued attribute matches {@code filter}, whose paths name
     * sub-attributes of the element ({@code type}, {@code value}).
     *
     * @param path   the multi-valued (or complex) attribute, without sub-attribute
     * @param filter the element filter: no nested value paths, no URNs, no sub-attributes
     */
    record ValuePath(AttributePath path, Filter filter) implements Filter {
        /**
         * Checks the parts.
         *
         * @throws NullPointerException     if a part is null
         * @throws IllegalArgumentException if {@code path} has a sub-attribute or {@code filter} is not
         *                                  an element filter
         */
        public ValuePath {
            Objects.requireNonNull(path, "path is null");
            Objects.requireNonNull(filter, "filter is null");
            if (path.subAttribute() != null) {
                throw new IllegalArgumentException("value path attribute '" + path
                        + "' must not have a sub-attribute");
            }
            checkElementFilter(path, filter);
        }

        /**
         * Checks that {@code filter} only names plain sub-attributes of {@code owner}'s elements.
         *
         * @param owner  the multi-valued attribute
         * @param filter the element filter
         * @throws IllegalArgumentException if it nests a value path or names a URN or sub-attribute
         */
        static void checkElementFilter(AttributePath owner, Filter filter) {
            Deque<Filter> pending = new ArrayDeque<>();
            pending.push(filter);
            while (!pending.isEmpty()) {
                Filter next = pending.pop();
                AttributePath inner = null;
                if (next instanceof Comparison comparison) {
                    inner = comparison.path();
                } else if (next instanceof Presence presence) {
                    inner = presence.path();
                } else if (next instanceof And and) {
                    pending.push(and.right());
                    pending.push(and.left());
                } else if (next instanceof Or or) {
                    pending.push(or.right());
                    pending.push(or.left());
                } else if (next instanceof Not not) {
                    pending.push(not.filter());
                } else {
                    throw new IllegalArgumentException("value filter of '" + owner
                            + "' must not contain another value path");
                }
                if (inner != null && (inner.schemaUrn() != null || inner.subAttribute() != null)) {
                    throw new IllegalArgumentException("value filter of '" + owner + "' must name sub-attributes "
                            + "of its elements without URN or '.', but names '" + inner + "'");
                }
            }
        }

        @Override
        public String toString() {
            return FilterPrinter.print(this);
        }
    }
}
