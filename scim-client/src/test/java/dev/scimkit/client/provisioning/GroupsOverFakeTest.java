package dev.scimkit.client.provisioning;

import static dev.scimkit.client.provisioning.ProvisioningFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.testkit.FakeProfile;
import dev.scimkit.testkit.ZoomScimFake;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Groups and memberships from a source attribute, against the fake in both profiles. */
class GroupsOverFakeTest {

    private static final AttributeMapping MAPPING = AttributeMapping.builder()
            .map("upn", "userName").map("first", "name.givenName").map("last", "name.familyName")
            .groups("teams").build();

    private static SourceRecord person(String upn, List<String> teams) {
        return SourceRecord.of(Map.of("upn", upn, "first", "F", "last", "L", "teams", teams));
    }

    private static Set<String> memberNames(ProvisioningFixture fixture, String groupName) {
        String groupId = fixture.fake.groups().stream().filter(g -> groupName.equals(text(g, "displayName")))
                .findFirst().map(g -> text(g, "id")).orElseThrow();
        return fixture.fake.users().stream()
                .filter(user -> fixture.fake.user(text(user, "id")).orElseThrow().getJsonArray("groups") != null
                        && fixture.fake.user(text(user, "id")).orElseThrow().getJsonArray("groups").stream()
                        .map(JsonValue::asJsonObject).anyMatch(g -> groupId.equals(text(g, "value"))))
                .map(user -> text(user, "userName"))
                .collect(Collectors.toSet());
    }

    @Test
    void sync_scimProfile_createsGroupsMembershipsAndConvergesWithoutWrites() {
        try (ProvisioningFixture fixture = new ProvisioningFixture(ZoomScimFake.builder().profile(FakeProfile.SCIM).start())) {
            Provisioner provisioner = fixture.provisioner(MAPPING).build();
            ProvisioningReport first = provisioner.sync(List.of(person("a@x.org", List.of("Sales", "Support")),
                    person("b@x.org", List.of("Sales"))));
            assertThat(first.isComplete()).as(first.toTable()).isTrue();
            assertThat(memberNames(fixture, "Sales")).containsExactlyInAnyOrder("a@x.org", "b@x.org");
            assertThat(memberNames(fixture, "Support")).containsExactly("a@x.org");

            ProvisioningReport moved = provisioner.sync(List.of(person("a@x.org", List.of("Sales", "Support")),
                    person("b@x.org", List.of("Support"))));
            assertThat(moved.outcomes()).extracting(ChangeOutcome::subject).containsExactlyInAnyOrder("Sales", "Support");
            assertThat(memberNames(fixture, "Sales")).containsExactly("a@x.org");
            assertThat(memberNames(fixture, "Support")).containsExactlyInAnyOrder("a@x.org", "b@x.org");

            int before = fixture.fake.requestCount();
            ProvisioningReport again = provisioner.sync(List.of(person("a@x.org", List.of("Sales", "Support")),
                    person("b@x.org", List.of("Support"))));
            assertThat(again.outcomes()).isEmpty();
            assertThat(again.plan().groups()).allSatisfy(change -> assertThat(change.membershipVerified()).isTrue());
            assertThat(fixture.fake.requests().subList(before, fixture.fake.requestCount()))
                    .extracting(r -> r.method() + " " + r.path()).containsOnly("GET /scim2/Users", "GET /scim2/Groups");
        }
    }

    @Test
    void sync_zoomProfile_membersUnreadable_addsWantedMembersAndSaysSo() {
        try (ProvisioningFixture fixture = new ProvisioningFixture()) {
            Provisioner provisioner = fixture.provisioner(MAPPING).build();
            provisioner.sync(List.of(person("a@x.org", List.of("Sales")), person("b@x.org", List.of("Sales"))));

            ProvisioningPlan plan = provisioner.plan(List.of(person("a@x.org", List.of("Sales")),
                    person("b@x.org", List.of("Sales"))));

            assertThat(memberNames(fixture, "Sales")).containsExactlyInAnyOrder("a@x.org", "b@x.org");
            assertThat(plan.groups()).singleElement().satisfies(change -> {
                assertThat(change.membershipVerified()).isFalse();
                assertThat(change.addMembers()).containsExactlyInAnyOrder("a@x.org", "b@x.org");
                assertThat(change.removeMemberIds()).isEmpty();
            });
            assertThat(plan.toTable()).contains("members unreadable");
            JsonObject group = fixture.fake.groups().get(0);
            assertThat(text(group, "displayName")).isEqualTo("Sales");
        }
    }
}
