package dev.scimkit.testkit.internal.conformance;

import dev.scimkit.core.User;
import dev.scimkit.filter.Filter;
import dev.scimkit.filter.Filters;
import dev.scimkit.testkit.FilterArbitrary;
import dev.scimkit.testkit.ScimArbitraries;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;

/** Filtering and paging. */
final class QueryChecks {

    private static final int POPULATION = 6;
    private static final int PAGE = 100;
    /** Each shrinking step of a filter is one GET, so filters may try more candidates than other checks. */
    private static final int FILTER_SHRINK_BUDGET = 100;

    private QueryChecks() {
    }

    static void userNameFilterIgnoresCase(Service service, Samples samples) {
        try {
            User user = service.unique(samples.one(7, ScimArbitraries.users().asciiNames()));
            String id = service.createUser(user).getString("id");
            String other = swapCase(user.userName());
            Service.Listing found = service.list(Service.USERS, Filters.eq("userName", other).toString(), 10);
            Set<String> ids = Service.byId(found).keySet();
            if (!ids.equals(Set.of(id))) {
                throw found.last().fail("filter userName eq \"" + other + "\" should find exactly user " + id
                        + " (userName " + user.userName() + "; userName is caseExact false) but found " + ids);
            }
        } finally {
            service.cleanUp();
        }
    }

    static void filterWithoutMatch(Service service) {
        String nobody = "nobody." + service.runTag + "@example.com";
        Response response = service.wire.get(Service.USERS + "?filter="
                + ScimWire.query(Filters.eq("userName", nobody).toString())).expect("GET /Users?filter=…", 200);
        JsonObject body = response.json();
        if (body.getInt("totalResults", -1) != 0 || !Service.resources(body, response).isEmpty()) {
            throw response.fail("expected totalResults 0 and no Resources for a userName nobody has");
        }
        if (!body.toString().contains(Service.LIST_RESPONSE)) {
            throw response.fail("expected schemas [\"" + Service.LIST_RESPONSE + "\"]");
        }
    }

    static void filterEqualsLocalEvaluation(Service service, Samples samples) {
        try {
            List<User> population = new ArrayList<>();
            for (int i = 0; i < POPULATION; i++) {
                population.add(service.unique(samples.one(100 + i, ScimArbitraries.users())));
            }
            population.forEach(service::createUser);
            Service.Listing all = service.list(Service.USERS, null, PAGE);
            Map<String, JsonObject> everyone = Service.byId(all);
            FilterArbitrary filters = ScimArbitraries.filters().valuesFrom(everyone.values());
            if (service.zoom()) {
                filters = filters.zoomCompatible();
            }
            FilterOracle oracle = new FilterOracle(service.interpretation);
            ServiceSchemas schemas = ServiceSchemas.fetch(service);
            samples.forAll(8, samples.tries(), filters, filter -> {
                Map<String, Truth> expected = new LinkedHashMap<>();
                everyone.forEach((id, user) -> expected.put(id, oracle.test(filter, user)));
                Service.Listing found;
                try {
                    found = service.list(Service.USERS, filter.toString(), PAGE);
                } catch (CheckFailure failure) {
                    if (schemas.declinedUndefined(failure, filter)) {
                        return; // RFC 7644 §3.12: a service may decline an attribute its /Schemas does not define
                    }
                    throw failure;
                }
                Set<String> actual = Service.byId(found).keySet();
                Set<String> extra = new LinkedHashSet<>();
                for (String id : actual) {
                    if (expected.getOrDefault(id, Truth.FALSE) == Truth.FALSE) {
                        extra.add(id);
                    }
                }
                Set<String> missing = new LinkedHashSet<>();
                Set<String> open = new LinkedHashSet<>();
                expected.forEach((id, truth) -> {
                    if (truth == Truth.TRUE && !actual.contains(id)) {
                        missing.add(id);
                    } else if (truth == Truth.EITHER) {
                        open.add(id);
                    }
                });
                if (!extra.isEmpty() || !missing.isEmpty()) {
                    long selected = expected.values().stream().filter(truth -> truth == Truth.TRUE).count();
                    throw found.last().fail("filter " + filter + ": the service returned " + actual.size()
                            + " users, local evaluation selects " + selected + (open.isEmpty() ? ""
                            : " and leaves " + open.size() + " open (the RFC allows either answer: " + open + ")")
                            + " under " + service.interpretation + "; returned but not selected: " + extra
                            + ", selected but not returned: " + missing).onAmbiguousSample(!open.isEmpty());
                }
            }, QueryChecks::parts, FILTER_SHRINK_BUDGET);
        } finally {
            service.cleanUp();
        }
    }

    /**
     * Every proper part of a filter, largest first: each is a filter of the same arbitrary, tried first
     * when shrinking (so a failing {@code and} shrinks to the operand that fails on its own).
     */
    static List<Filter> parts(Filter filter) {
        List<Filter> parts = new ArrayList<>(operands(filter));
        for (int i = 0; i < parts.size(); i++) {
            parts.addAll(operands(parts.get(i)));
        }
        return parts;
    }

    /** The operands of a filter's connectives ({@code and}, {@code or}, {@code not}); none for a leaf. */
    static List<Filter> operands(Filter filter) {
        if (filter instanceof Filter.And and) {
            return List.of(and.left(), and.right());
        }
        if (filter instanceof Filter.Or or) {
            return List.of(or.left(), or.right());
        }
        if (filter instanceof Filter.Not not) {
            return List.of(not.filter());
        }
        return List.of();
    }

    static void pagingVisitsEachOnce(Service service, Samples samples) {
        try {
            Set<String> created = new LinkedHashSet<>();
            for (int i = 0; i < 7; i++) {
                created.add(service.createUser(service.unique(samples.one(200 + i, ScimArbitraries.users())))
                        .getString("id"));
            }
            samples.forAll(9, Math.min(samples.tries(), 4), Arbitraries.integers().between(1, 5), count -> {
                Service.Listing listing = service.list(Service.USERS, null, count);
                Map<String, JsonObject> visited = Service.byId(listing);
                if (visited.size() != listing.total()) {
                    throw listing.last().fail("paging with count=" + count + " visited " + visited.size()
                            + " users but totalResults is " + listing.total());
                }
                Set<String> missing = new LinkedHashSet<>(created);
                missing.removeAll(visited.keySet());
                if (!missing.isEmpty()) {
                    throw listing.last().fail("paging with count=" + count + " never returned users " + missing);
                }
            });
        } finally {
            service.cleanUp();
        }
    }

    private static String swapCase(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        return upper.equals(text) ? text.toLowerCase(Locale.ROOT) : upper;
    }
}
