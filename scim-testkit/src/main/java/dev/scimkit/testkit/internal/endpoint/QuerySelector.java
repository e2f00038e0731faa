package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.core.dialect.Dialect;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.filter.CompiledFilter;
import dev.scimkit.filter.Filter;
import dev.scimkit.filter.FilterEvaluator;
import dev.scimkit.filter.SortComparator;
import dev.scimkit.filter.SupportedFilters;
import dev.scimkit.testkit.internal.store.ResourceStore;
import dev.scimkit.testkit.internal.store.StoredResource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Selects list results by the dialect's facts. A dialect that accepts only single comparisons (Zoom)
 * is answered from the indexes ({@link IndexedFilters}), without sorting. One that accepts every RFC
 * 7644 filter evaluates it with scim-filter's lenient evaluator (attributes the schemas do not define
 * compare by JSON type), then sorts by {@code sortBy}/{@code sortOrder} with scim-filter's
 * {@link SortComparator} where the dialect sorts; a {@code userName eq} filter is still answered from
 * the index.
 */
final class QuerySelector implements Selector {

    private final Dialect dialect;

    QuerySelector(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public List<StoredResource> users(ResourceStore store, ListParameters parameters) {
        if (!dialect.filters().acceptsAll()) {
            return parameters.filter() == null ? null : IndexedFilters.users(store, dialect, parameters.filter());
        }
        if (parameters.filter() != null && parameters.sortBy() == null) {
            Filter filter = SupportedFilters.parse(dialect.filters(), parameters.filter());
            java.util.Optional<String> userName = IndexedFilters.userNameEquality(filter);
            if (userName.isPresent()) {
                return store.userByUserName(userName.get()).map(List::of).orElse(List.of());
            }
        }
        return select(store.users(), Schemas.USER, parameters);
    }

    @Override
    public List<StoredResource> groups(ResourceStore store, ListParameters parameters) {
        if (!dialect.filters().acceptsAll()) {
            return parameters.filter() == null ? null : IndexedFilters.groups(store, dialect, parameters.filter());
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
