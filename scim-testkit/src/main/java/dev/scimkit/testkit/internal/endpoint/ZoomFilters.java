package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
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
 * <p>The filter is parsed by scim-filter. Zoom also accepts the value unquoted
 * ({@code userName eq a@b.com}, as community scripts send it); when the text does not parse, it is
 * parsed once more with its last word quoted, and only an {@code eq} comparison is accepted from that
 * second parse. Anything else is a 400 in Zoom's envelope. Zoom's {@code externalId} is the Zoom user id,
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

    private static Filter.Comparison equality(String text, String supported) {
        Filter filter;
        try {
            filter = Filter.parse(text);
        } catch (FilterParseException e) {
            filter = parseWithLastWordQuoted(text).orElseThrow(() -> unsupported(text, supported));
        }
        if (filter instanceof Filter.Comparison comparison && comparison.op() == ComparisonOperator.EQ
                && comparison.value() instanceof JsonString && comparison.path().subAttribute() == null) {
            return comparison;
        }
        throw unsupported(text, supported);
    }

    /** {@code attr eq some value} → {@code attr eq "some value"}, re-parsed by the grammar. */
    private static Optional<Filter> parseWithLastWordQuoted(String text) {
        String trimmed = text.strip();
        int first = indexOfWhitespace(trimmed, 0);
        if (first < 0) {
            return Optional.empty();
        }
        int operatorStart = skipWhitespace(trimmed, first);
        int second = indexOfWhitespace(trimmed, operatorStart);
        if (second < 0) {
            return Optional.empty();
        }
        int valueStart = skipWhitespace(trimmed, second);
        String value = trimmed.substring(valueStart);
        if (value.isEmpty() || value.startsWith("\"")) {
            return Optional.empty();
        }
        String quoted = ScimJson.write(ScimJson.provider().createValue(value));
        try {
            Filter filter = Filter.parse(trimmed.substring(0, valueStart) + quoted);
            return filter instanceof Filter.Comparison comparison && comparison.op() == ComparisonOperator.EQ
                    ? Optional.of(filter) : Optional.empty();
        } catch (FilterParseException e) {
            return Optional.empty();
        }
    }

    private static int indexOfWhitespace(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int skipWhitespace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
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
