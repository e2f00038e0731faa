package dev.scimkit.client.provisioning;

import static dev.scimkit.client.provisioning.ProvisioningFixture.ENTERPRISE;
import static dev.scimkit.client.provisioning.ProvisioningFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.testkit.RecordedRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The seed guides' "Verify user provisioning" steps against the fake: assign a test user (created),
 * change their department (updated), deactivate them (deactivated), bring them back (reactivated).
 */
class VerificationStepsTest {

    private final ProvisioningFixture fixture = new ProvisioningFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    private static Map<String, Object> testUser(String department, boolean enabled) {
        Map<String, Object> person = new HashMap<>();
        person.put("userPrincipalName", "test.user@example.com");
        person.put("mail", "test.user@example.com");
        person.put("givenName", "Test");
        person.put("surname", "User");
        person.put("displayName", "Test User");
        person.put("department", department);
        person.put("accountEnabled", enabled);
        return person;
    }

    @ParameterizedTest
    @EnumSource(UpdateMethod.class)
    void sync_createChangeDepartmentDeactivate_observableInFake(UpdateMethod method) {
        Provisioner provisioner = fixture.provisioner(Presets.entraId()).updateMethod(method)
                .deprovisionThreshold(1.0).build();
        // 1-3: assign a test user; it appears with the mapped attributes.
        ProvisioningReport created = provisioner.sync(List.of(SourceRecord.of(testUser("Sales", true))));
        assertThat(created.outcomes()).extracting(ChangeOutcome::action).containsExactly(ChangeAction.CREATE);
        assertThat(text(fixture.requireUser("test.user@example.com"), ENTERPRISE, "department")).isEqualTo("Sales");

        // 4-5: change the department; the change is reflected, and only it is sent.
        int before = fixture.fake.requestCount();
        ProvisioningReport updated = provisioner.sync(List.of(SourceRecord.of(testUser("Marketing", true))));
        assertThat(updated.outcomes()).extracting(ChangeOutcome::action).containsExactly(ChangeAction.UPDATE);
        assertThat(updated.isComplete()).as(updated.toTable()).isTrue();
        assertThat(text(fixture.requireUser("test.user@example.com"), ENTERPRISE, "department")).isEqualTo("Marketing");
        List<RecordedRequest> sent = fixture.fake.requests().subList(before, fixture.fake.requestCount());
        List<RecordedRequest> writes = sent.stream().filter(r -> !r.method().equals("GET")).toList();
        assertThat(writes).hasSize(1);
        assertThat(writes.get(0).method()).isEqualTo(method.name());
        if (method == UpdateMethod.PATCH) {
            assertThat(writes.get(0).bodyJson().getJsonArray("Operations")).hasSize(1);
            assertThat(writes.get(0).body()).contains("department").contains("Marketing").doesNotContain("givenName");
        }

        // 6-7: deactivate the test user in the IdP; the Zoom user is deactivated, not deleted.
        ProvisioningReport deactivated = provisioner.sync(List.of(SourceRecord.of(testUser("Marketing", false))));
        assertThat(deactivated.outcomes()).extracting(ChangeOutcome::action).containsExactly(ChangeAction.DEACTIVATE);
        assertThat(deactivated.isComplete()).as(deactivated.toTable()).isTrue();
        assertThat(text(fixture.requireUser("test.user@example.com"), "active")).isEqualTo("false");

        // And back: the returner is reactivated.
        ProvisioningReport reactivated = provisioner.sync(List.of(SourceRecord.of(testUser("Marketing", true))));
        assertThat(reactivated.outcomes()).extracting(ChangeOutcome::action).containsExactly(ChangeAction.REACTIVATE);
        assertThat(text(fixture.requireUser("test.user@example.com"), "active")).isEqualTo("true");
        assertThat(fixture.fake.users()).hasSize(1);
    }
}
