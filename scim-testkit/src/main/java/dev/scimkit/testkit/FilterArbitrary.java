package dev.scimkit.testkit;

import dev.scimkit.core.dialect.Dialect;
import dev.scimkit.core.dialect.FilterSubset;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.filter.AttributePath;
import dev.scimkit.filter.ComparisonOperator;
import dev.scimkit.filter.Filter;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates filter syntax trees over the attributes of a SCIM User. Obtain one from
 * {@link ScimArbitraries#filters()}; {@link Filter#toString()} gives each filter's canonical text.
 * Immutable: every option returns a new arbitrary.
 *
 * <p>Defaults: leaves are comparisons with every operator ({@code eq ne co sw ew gt ge lt le}, each
 * only on attributes of a type it applies to: strings take all nine, booleans {@code eq}/{@code ne},
 * date-times {@code eq ne gt ge lt le}), presence tests ({@code pr}) and value paths
 * ({@code emails[type eq "work" and value co "x"]}); leaves are joined by {@code and}, {@code or} and
 * {@code not} up to nesting depth 2. The attributes are {@link #ATTRIBUTES}. String values are short
 * ASCII words, unless {@link #valuesFrom} supplies resources whose values (whole, as prefix, suffix
 * or infix, in changed case) are used so that filters actually match. Shrinking heads for a single
 * comparison on {@code userName}.
 */
public final class FilterArbitrary extends ArbitraryDecorator<Filter> {

    /** The attribute paths filters are built over, with their SCIM types. */
    public static final List<String> ATTRIBUTES = List.of("userName", "displayName", "name.givenName",
            "name.familyName", "title", "externalId", "userType", "nickName", "emails.value", "emails.type",
            "phoneNumbers.value", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department",
            "active", "emails.primary", "meta.created", "meta.lastModified");

    private static final Set<String> BOOLEANS = Set.of("active", "emails.primary");
    private static final Set<String> DATE_TIMES = Set.of("meta.created", "meta.lastModified");
    private static final Set<ComparisonOperator> BOOLEAN_OPERATORS = EnumSet.of(ComparisonOperator.EQ,
            ComparisonOperator.NE);
    private static final Set<ComparisonOperator> DATE_TIME_OPERATORS = EnumSet.of(ComparisonOperator.EQ,
            ComparisonOperator.NE, ComparisonOperator.GT, ComparisonOperator.GE, ComparisonOperator.LT,
            ComparisonOperator.LE);
    private static final Instant EPOCH = Instant.parse("2026-01-10T12:00:00Z");

    private final List<String> attributes;
    private final Set<ComparisonOperator> operators;
    private final boolean restricted;
    private final int maxDepth;
    private final List<JsonObject> resources;

    FilterArbitrary() {
        this(ATTRIBUTES, EnumSet.allOf(ComparisonOperator.class), false, 2, List.of());
    }

    private FilterArbitrary(List<String> attributes, Set<ComparisonOperator> operators, boolean restricted,
                            int maxDepth, List<JsonObject> resources) {
        this.attributes = attributes;
        this.operators = operators;
        this.restricted = restricted;
        this.maxDepth = maxDepth;
        this.resources = resources;
    }

    /**
     * Restricts leaves to comparisons on these attributes (then no presence tests or value paths are
     * generated).
     *
     * @param paths attribute paths from {@link #ATTRIBUTES}, in any case
     * @return a copy using only these attributes
     * @throws NullPointerException     if {@code paths} or an element is null
     * @throws IllegalArgumentException if none is given, or a path is not one of {@link #ATTRIBUTES}
     */
    public FilterArbitrary attributes(String... paths) {
        Objects.requireNonNull(paths, "paths is null");
        if (paths.length == 0) {
            throw new IllegalArgumentException("attributes needs at least one path");
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String path : paths) {
            Objects.requireNonNull(path, "paths contains null");
            chosen.add(ATTRIBUTES.stream().filter(known -> AttributeNames.same(known, path)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("attribute '" + path + "' is not one of "
                            + ATTRIBUTES)));
        }
        return new FilterArbitrary(List.copyOf(chosen), operators, true, maxDepth, resources);
    }

    /**
     * Restricts leaves to comparisons with these operators (then no presence tests or value paths are
     * generated).
     *
     * @param values the operators
     * @return a copy using only these operators
     * @throws NullPointerException     if {@code values} or an element is null
     * @throws IllegalArgumentException if none is given
     */
    public FilterArbitrary operators(ComparisonOperator... values) {
        Objects.requireNonNull(values, "values is null");
        if (values.length == 0) {
            throw new IllegalArgumentException("operators needs at least one operator");
        }
        for (ComparisonOperator value : values) {
            Objects.requireNonNull(value, "values contains null");
        }
        return new FilterArbitrary(attributes, EnumSet.copyOf(Arrays.asList(values)), true, maxDepth, resources);
    }

    /**
     * @param value how deep {@code and}/{@code or}/{@code not} may nest, 0 (single leaves) to 8; default 2
     * @return a copy with that depth
     * @throws IllegalArgumentException if out of range
     */
    public FilterArbitrary maxDepth(int value) {
        if (value < 0 || value > 8) {
            throw new IllegalArgumentException("maxDepth must be 0 to 8 but was " + value);
        }
        return new FilterArbitrary(attributes, operators, restricted, value, resources);
    }

    /**
     * @param values resources (as JSON) whose string values the comparisons use, so filters match some
     *               of them; default none (short generated words)
     * @return a copy drawing values from these resources
     * @throws NullPointerException if {@code values} or an element is null
     */
    public FilterArbitrary valuesFrom(Collection<JsonObject> values) {
        Objects.requireNonNull(values, "values is null");
        List<JsonObject> copy = new ArrayList<>(values.size());
        for (JsonObject value : values) {
            copy.add(Objects.requireNonNull(value, "values contains null"));
        }
        return new FilterArbitrary(attributes, operators, restricted, maxDepth, List.copyOf(copy));
    }

    /**
     * What Zoom answers on users ({@link Dialect#zoom()}'s filters): {@code userName eq "…"} and
     * {@code externalId eq "…"}, no nesting.
     *
     * @return a copy restricted to Zoom's filters
     */
    public FilterArbitrary zoomCompatible() {
        List<FilterSubset.Comparison> accepted = Dialect.zoom().filters().comparisons("User");
        return attributes(accepted.stream().map(FilterSubset.Comparison::attribute).distinct().toArray(String[]::new))
                .operators(accepted.stream().map(c -> ComparisonOperator.valueOf(c.operator().toUpperCase(Locale.ROOT)))
                        .distinct().toArray(ComparisonOperator[]::new))
                .maxDepth(0);
    }

    @Override
    protected Arbitrary<Filter> arbitrary() {
        List<Arbitrary<Filter>> leafChoices = new ArrayList<>();
        for (String attribute : attributes) {
            List<ComparisonOperator> usable = new ArrayList<>();
            for (ComparisonOperator op : operators) {
                if (applies(attribute, op)) {
                    usable.add(op);
                }
            }
            if (!usable.isEmpty()) {
                leafChoices.add(comparison(attribute, usable));
            }
        }
        if (leafChoices.isEmpty()) {
            throw new IllegalStateException("no operator of " + operators + " applies to any of " + attributes);
        }
        Arbitrary<Filter> leaf = Arbitraries.oneOf(leafChoices);
        if (!restricted) {
            leaf = Arbitraries.frequencyOf(Tuple.of(6, leaf), Tuple.of(1, presence()), Tuple.of(1, valuePath()));
        }
        return tree(leaf, maxDepth);
    }

    private static Arbitrary<Filter> tree(Arbitrary<Filter> leaf, int depth) {
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Filter> inner = tree(leaf, depth - 1);
        return Arbitraries.frequencyOf(
                Tuple.of(3, leaf),
                Tuple.of(1, Combinators.combine(inner, inner).as(Filter.And::new)),
                Tuple.of(1, Combinators.combine(inner, inner).as(Filter.Or::new)),
                Tuple.of(1, inner.map(Filter.Not::new)));
    }

    private static boolean applies(String attribute, ComparisonOperator op) {
        if (BOOLEANS.contains(attribute)) {
            return BOOLEAN_OPERATORS.contains(op);
        }
        if (DATE_TIMES.contains(attribute)) {
            return DATE_TIME_OPERATORS.contains(op);
        }
        return true;
    }

    private Arbitrary<Filter> comparison(String attribute, List<ComparisonOperator> usable) {
        AttributePath path = AttributePath.parse(attribute);
        Arbitrary<ComparisonOperator> op = Arbitraries.of(usable);
        if (BOOLEANS.contains(attribute)) {
            return Combinators.combine(op, Arbitraries.of(true, false))
                    .as((o, value) -> new Filter.Comparison(path, o, value ? JsonValue.TRUE : JsonValue.FALSE));
        }
        if (DATE_TIMES.contains(attribute)) {
            return Combinators.combine(op, Arbitraries.integers().between(-400, 400))
                    .as((o, days) -> new Filter.Comparison(path, o,
                            string(EPOCH.plus(days, ChronoUnit.DAYS).toString())));
        }
        return op.flatMap(o -> stringValues(attribute, o).map(value -> new Filter.Comparison(path, o, string(value))));
    }

    private Arbitrary<String> stringValues(String attribute, ComparisonOperator op) {
        Arbitrary<String> words = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6);
        List<String> pool = valuesAt(attribute);
        if (pool.isEmpty()) {
            return words;
        }
        Arbitrary<String> fromPool = Combinators.combine(Arbitraries.of(pool), Arbitraries.integers().between(0, 3))
                .as((value, shape) -> shape(value, shape, op));
        return Arbitraries.frequencyOf(Tuple.of(4, fromPool), Tuple.of(1, words));
    }

    /** Shapes a pool value: 0 whole, 1 upper case, 2 a part suited to the operator, 3 lower case. */
    private static String shape(String value, int shape, ComparisonOperator op) {
        return switch (shape) {
            case 1 -> value.toUpperCase(Locale.ROOT);
            case 2 -> switch (op) {
                case SW -> value.substring(0, (value.length() + 1) / 2);
                case EW -> value.substring(value.length() / 2);
                case CO -> value.substring(value.length() / 4, Math.max(value.length() / 4 + 1,
                        value.length() * 3 / 4));
                default -> value;
            };
            case 3 -> value.toLowerCase(Locale.ROOT);
            default -> value;
        };
    }

    private List<String> valuesAt(String attribute) {
        AttributePath path = AttributePath.parse(attribute);
        Set<String> values = new LinkedHashSet<>();
        for (JsonObject resource : resources) {
            JsonValue container = resource;
            if (path.schemaUrn() != null) {
                container = AttributeNames.get(resource, path.schemaUrn());
            }
            if (!(container instanceof JsonObject object)) {
                continue;
            }
            collect(AttributeNames.get(object, path.name()), path.subAttribute(), values);
        }
        return List.copyOf(values);
    }

    private static void collect(JsonValue value, String subAttribute, Set<String> into) {
        if (value instanceof JsonArray array) {
            array.forEach(element -> collect(element, subAttribute, into));
        } else if (subAttribute != null && value instanceof JsonObject object) {
            collect(AttributeNames.get(object, subAttribute), null, into);
        } else if (subAttribute == null && value instanceof JsonString text && !text.getString().isEmpty()) {
            into.add(text.getString());
        }
    }

    private Arbitrary<Filter> presence() {
        return Arbitraries.of(attributes).map(attribute -> new Filter.Presence(AttributePath.parse(attribute)));
    }

    private Arbitrary<Filter> valuePath() {
        Arbitrary<Filter> type = Arbitraries.of("work", "home", "mobile")
                .map(value -> new Filter.Comparison(AttributePath.of("type"), ComparisonOperator.EQ, string(value)));
        Arbitrary<Filter> value = Combinators.combine(Arbitraries.of(ComparisonOperator.CO, ComparisonOperator.SW,
                        ComparisonOperator.EW), stringValues("emails.value", ComparisonOperator.CO))
                .as((op, text) -> new Filter.Comparison(AttributePath.of("value"), op, string(text)));
        Arbitrary<Filter> primary = Arbitraries.of(true, false).map(flag -> new Filter.Comparison(
                AttributePath.of("primary"), ComparisonOperator.EQ, flag ? JsonValue.TRUE : JsonValue.FALSE));
        Arbitrary<Filter> element = Arbitraries.frequencyOf(
                Tuple.of(2, type),
                Tuple.of(2, value),
                Tuple.of(1, primary),
                Tuple.of(1, Combinators.combine(type, value).as(Filter.And::new)),
                Tuple.of(1, Combinators.combine(type, primary).as(Filter.Or::new)));
        return Combinators.combine(Arbitraries.of("emails", "phoneNumbers"), element)
                .as((attribute, filter) -> new Filter.ValuePath(AttributePath.of(attribute), filter));
    }

    private static JsonValue string(String value) {
        return ScimJson.provider().createValue(value);
    }
}
