package dev.scimkit.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.client.ZoomScimClient;
import dev.scimkit.core.Email;
import dev.scimkit.core.Group;
import dev.scimkit.core.Name;
import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.User;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.testkit.RecordedRequest;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** PATCH calls (users and groups, blocking and async) against the fake over HTTP. */
class PatchOverHttpTest {

    private final FakeFixture f = new FakeFixture();
    private final ZoomScimClient client = f.client;

    @AfterEach
    void close() {
        f.close();
    }

    private static User newUser(String userName) {
        return User.builder().userName(userName).name(Name.of("Jill", "Chill"))
                .addEmail(Email.of(userName, "work", true)).active(true).userType("Basic").build();
    }

    private List<String> memberIds(String groupId) {
        JsonObject group = f.fake.group(groupId).orElseThrow();
        return group.getJsonArray("members") == null ? List.of()
                : group.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("value")).collect(Collectors.toList());
    }

    @Test
    void patch_withRequest_appliesIt() {
        User created = client.users().create(newUser("p@example.com"));

        User patched = client.users().patch(created.id(),
                PatchRequest.builder().replace("active", JsonValue.FALSE).build());

        assertThat(patched.active()).isFalse();
    }

    @Test
    void patchBuilder_sendsAllOperationsInOneRequest() throws Exception {
        User created = client.users().create(newUser("fluent@example.com"));

        User patched = client.users().patch(created.id())
                .replace("active", false)
                .replace("name.givenName", "Jillian")
                .execute();

        assertThat(patched.active()).isFalse();
        assertThat(patched.name().givenName()).isEqualTo("Jillian");
        f.fake.takeRequest();
        RecordedRequest patch = f.fake.takeRequest();
        assertThat(patch.method()).isEqualTo("PATCH");
        assertThat(patch.bodyJson().getJsonArray("Operations")).hasSize(2);
    }

    @Test
    void deactivate_thenReactivate_flipsActive() throws Exception {
        User created = client.users().create(newUser("d@example.com"));

        assertThat(client.users().deactivate(created.id()).active()).isFalse();
        assertThat(client.users().get(created.id()).active()).isFalse();
        assertThat(client.users().reactivate(created.id()).active()).isTrue();
        f.fake.takeRequest();
        assertThat(f.fake.takeRequest().bodyJson().getJsonArray("Operations").getJsonObject(0)
                .getJsonObject("value").getBoolean("active")).isFalse();
    }

    @Test
    void addAndRemoveMembers_changeMembership() throws Exception {
        String a = f.fake.seedUser(FakeFixture.userJson("a@example.com"));
        String b = f.fake.seedUser(FakeFixture.userJson("b@example.com"));
        Group group = client.groups().create(Group.builder().displayName("Team").build());

        client.groups().addMembers(group.id(), a, b);
        assertThat(memberIds(group.id())).containsExactlyInAnyOrder(a, b);
        client.groups().removeMembers(group.id(), a);

        assertThat(memberIds(group.id())).containsExactly(b);
        List<RecordedRequest> patches = f.fake.requests().stream().filter(r -> r.method().equals("PATCH"))
                .collect(Collectors.toList());
        assertThat(patches).hasSize(2);
        assertThat(patches.get(1).bodyJson().getJsonArray("Operations").getJsonObject(0).getString("path"))
                .isEqualTo("members[value eq \"" + a + "\"]");
    }

    @Test
    void patchBuilder_on204_fetchesGroupAfterwards() {
        Group group = client.groups().create(Group.builder().displayName("Old").build());

        Group renamed = client.groups().patch(group.id()).replace("displayName", "New").execute();

        assertThat(renamed.displayName()).isEqualTo("New");
        assertThat(f.wire(3)).endsWith("PATCH /scim2/Groups/" + group.id(), "GET /scim2/Groups/" + group.id());
    }

    @Test
    void patchAsync_variantsComplete() throws Exception {
        User created = client.users().create(newUser("async-patch@example.com"));

        assertThat(client.users().patchAsync(created.id(), PatchRequest.builder()
                .replace("title", ScimJson.provider().createValue("U")).build()).get().title()).isEqualTo("U");
        assertThat(client.users().patch(created.id()).replace("title", "V").executeAsync().get().title()).isEqualTo("V");
        assertThat(client.users().deactivateAsync(created.id()).get().active()).isFalse();
        assertThat(client.users().reactivateAsync(created.id()).get().active()).isTrue();
        Group group = client.groups().create(Group.builder().displayName("AsyncTeam").build());
        client.groups().addMembersAsync(group.id(), created.id()).get();
        assertThat(memberIds(group.id())).containsExactly(created.id());
        client.groups().removeMembersAsync(group.id(), created.id()).get();
        assertThat(memberIds(group.id())).isEmpty();
        assertThat(client.groups().patchAsync(group.id(), PatchRequest.builder()
                .replace("displayName", ScimJson.provider().createValue("Renamed")).build()).get().displayName())
                .isEqualTo("Renamed");
    }
}
