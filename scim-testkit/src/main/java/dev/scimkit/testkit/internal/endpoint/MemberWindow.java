package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.core.PatchOperation;
import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.filter.AttributePath;
import dev.scimkit.filter.ComparisonOperator;
import dev.scimkit.filter.Filter;
import dev.scimkit.filter.PatchPath;
import dev.scimkit.testkit.internal.store.CaseFold;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which members of a group a PATCH request can touch, so that the store shows the PATCH engine only
 * those and a membership change costs O(changed members) instead of O(group size).
 *
 * <p>A request qualifies when every operation on {@code members} names the members it affects, in the
 * shapes identity providers send: {@code add members [{"value": …}, …]} (Entra ID, Okta),
 * {@code remove members[value eq "…"]} (Entra ID, Okta) and Entra's {@code remove members} with a
 * {@code value} list. Operations on other attributes do not matter. Anything else that touches
 * {@code members} (a {@code replace}, a {@code remove} of all, another filter, a sub-attribute, a path-less
 * value naming {@code members}, a path that does not parse) needs the whole group, and so does a request
 * that removes and adds the same member (a re-added member moves to the end of the whole list).
 */
final class MemberWindow {

    private MemberWindow() {
    }

    /**
     * @param request a group PATCH request
     * @return the member values it may add or remove (compared ignoring case, like {@code members.value}),
     *         or {@code null} when it may touch any member
     */
    static Set<String> of(PatchRequest request) {
        Set<String> values = new LinkedHashSet<>();
        Set<String> added = new HashSet<>();
        Set<String> removed = new HashSet<>();
        for (PatchOperation operation : request.operations()) {
            String path = operation.path();
            if (path == null || path.isBlank()) {
                if (namesMembers(operation.value())) {
                    return null;
                }
                continue;
            }
            PatchPath parsed;
            try {
                parsed = PatchPath.parse(path);
            } catch (ScimException invalidPath) {
                return null;
            }
            if (!isMembers(parsed.path())) {
                continue;
            }
            if (parsed.path().subAttribute() != null || parsed.subAttribute() != null) {
                return null;
            }
            Set<String> named = new LinkedHashSet<>();
            boolean listed;
            if (parsed.valueFilter() != null) {
                String value = operation.op() == PatchOperation.Op.REMOVE ? valueEquality(parsed.valueFilter()) : null;
                listed = value != null && named.add(value);
            } else if (operation.op() == PatchOperation.Op.ADD) {
                listed = listedValues(operation.value(), named);
            } else {
                listed = operation.op() == PatchOperation.Op.REMOVE && operation.value() != null
                        && operation.value() != JsonValue.NULL && listedValues(operation.value(), named);
            }
            if (!listed) {
                return null;
            }
            Set<String> same = operation.op() == PatchOperation.Op.ADD ? added : removed;
            Set<String> other = operation.op() == PatchOperation.Op.ADD ? removed : added;
            for (String value : named) {
                String key = CaseFold.fold(value);
                if (other.contains(key)) {
                    return null;
                }
                same.add(key);
            }
            values.addAll(named);
        }
        return values;
    }

    private static boolean isMembers(AttributePath path) {
        return AttributeNames.same(path.name(), "members")
                && (path.schemaUrn() == null || AttributeNames.same(path.schemaUrn(), SchemaRegistry.GROUP));
    }

    /** @return the value of a {@code value eq "…"} element filter, else {@code null} */
    private static String valueEquality(Filter filter) {
        if (filter instanceof Filter.Comparison comparison && comparison.op() == ComparisonOperator.EQ
                && comparison.value() instanceof JsonString value && comparison.path().schemaUrn() == null
                && comparison.path().subAttribute() == null && AttributeNames.same(comparison.path().name(), "value")) {
            return value.getString();
        }
        return null;
    }

    /** Collects the {@code value}s of member objects (an array of them or one); false for any other shape. */
    private static boolean listedValues(JsonValue value, Set<String> values) {
        if (value == null || value == JsonValue.NULL) {
            return true;
        }
        if (value instanceof JsonObject member) {
            return memberValue(member, values);
        }
        if (!(value instanceof JsonArray array)) {
            return false;
        }
        for (JsonValue element : array) {
            if (!(element instanceof JsonObject member) || !memberValue(member, values)) {
                return false;
            }
        }
        return true;
    }

    private static boolean memberValue(JsonObject member, Set<String> values) {
        if (AttributeNames.get(member, "value") instanceof JsonString value) {
            values.add(value.getString());
            return true;
        }
        return false;
    }

    /**
     * Whether a path-less value may set {@code members}: a key {@code members}, {@code members.…}, a
     * URN-qualified {@code …:members}, the core Group URN, or a value that is not an object at all.
     */
    private static boolean namesMembers(JsonValue value) {
        if (!(value instanceof JsonObject object)) {
            return true;
        }
        for (String key : object.keySet()) {
            if (AttributeNames.same(key, SchemaRegistry.GROUP)) {
                return true;
            }
            String name = key.regionMatches(true, 0, "urn:", 0, 4) ? key.substring(key.lastIndexOf(':') + 1) : key;
            int dot = name.indexOf('.');
            if (AttributeNames.same(dot < 0 ? name : name.substring(0, dot), "members")) {
                return true;
            }
        }
        return false;
    }
}
