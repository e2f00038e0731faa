package dev.scimkit.testkit.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of membership changes (partial adds and removes as a group PATCH makes them, whole
 * replacements, renames, user and group deletions) keep both sides of every membership in step: a user is
 * in a group's {@code members} exactly when the group is in the user's {@code groups}, with the group's
 * current name; and a user gets a new version (ETag) exactly when its {@code groups} change.
 */
class MembershipPropertyTest {

    /** "u0" and "U0" differ only in case: member values are matched ignoring case, ids exactly. */
    private static final List<String> USERS = List.of("u0", "U0", "u1", "u2", "u3", "u4");
    private static final List<String> GROUPS = List.of("g0", "g1", "g2");

    sealed interface Action permits Join, Leave, Replace, Rename, DeleteUser, DeleteGroup {
    }

    record Join(int group, List<Integer> users) implements Action {
    }

    record Leave(int group, String value) implements Action {
    }

    record Replace(int group, List<Integer> users) implements Action {
    }

    record Rename(int group, String name) implements Action {
    }

    record DeleteUser(int user) implements Action {
    }

    record DeleteGroup(int group) implements Action {
    }

    @Property
    void bothSidesOfEveryMembershipStayInStep(@ForAll("actions") List<Action> actions) {
        ResourceStore store = new ResourceStore(Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC), 1,
                "http://127.0.0.1:1/scim2", 0, null);
        USERS.forEach(id -> createUser(store, id));
        GROUPS.forEach(id -> createGroup(store, id, "Group " + id));

        for (Action action : actions) {
            Map<String, StoredResource> before = usersById(store);
            apply(store, action);
            checkConsistent(store);
            checkVersions(before, usersById(store), action);
        }
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<Integer> group = Arbitraries.integers().between(0, GROUPS.size() - 1);
        Arbitrary<Integer> user = Arbitraries.integers().between(0, USERS.size() - 1);
        Arbitrary<List<Integer>> someUsers = user.list().ofMaxSize(4);
        Arbitrary<Action> action = Arbitraries.oneOf(
                Combinators.combine(group, someUsers).as(Join::new),
                Combinators.combine(group, Arbitraries.of("u0", "U0", "u1", "U2", "u3", "nobody"))
                        .as(Leave::new),
                Combinators.combine(group, someUsers).as(Replace::new),
                Combinators.combine(group, Arbitraries.of("Sales", "sales team", "Ops")).as(Rename::new),
                user.map(DeleteUser::new),
                group.map(DeleteGroup::new));
        return action.list().ofMaxSize(25);
    }

    private static void apply(ResourceStore store, Action action) {
        if (action instanceof Join join) {
            List<String> ids = join.users().stream().map(USERS::get).toList();
            store.updateGroup(GROUPS.get(join.group()), Precondition.none(), ids,
                    group -> withMembers(group, append(members(group), ids)));
        } else if (action instanceof Leave leave) {
            store.updateGroup(GROUPS.get(leave.group()), Precondition.none(), List.of(leave.value()),
                    group -> withMembers(group, without(members(group), leave.value())));
        } else if (action instanceof Replace replace) {
            List<String> ids = replace.users().stream().map(USERS::get).toList();
            store.updateGroup(GROUPS.get(replace.group()), Precondition.none(),
                    group -> withMembers(group, append(List.of(), ids)));
        } else if (action instanceof Rename rename) {
            String id = GROUPS.get(rename.group());
            boolean taken = store.groupByDisplayName(rename.name()).filter(other -> !other.id().equals(id)).isPresent();
            if (!taken) {
                store.updateGroup(id, Precondition.none(),
                        group -> ScimJson.builders().createObjectBuilder(group).add("displayName", rename.name()).build());
            }
        } else if (action instanceof DeleteUser delete) {
            store.deleteUser(USERS.get(delete.user()), Precondition.none());
            createUser(store, USERS.get(delete.user()));
        } else if (action instanceof DeleteGroup delete) {
            String id = GROUPS.get(delete.group());
            String name = store.group(id).orElseThrow().json().getString("displayName");
            store.deleteGroup(id, Precondition.none());
            createGroup(store, id, name);
        }
    }

    private static void checkConsistent(ResourceStore store) {
        Set<List<String>> fromGroups = new HashSet<>();
        for (StoredResource group : store.groups()) {
            JsonObject json = group.json();
            List<String> values = values(json, "members");
            assertThat(values).doesNotHaveDuplicates();
            for (String userId : values) {
                assertThat(store.user(userId)).as("member %s of %s", userId, group.id()).isPresent();
                fromGroups.add(List.of(group.id(), userId));
            }
        }
        Set<List<String>> fromUsers = new HashSet<>();
        for (StoredResource user : store.users()) {
            JsonObject json = user.json();
            List<String> groupIds = values(json, "groups");
            assertThat(groupIds).doesNotHaveDuplicates();
            long previous = Long.MIN_VALUE;
            for (JsonValue ref : json.containsKey("groups") ? json.getJsonArray("groups") : List.<JsonValue>of()) {
                StoredResource group = store.group(ref.asJsonObject().getString("value")).orElseThrow();
                assertThat(ref.asJsonObject().getString("display")).isEqualTo(group.json().getString("displayName"));
                assertThat(group.sequence()).as("groups in creation order").isGreaterThan(previous);
                previous = group.sequence();
                fromUsers.add(List.of(group.id(), user.id()));
            }
        }
        assertThat(fromUsers).isEqualTo(fromGroups);
    }

    /** A surviving user has a new version exactly when its groups changed (or it was itself replaced). */
    private static void checkVersions(Map<String, StoredResource> before, Map<String, StoredResource> after,
                                      Action action) {
        for (Map.Entry<String, StoredResource> entry : after.entrySet()) {
            StoredResource old = before.get(entry.getKey());
            StoredResource now = entry.getValue();
            if (old == null || action instanceof DeleteUser delete && USERS.get(delete.user()).equals(now.id())) {
                continue;
            }
            boolean groupsChanged = !groupsOf(old).equals(groupsOf(now));
            if (groupsChanged) {
                assertThat(now.etag()).as("ETag of %s after %s", now.id(), action).isNotEqualTo(old.etag());
            } else {
                assertThat(now).as("untouched user %s after %s", now.id(), action).isSameAs(old);
            }
        }
    }

    private static JsonValue groupsOf(StoredResource user) {
        return user.json().getOrDefault("groups", JsonValue.EMPTY_JSON_ARRAY);
    }

    private static Map<String, StoredResource> usersById(ResourceStore store) {
        Map<String, StoredResource> users = new HashMap<>();
        store.users().forEach(user -> users.put(user.id(), user));
        return users;
    }

    private static List<String> values(JsonObject json, String attribute) {
        List<String> values = new ArrayList<>();
        if (json.containsKey(attribute)) {
            json.getJsonArray(attribute).forEach(item -> values.add(item.asJsonObject().getString("value")));
        }
        return values;
    }

    private static List<JsonObject> members(JsonObject group) {
        List<JsonObject> members = new ArrayList<>();
        if (group.containsKey("members")) {
            group.getJsonArray("members").forEach(member -> members.add(member.asJsonObject()));
        }
        return members;
    }

    private static List<JsonObject> append(List<JsonObject> members, List<String> ids) {
        List<JsonObject> out = new ArrayList<>(members);
        for (String id : ids) {
            out.add(ScimJson.builders().createObjectBuilder().add("value", id).build());
        }
        return out;
    }

    private static List<JsonObject> without(List<JsonObject> members, String value) {
        return members.stream().filter(member -> !member.getString("value").equalsIgnoreCase(value)).toList();
    }

    private static JsonObject withMembers(JsonObject group, List<JsonObject> members) {
        JsonObjectBuilder out = ScimJson.builders().createObjectBuilder(group).remove("members");
        if (!members.isEmpty()) {
            JsonArrayBuilder array = ScimJson.builders().createArrayBuilder();
            members.forEach(array::add);
            out.add("members", array);
        }
        return out.build();
    }

    private static void createUser(ResourceStore store, String id) {
        store.createUser(ScimJson.builders().createObjectBuilder()
                .add("schemas", ScimJson.builders().createArrayBuilder().add(SchemaRegistry.USER))
                .add("userName", id + "-" + id.hashCode() + "@example.com").build(), id);
    }

    private static void createGroup(ResourceStore store, String id, String name) {
        store.createGroup(ScimJson.builders().createObjectBuilder()
                .add("schemas", ScimJson.builders().createArrayBuilder().add(SchemaRegistry.GROUP))
                .add("displayName", name).build(), id);
    }
}
