package dev.scimkit.testkit.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One membership change to a 20,000-member group does work for the member changed, not for the group:
 * the change sees only that member, the member structure shares all but a few nodes with the previous
 * version, and only the one user whose {@code groups} changed gets a new version. (Counts work, not time.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeGroupTest {

    private static final int MEMBERS = 20_000;

    private ResourceStore store;
    private String groupId;

    @BeforeAll
    void fillAGroup() {
        store = new ResourceStore(Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC), 1,
                "http://127.0.0.1:1/scim2", 0, null);
        JsonArrayBuilder members = ScimJson.builders().createArrayBuilder();
        for (int i = 0; i < MEMBERS; i++) {
            members.add(ScimJson.builders().createObjectBuilder().add("value", createUser("member" + i)));
        }
        groupId = store.createGroup(ScimJson.builders().createObjectBuilder()
                .add("schemas", ScimJson.builders().createArrayBuilder().add(SchemaRegistry.GROUP))
                .add("displayName", "Everyone").add("members", members).build(), null).id();
    }

    @Test
    void addingOneMember_touchesThatMemberOnly() {
        String newcomer = createUser("newcomer");
        StoredResource before = store.group(groupId).orElseThrow();
        Map<String, StoredResource> usersBefore = users();
        AtomicInteger membersSeen = new AtomicInteger();

        StoredResource after = store.updateGroup(groupId, Precondition.none(), List.of(newcomer), group -> {
            membersSeen.set(group.containsKey("members") ? group.getJsonArray("members").size() : 0);
            return ScimJson.builders().createObjectBuilder(group).add("members", ScimJson.builders()
                    .createArrayBuilder().add(ScimJson.builders().createObjectBuilder().add("value", newcomer))).build();
        });

        assertThat(membersSeen.get()).isZero();
        assertThat(after.members().size()).isEqualTo(MEMBERS + 1);
        assertThat(HashTrieTest.unsharedNodes(before.members().trie(), after.members().trie())).isBetween(1, 4);
        assertThat(changedUsers(usersBefore)).containsExactly(newcomer);
        assertThat(store.user(newcomer).orElseThrow().json().getJsonArray("groups").getJsonObject(0)
                .getString("value")).isEqualTo(groupId);
    }

    @Test
    void removingOneMember_touchesThatMemberOnly() {
        StoredResource before = store.group(groupId).orElseThrow();
        String leaver = before.members().inOrder().get(MEMBERS / 2).id();
        Map<String, StoredResource> usersBefore = users();
        AtomicInteger membersSeen = new AtomicInteger();

        StoredResource after = store.updateGroup(groupId, Precondition.none(), List.of(leaver.toUpperCase()),
                group -> {
                    membersSeen.set(group.getJsonArray("members").size());
                    return ScimJson.builders().createObjectBuilder(group).remove("members").build();
                });

        assertThat(membersSeen.get()).isEqualTo(1);
        assertThat(after.members().get(leaver)).isNull();
        assertThat(after.members().size()).isEqualTo(before.members().size() - 1);
        assertThat(HashTrieTest.unsharedNodes(before.members().trie(), after.members().trie())).isBetween(1, 4);
        assertThat(changedUsers(usersBefore)).containsExactly(leaver);
        assertThat(store.user(leaver).orElseThrow().json().containsKey("groups")).isFalse();
    }

    private String createUser(String name) {
        JsonObject user = ScimJson.builders().createObjectBuilder()
                .add("schemas", ScimJson.builders().createArrayBuilder().add(SchemaRegistry.USER))
                .add("userName", name + "@example.com").build();
        return store.createUser(user, null).id();
    }

    private Map<String, StoredResource> users() {
        Map<String, StoredResource> users = new HashMap<>();
        store.users().forEach(user -> users.put(user.id(), user));
        return users;
    }

    private List<String> changedUsers(Map<String, StoredResource> before) {
        return store.users().stream().filter(user -> before.get(user.id()) != user).map(StoredResource::id).toList();
    }
}
