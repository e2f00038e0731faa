package dev.scimkit.client.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.client.ReadmeSnippets;
import dev.scimkit.client.ZoomScimClient;
import dev.scimkit.testkit.ZoomScimFake;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's "Provisioning" example, compiled and run; and the README holds exactly this code. */
class ReadmeExampleTest {

    @Test
    void readmeExample_provisionsJill() {
        ProvisioningReport report;
        ZoomScimFake fake = ZoomScimFake.start();
        try (fake) {
            // README:begin
            ZoomScimClient zoom = ZoomScimClient.builder().baseUri(fake.baseUri()).bearerToken(fake.token()).build();
            Provisioner provisioner = Provisioner.builder()
                    .client(zoom)
                    .mapping(Presets.entraId())          // userPrincipalName → userName, mail → work email, …
                    .scope("department pr")              // a SCIM filter over the source records
                    .build();                            // match on userName, deactivate leavers, 10% guard
            List<SourceRecord> directory = List.of(SourceRecord.of(Map.of(
                    "userPrincipalName", "jill@example.com", "mail", "jill@example.com",
                    "givenName", "Jill", "surname", "Chill", "department", "Engineering", "accountEnabled", true)));
            ProvisioningPlan plan = provisioner.plan(directory);   // dry run: one paged list, no write
            System.out.print(plan.toTable());                      // or plan.toJson()
            report = provisioner.apply(plan);                      // CREATE jill@example.com
            report.failures().forEach(f -> System.err.println(f.subject() + ": " + f.error().detail()));
            // README:end
            assertThat(fake.users()).singleElement()
                    .satisfies(user -> assertThat(user.getString("userName")).isEqualTo("jill@example.com"));
        }
        assertThat(report.isComplete()).isTrue();
    }

    @Test
    void readme_containsTheExampleVerbatim() {
        ReadmeSnippets.assertReadmeContainsExampleOf("src/test/java/dev/scimkit/client/provisioning/ReadmeExampleTest.java");
    }
}
