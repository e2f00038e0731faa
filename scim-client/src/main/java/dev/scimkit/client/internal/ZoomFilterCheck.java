package dev.scimkit.client.internal;

import dev.scimkit.client.InvalidFilterException;
import dev.scimkit.core.dialect.Dialect;
import dev.scimkit.core.dialect.FilterSubset;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.filter.Filter;
import dev.scimkit.filter.SupportedFilters;

/**
 * Zoom-compatibility mode: refuses, before sending, a filter Zoom does not take. What Zoom takes is
 * {@link Dialect#zoom()}'s {@link FilterSubset}, checked on the parsed tree by scim-filter's
 * {@link SupportedFilters} (the check the fake answers by, too).
 */
public final class ZoomFilterCheck {

    private static final FilterSubset ZOOM = Dialect.zoom().filters();

    private ZoomFilterCheck() {
    }

    /**
     * @param filter       the filter
     * @param resourcePath {@code Users} or {@code Groups}
     * @throws InvalidFilterException 400 {@code invalidFilter} naming the filter and what Zoom supports
     *                                (nothing is sent)
     */
    public static void require(Filter filter, String resourcePath) {
        String resourceType = SchemaRegistry.defaults().resourceTypes().stream()
                .filter(type -> type.endpoint().equalsIgnoreCase("/" + resourcePath))
                .map(ResourceType::name).findFirst().orElse(resourcePath);
        if (!SupportedFilters.accepts(ZOOM, resourceType, filter)) {
            throw new InvalidFilterException("Zoom supports only " + ZOOM.describe(resourceType) + " filters on /"
                    + resourcePath + ", not '" + filter + "' (zoomCompatibility is on)", -1, null);
        }
    }
}
