package dev.scimkit.filter;

import dev.scimkit.core.dialect.FilterSubset;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonString;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a parsed filter against the filters a service accepts ({@link FilterSubset}, part of a
 * {@code dev.scimkit.core.dialect.Dialect}): the one implementation of "does Zoom take this filter"
 * that the client's Zoom-compatibility check and the fake both use.
 */
public final class SupportedFilters {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.defaults();

    private SupportedFilters() {
    }

    /**
     * Parses filter text as a service with this subset reads it: {@link Filter#parseLenient} when
     * values may be unquoted ({@code userName eq a@b.com}), else {@link Filter#parse}.
     *
     * @param subset the accepted filters
     * @param text   the filter text
     * @return the filter
     * @throws FilterParseException if the text is not a filter
     * @throws NullPointerException if an argument is null
     */
    public static Filter parse(FilterSubset subset, String text) {
        Objects.requireNonNull(subset, "subset is null");
        Objects.requireNonNull(text, "text is null");
        return subset.unquotedValues() ? Filter.parseLenient(text) : Filter.parse(text);
    }

    /**
     * @param subset       the accepted filters
     * @param resourceType {@code User} or {@code Group}
     * @param filter       a parsed filter
     * @return whether the service accepts the filter on that resource type
     * @throws NullPointerException if an argument is null
     */
    public static boolean accepts(FilterSubset subset, String resourceType, Filter filter) {
        Objects.requireNonNull(subset, "subset is null");
        Objects.requireNonNull(resourceType, "resourceType is null");
        Objects.requireNonNull(filter, "filter is null");
        return subset.acceptsAll() || acceptedComparison(subset, resourceType, filter).isPresent();
    }

    /**
     * The comparison of an accepted single-comparison filter, for a service that answers it from an
     * index rather than by evaluation.
     *
     * @param subset       the accepted filters
     * @param resourceType {@code User} or {@code Group}
     * @param filter       a parsed filter
     * @return the filter as a comparison when it is one of the subset's comparisons (string value,
     *         attribute named with or without its core schema URN, no sub-attribute); empty otherwise,
     *         also for a subset that {@linkplain FilterSubset#acceptsAll() accepts all} and a filter
     *         that is not one of its listed comparisons
     * @throws NullPointerException if an argument is null
     */
    public static Optional<Filter.Comparison> acceptedComparison(FilterSubset subset, String resourceType,
                                                                 Filter filter) {
        Objects.requireNonNull(subset, "subset is null");
        Objects.requireNonNull(resourceType, "resourceType is null");
        Objects.requireNonNull(filter, "filter is null");
        if (!(filter instanceof Filter.Comparison comparison) || !(comparison.value() instanceof JsonString)
                || comparison.path().subAttribute() != null) {
            return Optional.empty();
        }
        String urn = comparison.path().schemaUrn();
        if (urn != null && !REGISTRY.resourceType(resourceType).map(ResourceType::schema)
                .filter(core -> AttributeNames.same(core, urn)).isPresent()) {
            return Optional.empty();
        }
        for (FilterSubset.Comparison accepted : subset.comparisons(resourceType)) {
            if (AttributeNames.same(accepted.attribute(), comparison.path().name())
                    && accepted.operator().equalsIgnoreCase(comparison.op().token())) {
                return Optional.of(comparison);
            }
        }
        return Optional.empty();
    }
}
