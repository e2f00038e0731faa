package dev.scimkit.core.dialect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The filters a service accepts, as data (scim-core has no filter syntax tree; scim-filter's
 * {@code SupportedFilters} checks a parsed filter against this).
 *
 * <p>Either every RFC 7644 §3.4.2.2 filter ({@link #acceptsAll()}), or per resource type a list of
 * single comparisons: one attribute of the resource type's core schema (its name optionally prefixed
 * by that schema's URN, no sub-attribute), one operator, a string value; no {@code and}, {@code or},
 * {@code not}, grouping or value filters. {@link #unquotedValues()} says whether the value may also
 * be written without quotes ({@code userName eq a@b.com}).
 */
public final class FilterSubset {

    private static final FilterSubset ALL = new FilterSubset(true, false, Map.of());

    private final boolean acceptsAll;
    private final boolean unquotedValues;
    private final Map<String, List<Comparison>> comparisons;

    private FilterSubset(boolean acceptsAll, boolean unquotedValues, Map<String, List<Comparison>> comparisons) {
        this.acceptsAll = acceptsAll;
        this.unquotedValues = unquotedValues;
        Map<String, List<Comparison>> copy = new LinkedHashMap<>();
        comparisons.forEach((type, list) -> copy.put(type, List.copyOf(list)));
        this.comparisons = java.util.Collections.unmodifiableMap(copy);
    }

    static FilterSubset all() {
        return ALL;
    }

    static FilterSubset comparisons(boolean unquotedValues, Map<String, List<Comparison>> byResourceType) {
        return new FilterSubset(false, unquotedValues, byResourceType);
    }

    /** @return whether every RFC 7644 filter is accepted (then {@link #comparisons} is not consulted) */
    public boolean acceptsAll() {
        return acceptsAll;
    }

    /** @return whether comparison values may be written without quotes as well as quoted */
    public boolean unquotedValues() {
        return unquotedValues;
    }

    /**
     * @param resourceType a resource type name, {@code User} or {@code Group}
     * @return the single comparisons accepted on it; empty when none (or when {@link #acceptsAll()})
     * @throws NullPointerException if {@code resourceType} is null
     */
    public List<Comparison> comparisons(String resourceType) {
        Objects.requireNonNull(resourceType, "resourceType is null");
        for (Map.Entry<String, List<Comparison>> entry : comparisons.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(resourceType)) {
                return entry.getValue();
            }
        }
        return List.of();
    }

    /**
     * @param resourceType a resource type name
     * @return the accepted comparisons for messages, e.g. {@code userName eq, externalId eq}; {@code any}
     *         when {@link #acceptsAll()}
     */
    public String describe(String resourceType) {
        if (acceptsAll) {
            return "any";
        }
        StringJoiner out = new StringJoiner(", ");
        for (Comparison comparison : comparisons(resourceType)) {
            out.add(comparison.toString());
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return acceptsAll ? "FilterSubset[all]"
                : "FilterSubset[" + comparisons + ", unquotedValues=" + unquotedValues + "]";
    }

    /**
     * One accepted comparison.
     *
     * @param attribute the attribute of the resource type's core schema, e.g. {@code userName}
     * @param operator  the RFC 7644 comparison operator, lower case, e.g. {@code eq}
     */
    public record Comparison(String attribute, String operator) {

        /**
         * Checks nulls.
         *
         * @throws NullPointerException if an argument is null
         */
        public Comparison {
            Objects.requireNonNull(attribute, "attribute is null");
            Objects.requireNonNull(operator, "operator is null");
        }

        /** @return {@code attribute operator}, e.g. {@code userName eq} */
        @Override
        public String toString() {
            return attribute + " " + operator;
        }
    }
}
