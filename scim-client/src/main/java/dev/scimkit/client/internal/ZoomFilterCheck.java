package dev.scimkit.client.internal;

import dev.scimkit.client.InvalidFilterException;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.filter.ComparisonOperator;
import dev.scimkit.filter.Filter;
import dev.scimkit.filter.AttributePath;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * Zoom-compatibility mode: checks, on the parsed filter tree, that a filter is one Zoom supports —
 * a single {@code eq} comparison of a string with one of the allowed attributes (optionally written
 * with the resource's core schema URN).
 */
public final class ZoomFilterCheck {

    private static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final String CORE_GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";

    private ZoomFilterCheck() {
    }

    /**
     * @param filter       the filter
     * @param resourcePath {@code Users} or {@code Groups}
     * @throws InvalidFilterException 400 {@code invalidFilter} naming the filter and what Zoom supports
     *                                (nothing is sent)
     */
    public static void require(Filter filter, String resourcePath) {
        boolean users = resourcePath.equals("Users");
        List<String> allowed = users ? List.of("userName", "externalId") : List.of("displayName");
        if (!supported(filter, allowed, users ? CORE_USER : CORE_GROUP)) {
            String supportedText = users ? "'userName eq \"…\"' or 'externalId eq \"…\"'" : "'displayName eq \"…\"'";
            throw new InvalidFilterException("Zoom supports only " + supportedText + " filters on /" + resourcePath
                    + ", not '" + filter + "' (zoomCompatibility is on)", -1, null);
        }
    }

    private static boolean supported(Filter filter, List<String> allowed, String coreUrn) {
        if (!(filter instanceof Filter.Comparison comparison)) {
            return false;
        }
        AttributePath path = comparison.path();
        if (comparison.op() != ComparisonOperator.EQ || path.subAttribute() != null
                || comparison.value().getValueType() != JsonValue.ValueType.STRING) {
            return false;
        }
        if (path.schemaUrn() != null && !AttributeNames.same(path.schemaUrn(), coreUrn)) {
            return false;
        }
        for (String name : allowed) {
            if (AttributeNames.same(name, path.name())) {
                return true;
            }
        }
        return false;
    }
}
