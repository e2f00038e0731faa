package dev.scimkit.testkit;

import dev.scimkit.filter.Filter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The operators and connectives a filter uses, for coverage statistics. */
final class FilterFeatures {

    private FilterFeatures() {
    }

    static List<String> of(Filter filter) {
        List<String> features = new ArrayList<>();
        Deque<Filter> pending = new ArrayDeque<>();
        pending.push(filter);
        while (!pending.isEmpty()) {
            Filter next = pending.pop();
            if (next instanceof Filter.Comparison comparison) {
                features.add(comparison.op().token());
            } else if (next instanceof Filter.Presence) {
                features.add("pr");
            } else if (next instanceof Filter.And and) {
                features.add("and");
                pending.push(and.left());
                pending.push(and.right());
            } else if (next instanceof Filter.Or or) {
                features.add("or");
                pending.push(or.left());
                pending.push(or.right());
            } else if (next instanceof Filter.Not not) {
                features.add("not");
                pending.push(not.filter());
            } else if (next instanceof Filter.ValuePath valuePath) {
                features.add("[]");
                pending.push(valuePath.filter());
            }
        }
        return features;
    }
}
