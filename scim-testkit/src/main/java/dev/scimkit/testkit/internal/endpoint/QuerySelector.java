package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.core.ScimException;
import dev.scimkit.testkit.internal.store.ResourceStore;
import dev.scimkit.testkit.internal.store.StoredResource;
import java.util.List;

/** Selects list results; filters are evaluated by scim-filter. */
final class QuerySelector implements Selector {

    private final boolean zoom;

    QuerySelector(boolean zoom) {
        this.zoom = zoom;
    }

    @Override
    public List<StoredResource> users(ResourceStore store, ListParameters parameters) {
        if (parameters.filter() == null) {
            return null;
        }
        if (zoom) {
            return ZoomFilters.users(store, parameters.filter());
        }
        return select(parameters);
    }

    @Override
    public List<StoredResource> groups(ResourceStore store, ListParameters parameters) {
        if (parameters.filter() == null) {
            return null;
        }
        if (zoom) {
            return ZoomFilters.groups(store, parameters.filter());
        }
        return select(parameters);
    }

    private List<StoredResource> select(ListParameters parameters) {
        if (parameters.filter() == null) {
            return null;
        }
        throw new ScimException(400, ScimException.INVALID_FILTER, "filter is not wired (zoom=" + zoom + ")");
    }
}
