package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.filter.CompiledFilter;
import dev.scimkit.filter.Filter;
import dev.scimkit.filter.FilterEvaluator;
import dev.scimkit.filter.SortComparator;
import dev.scimkit.testkit.internal.store.ResourceStore;
import dev.scimkit.testkit.internal.store.StoredResource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Selects list results. ZOOM: Zoom's indexed equality filters ({@link ZoomFilters}), no sorting.
 * SCIM: any RFC 7644 filter, evaluated by scim-filter's lenient evaluator (attributes the schemas do
 * not define compare by JSON type), then {@code sortBy}/{@code sortOrder} by scim-filter's
 * {@link SortComparator}; a {@code userName eq} filter is still answered from the index.
 */
final class QuerySelector implements Selector {

    private final boolean zoom;

    QuerySelector(boolean zoom) {
        this.zoom = zoom;
    }

    @Override
    public List<StoredResource> users(ResourceStore store, ListParameters parameters) {
        if (zoom) {
            return parameters.filter() == null ? null : ZoomFilters.users(store, parameters.filter());
        }
        if (parameters.filter() != null && parameters.sortBy() == null) {
            Filter filter = Filter.parse(parameters.filter());
            java.util.Optional<String> userName = ZoomFilters.userNameEquality(filter);
            if (userName.isPresent()) {
                return store.userByUserName(userName.get()).map(List::of).orElse(List.of());
            }
        }
        return select(store.users(), Schemas.USER, parameters);
    }

    @Override
    public List<StoredResource> groups(ResourceStore store, ListParameters parameters) {
        if (zoom) {
            return parameters.filter() == null ? null : ZoomFilters.groups(store, parameters.filter());
        }
        return select(store.groups(), Schemas.GROUP, parameters);
    }

    /**
     * Filters and sorts resources of one type (SCIM profile).
     *
     * @return the selection, or {@code null} when neither a filter nor a sort applies
     */
    static List<StoredResource> select(Collection<StoredResource> all, ResourceType type, ListParameters parameters) {
        if (parameters.filter() == null && parameters.sortBy() == null) {
            return null;
        }
        List<StoredResource> selected = new ArrayList<>();
        if (parameters.filter() == null) {
            selected.addAll(all);
        } else {
            CompiledFilter filter = FilterEvaluator.defaults().compile(Filter.parse(parameters.filter()), type);
            for (StoredResource resource : all) {
                if (filter.test(resource.json())) {
                    selected.add(resource);
                }
            }
        }
        sort(selected, type, parameters);
        return selected;
    }

    static void sort(List<StoredResource> selected, ResourceType type, ListParameters parameters) {
        if (parameters.sortBy() != null) {
            SortComparator order = SortComparator.of(parameters.sortBy(), parameters.sortOrder(), type);
            selected.sort(Comparator.comparing(StoredResource::json, order));
        }
    }
}
