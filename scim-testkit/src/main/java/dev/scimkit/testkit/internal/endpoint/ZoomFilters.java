package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.filter.ComparisonOperator;
import dev.scimkit.filter.Filter;
import dev.scimkit.filter.FilterParseException;
import dev.scimkit.testkit.internal.store.ResourceStore;
import dev.scimkit.testkit.internal.store.StoredResource;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The filters Zoom supports, answered from the store's indexes in constant time:
 * {@code userName eq …} and {@code externalId eq …} on users, {@code displayName eq …} on groups.
 *
 * <p>The filter is parsed by scim-filter's {@link Filter#parseLenient(String)}, because Zoom also
 * accepts the value unquoted ({@code userName eq a@b.com}, as community scripts send it). Anything
 * but an {@code eq} comparison with a string value is a 400 in Zoom's envelope. Zoom's {@code externalId} is the Zoom user id,
 * so {@code externalId eq X} finds users whose {@code externalId} is X and the user whose id is X.
 */
final class ZoomFilters {

    private ZoomFilters() {
    }

    static List<StoredResource> users(ResourceStore store, String text) {
        Filter.Comparison comparison = equality(text, "userName eq, externalId eq");
        String value = ((JsonString) comparison.value()).getString();
        if (isCore(comparison, SchemaRegistry.USER, "userName")) {
            return store.userByUserName(value).map(List::of).orElse(List.of());
        }
        if (isCore(comparison, SchemaRegistry.USER, "externalId")) {
            List<StoredResource> found = new ArrayList<>(store.usersByExternalId(value));
            Optional<StoredResource> byId = store.user(value);
            if (byId.isPresent() && !found.contains(byId.get())) {
                found.add(byId.get());
            }
            return found;
        }
        throw unsupported(text, "userName eq, externalId eq");
    }

    static List<StoredResource> groups(ResourceStore store, String text) {
        Filter.Comparison comparison = equality(text, "displayName eq");
        if (isCore(comparison, SchemaRegistry.GROUP, "displayName")) {
            return store.groupByDisplayName(((JsonString) comparison.value()).getString())
                    .map(List::of).orElse(List.of());
        }
        throw unsupported(text, "displayName eq");
    }

    /**
     * @param filter a parsed filter
     * @return the value when the filter is exactly {@code userName eq "value"}
     */
    static Optional<String> userNameEquality(Filter filter) {
        if (filter instanceof Filter.Comparison comparison && comparison.op() == ComparisonOperator.EQ
                && comparison.value() instanceof JsonString value && comparison.path().subAttribute() == null
                && isCore(comparison, SchemaRegistry.USER, "userName")) {
            return Optional.of(value.getString());
        }
        return Optional.empty();
    }

    /**
     * @param text a filter as Zoom receives it (value quoted or not)
     * @return the userName when the filter is a {@code userName eq} lookup
     */
    static Optional<String> userNameLookup(String text) {
        try {
            Filter.Comparison comparison = equality(text, "userName eq");
            return isCore(comparison, SchemaRegistry.USER, "userName")
                    ? Optional.of(((JsonString) comparison.value()).getString()) : Optional.empty();
        } catch (ScimException notALookup) {
            return Optional.empty();
        }
    }

    private static Filter.Comparison equality(String text, String supported) {
        Filter filter;
        try {
            filter = Filter.parseLenient(text);
        } catch (FilterParseException e) {
            throw unsupported(text, supported);
        }
        if (filter instanceof Filter.Comparison comparison && comparison.op() == ComparisonOperator.EQ
                && comparison.value() instanceof JsonString && comparison.path().subAttribute() == null) {
            return comparison;
        }
        throw unsupported(text, supported);
    }

    private static boolean isCore(Filter.Comparison comparison, String coreSchema, String name) {
        String urn = comparison.path().schemaUrn();
        return (urn == null || AttributeNames.same(urn, coreSchema)) && AttributeNames.same(comparison.path().name(), name);
    }

    private static ScimException unsupported(String text, String supported) {
        return new ScimException(400, ScimException.INVALID_FILTER, "Invalid filter: '" + text
                + "'. Only " + supported + " filters are supported.");
    }
}
