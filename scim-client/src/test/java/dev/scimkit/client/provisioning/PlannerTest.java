package dev.scimkit.client.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.client.ZoomScimClient;
import dev.scimkit.core.PatchOperation;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.filter.FilterParseException;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Planning against a given state: no HTTP involved (the client is never called). */
class PlannerTest {

    private static final ZoomScimClient OFFLINE = ZoomScimClient.builder()
            .baseUri(URI.create("https://zoom.invalid/scim2")).bearerToken("unused").build();

    private static Provisioner.Builder provisioner() {
        return Provisioner.builder().client(OFFLINE).mapping(Presets.entraId());
    }

    private static SourceRecord person(String upn, String department, boolean enabled) {
        return SourceRecord.of(Map.of("userPrincipalName", upn, "mail", upn, "givenName", "Given",
                "surname", "Family", "department", department, "accountEnabled", enabled));
    }

    private static JsonObject zoomUser(String id, String userName, String department, boolean active) {
        return ScimJson.parseObject(("{'id':'%s','userName':'%s','active':%s,'userType':'Basic',"
                + "'name':{'givenName':'Given','familyName':'Family'},"
                + "'emails':[{'type':'work','value':'%s','primary':true}],"
                + "'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User':{'department':'%s'},"
                + "'meta':{'resourceType':'User'}}").formatted(id, userName, active, userName.toLowerCase(), department)
                .replace('\'', '"'));
    }

    @Test
    void plan_newPerson_isCreateWithMappedUser() {
        ProvisioningPlan plan = provisioner().build().plan(List.of(person("a@x.org", "Sales", true)), List.of(), List.of());

        assertThat(plan.users()).singleElement().satisfies(change -> {
            assertThat(change.action()).isEqualTo(ChangeAction.CREATE);
            assertThat(change.desired().getString("userName")).isEqualTo("a@x.org");
            assertThat(change.desired().getJsonArray("schemas").toString())
                    .contains("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
        });
        assertThat(plan.matchedUsers()).isZero();
    }

    @Test
    void plan_userNameDiffersOnlyInCase_isUnchanged() {
        ProvisioningPlan plan = provisioner().build().plan(List.of(person("a@x.org", "Sales", true)),
                List.of(zoomUser("u1", "A@X.ORG", "Sales", true)), List.of());

        assertThat(plan.users()).singleElement().satisfies(change -> {
            assertThat(change.action()).isEqualTo(ChangeAction.UNCHANGED);
            assertThat(change.userId()).isEqualTo("u1");
        });
        assertThat(plan.hasChanges()).isFalse();
    }

    @Test
    void plan_changedDepartment_isUpdateWithOnlyThatOperation() {
        ProvisioningPlan plan = provisioner().build().plan(List.of(person("a@x.org", "Marketing", true)),
                List.of(zoomUser("u1", "a@x.org", "Sales", true)), List.of());

        UserChange change = plan.users().get(0);
        assertThat(change.action()).isEqualTo(ChangeAction.UPDATE);
        assertThat(change.patch().operations()).singleElement().satisfies(op -> {
            assertThat(op.path()).endsWith(":department");
            assertThat(op.value().toString()).isEqualTo("\"Marketing\"");
        });
    }

    @Test
    void plan_outOfScopeOrDisabled_deactivatesExistingAndSkipsMissing() {
        Provisioner provisioner = provisioner().scope("department eq \"Sales\"").build();
        ProvisioningPlan plan = provisioner.plan(List.of(
                        person("in@x.org", "Sales", true),
                        person("out@x.org", "Legal", true),
                        person("disabled@x.org", "Sales", false),
                        person("never@x.org", "Legal", true)),
                List.of(zoomUser("u1", "in@x.org", "Sales", true), zoomUser("u2", "out@x.org", "Legal", true),
                        zoomUser("u3", "disabled@x.org", "Sales", true)), List.of());

        assertThat(plan.users()).extracting(UserChange::action).containsExactly(ChangeAction.UNCHANGED,
                ChangeAction.DEACTIVATE, ChangeAction.DEACTIVATE, ChangeAction.UNCHANGED);
        assertThat(plan.deprovisionings()).isEqualTo(2);
        assertThat(plan.matchedUsers()).isEqualTo(3);
    }

    @Test
    void plan_deleteOptedIn_deletesInsteadOfDeactivating() {
        ProvisioningPlan plan = provisioner().deprovisionAction(DeprovisionAction.DELETE).build()
                .plan(List.of(person("a@x.org", "Sales", false)), List.of(zoomUser("u1", "a@x.org", "Sales", true)),
                        List.of());

        assertThat(plan.users()).extracting(UserChange::action).containsExactly(ChangeAction.DELETE);
    }

    @Test
    void plan_inactiveUserBackInScope_isReactivateWithActiveTrue() {
        ProvisioningPlan plan = provisioner().build().plan(List.of(person("a@x.org", "Sales", true)),
                List.of(zoomUser("u1", "a@x.org", "Sales", false)), List.of());

        UserChange change = plan.users().get(0);
        assertThat(change.action()).isEqualTo(ChangeAction.REACTIVATE);
        assertThat(change.patch().operations()).extracting(PatchOperation::path).containsExactly("active");
    }

    @Test
    void plan_unmatchedZoomUsers_leftAloneUnlessConfigured() {
        List<JsonObject> zoom = List.of(zoomUser("u1", "a@x.org", "Sales", true), zoomUser("u9", "owner@x.org", "IT", true));
        List<SourceRecord> source = List.of(person("a@x.org", "Sales", true));

        assertThat(provisioner().build().plan(source, zoom, List.of()).users()).hasSize(1);
        ProvisioningPlan strict = provisioner().deprovisionUnmatched(true).build().plan(source, zoom, List.of());
        assertThat(strict.users()).extracting(UserChange::matchValue, UserChange::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a@x.org", ChangeAction.UNCHANGED),
                        org.assertj.core.groups.Tuple.tuple("owner@x.org", ChangeAction.DEACTIVATE));
        assertThat(strict.matchedUsers()).isEqualTo(2);
    }

    @Test
    void plan_matchOnExternalId_ignoresUserName() {
        AttributeMapping mapping = AttributeMapping.builder()
                .map("upn", "userName").map("employeeId", "externalId").map("dept", "title").build();
        Provisioner provisioner = Provisioner.builder().client(OFFLINE).mapping(mapping)
                .matchKey(MatchKey.externalId()).build();
        JsonObject zoom = ScimJson.parseObject("{\"id\":\"u1\",\"userName\":\"old@x.org\",\"externalId\":\"E1\",\"title\":\"Dev\",\"active\":true}");

        ProvisioningPlan plan = provisioner.plan(List.of(SourceRecord.of(Map.of("upn", "new@x.org", "employeeId", "E1",
                "dept", "Dev"))), List.of(zoom), List.of());

        assertThat(plan.users()).singleElement().satisfies(change -> {
            assertThat(change.userId()).isEqualTo("u1");
            assertThat(change.action()).isEqualTo(ChangeAction.UPDATE);
            assertThat(change.patch().operations()).extracting(PatchOperation::path).containsExactly("userName");
        });
    }

    @Test
    void plan_badRecords_areInvalidWithTheProblem() {
        ProvisioningPlan plan = provisioner().build().plan(List.of(
                person("a@x.org", "Sales", true),
                person("A@x.org", "Sales", true),
                SourceRecord.of(Map.of("mail", "nobody@x.org")),
                SourceRecord.of(Map.of("userPrincipalName", "b@x.org", "accountEnabled", "perhaps"))), List.of(), List.of());

        assertThat(plan.users()).extracting(UserChange::action).containsExactly(ChangeAction.CREATE,
                ChangeAction.INVALID, ChangeAction.INVALID, ChangeAction.INVALID);
        assertThat(plan.users().get(1).problem()).contains("same userName");
        assertThat(plan.users().get(2).problem()).contains("no userName");
        assertThat(plan.users().get(3).problem()).contains("active").contains("perhaps");
    }

    @Test
    void plan_groups_createMissingAndComputeMembershipFromUserGroups() {
        AttributeMapping mapping = AttributeMapping.builder().map("upn", "userName").groups("teams").build();
        Provisioner provisioner = Provisioner.builder().client(OFFLINE).mapping(mapping).build();
        JsonObject alice = ScimJson.parseObject("{\"id\":\"u1\",\"userName\":\"alice@x.org\",\"groups\":[{\"value\":\"g1\"}]}");
        JsonObject bob = ScimJson.parseObject("{\"id\":\"u2\",\"userName\":\"bob@x.org\",\"groups\":[{\"value\":\"g1\"}]}");
        JsonObject sales = ScimJson.parseObject("{\"id\":\"g1\",\"displayName\":\"Sales\"}");

        ProvisioningPlan plan = provisioner.plan(List.of(
                        SourceRecord.of(Map.of("upn", "alice@x.org", "teams", List.of("Sales", "Support"))),
                        SourceRecord.of(Map.of("upn", "bob@x.org", "teams", List.of("Support"))),
                        SourceRecord.of(Map.of("upn", "carol@x.org", "teams", "sales"))),
                List.of(alice, bob), List.of(sales));

        assertThat(plan.groups()).hasSize(2);
        GroupChange salesChange = plan.groups().get(0);
        assertThat(salesChange.action()).isEqualTo(ChangeAction.UPDATE);
        assertThat(salesChange.addMembers()).containsExactly("carol@x.org");
        assertThat(salesChange.removeMemberIds()).containsExactly("u2");
        assertThat(salesChange.membershipVerified()).isTrue();
        GroupChange support = plan.groups().get(1);
        assertThat(support.action()).isEqualTo(ChangeAction.CREATE);
        assertThat(support.addMembers()).containsExactly("alice@x.org", "bob@x.org");
    }

    @Test
    void toTableAndToJson_showTheDryRun() {
        ProvisioningPlan plan = provisioner().scope("department ne \"Legal\"").build().plan(List.of(
                        person("new@x.org", "Sales", true), person("moved@x.org", "Marketing", true),
                        person("gone@x.org", "Legal", true), person("same@x.org", "Sales", true)),
                List.of(zoomUser("u2", "moved@x.org", "Sales", true), zoomUser("u3", "gone@x.org", "Legal", true),
                        zoomUser("u4", "same@x.org", "Sales", true)), List.of());

        String table = plan.toTable();
        assertThat(table.lines().toList()).hasSize(5);
        assertThat(table).startsWith("ACTION").contains("CREATE      new@x.org").contains("UPDATE")
                .contains("replace urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department=\"Marketing\"")
                .contains("DEACTIVATE  gone@x.org   u3").doesNotContain("same@x.org")
                .contains("4 users: {CREATE=1, UPDATE=1, DEACTIVATE=1, UNCHANGED=1}");
        JsonObject json = plan.toJson();
        assertThat(json.getJsonObject("summary").getInt("create")).isEqualTo(1);
        assertThat(json.getJsonArray("users")).hasSize(4);
        assertThat(json.getJsonArray("users").getJsonObject(1).getJsonArray("operations")).hasSize(1);
        assertThat(json.getJsonArray("users").getJsonObject(0).getJsonObject("user").getString("userName"))
                .isEqualTo("new@x.org");
    }

    @Test
    void builder_rejectsBadSettingsAtOnce() {
        assertThatThrownBy(() -> provisioner().scope("department eq")).isInstanceOf(FilterParseException.class);
        assertThatThrownBy(() -> provisioner().concurrency(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("concurrency");
        assertThatThrownBy(() -> provisioner().deprovisionThreshold(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Provisioner.builder().client(OFFLINE).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("mapping");
    }

    @Test
    void plan_mappedPassword_neverShownInTableJsonOrToString() {
        AttributeMapping mapping = AttributeMapping.builder().map("upn", "userName").map("secret", "password").build();
        Provisioner provisioner = Provisioner.builder().client(OFFLINE).mapping(mapping).build();
        JsonObject zoom = ScimJson.parseObject("{\"id\":\"u1\",\"userName\":\"b@x.org\",\"active\":true}");

        ProvisioningPlan plan = provisioner.plan(List.of(SourceRecord.of(Map.of("upn", "a@x.org", "secret", "hunter2")),
                SourceRecord.of(Map.of("upn", "b@x.org", "secret", "hunter3"))), List.of(zoom), List.of());

        assertThat(plan.users()).extracting(UserChange::action).containsExactly(ChangeAction.CREATE, ChangeAction.UPDATE);
        assertThat(plan.toTable()).doesNotContain("hunter").contains("[redacted]");
        assertThat(plan.toJson().toString()).doesNotContain("hunter").contains("[redacted]");
        assertThat(plan.users().toString()).doesNotContain("hunter");
    }
}
