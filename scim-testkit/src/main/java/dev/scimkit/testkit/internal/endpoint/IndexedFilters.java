package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.dialect.Dialect;
import dev.scimkit.core.dialect.FilterSubset;
import dev.scimkit.core.dialect.ZoomError;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.filter.ComparisonOperator;
import dev.scimkit.filter.Filter;
import dev.scimkit.filter.FilterParseException;
import dev.scimkit.filter.SupportedFilters;
import dev.scimkit.testkit.internal.store.ResourceStore;
import dev.scimkit.testkit.internal.store.StoredResource;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers the filters of a dialect that accepts only single comparisons (Zoom: {@code userName eq},
 * {@code externalId eq} on users, {@code displayName eq} on groups) from the store's indexes in
 * constant time.
 *
 * <p>Whether a filter is accepted is scim-filter's {@link SupportedFilters} over the dialect's
 * {@link FilterSubset} (values quoted or not, as Zoom takes them); anything else is
 * {@link ZoomError#UNSUPPORTED_FILTER}. Where the dialect says so ({@link Dialect#externalIdMatchesId()}),
 * {@code externalId eq X} finds users whose {@code externalId} is X and the user whose id is X.
 */
final class IndexedFilters {

    private IndexedFilters() {
    }

    static List<StoredResource> users(ResourceStore store, Dialect dialect, String text) {
        Filter.Comparison comparison = accepted(dialect.filters(), "User", text);
        String value = ((JsonString) comparison.value()).getString();
        String attribute = comparison.path().name();
        if (AttributeNames.same(attribute, "userName")) {
            return store.userByUserName(value).map(List::of).orElse(List.of());
        }
        if (AttributeNames.same(attribute, "externalId")) {
            List<StoredResource> found = new ArrayList<>(store.usersByExternalId(value));
            Optional<StoredResource> byId = dialect.externalIdMatchesId() ? store.user(value) : Optional.empty();
            if (byId.isPresent() && !found.contains(byId.get())) {
                found.add(byId.get());
            }
            return found;
        }
        throw unsupported(dialect.filters(), "User", text);
    }

    static List<StoredResource> groups(ResourceStore store, Dialect dialect, String text) {
        Filter.Comparison comparison = accepted(dialect.filters(), "Group", text);
        if (AttributeNames.same(comparison.path().name(), "displayName")) {
            return store.groupByDisplayName(((JsonString) comparison.value()).getString())
                    .map(List::of).orElse(List.of());
        }
        throw unsupported(dialect.filters(), "Group", text);
    }

    /**
     * @param filter a parsed filter
     * @return the value when the filter is exactly {@code userName eq "value"} (answered from the index
     *         in any dialect)
     */
    static Optional<String> userNameEquality(Filter filter) {
        if (filter instanceof Filter.Comparison comparison && comparison.op() == ComparisonOperator.EQ
                && comparison.value() instanceof JsonString value && comparison.path().subAttribute() == null
                && AttributeNames.same(comparison.path().name(), "userName")
                && (comparison.path().schemaUrn() == null
                        || AttributeNames.same(comparison.path().schemaUrn(), Schemas.USER.schema()))) {
            return Optional.of(value.getString());
        }
        return Optional.empty();
    }

    /**
     * @param subset the filters accepted
     * @param text   a filter as the service receives it
     * @return the userName when the filter is an accepted {@code userName eq} lookup
     */
    static Optional<String> userNameLookup(FilterSubset subset, String text) {
        try {
            return userNameEquality(accepted(subset, "User", text));
        } catch (ScimException notALookup) {
            return Optional.empty();
        }
    }

    private static Filter.Comparison accepted(FilterSubset subset, String resourceType, String text) {
        Filter filter;
        try {
            filter = SupportedFilters.parse(subset, text);
        } catch (FilterParseException e) {
            throw unsupported(subset, resourceType, text);
        }
        return SupportedFilters.acceptedComparison(subset, resourceType, filter)
                .orElseThrow(() -> unsupported(subset, resourceType, text));
    }

    private static ScimException unsupported(FilterSubset subset, String resourceType, String text) {
        return ZoomError.UNSUPPORTED_FILTER.exception(text, subset.describe(resourceType));
    }
}
