package dev.scimkit.client.provisioning;

import static dev.scimkit.client.provisioning.ProvisioningFixture.ENTERPRISE;
import static dev.scimkit.client.provisioning.ProvisioningFixture.text;
import static dev.scimkit.client.provisioning.ProvisioningFixture.workEmail;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each preset provisions the seed guides' kind of people into the fake with the mapped attributes. */
class PresetsOverFakeTest {

    private final ProvisioningFixture fixture = new ProvisioningFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void entraId_provisionsUsersWithEntraDefaultMappings() {
        List<SourceRecord> people = List.of(
                SourceRecord.of(Map.of("userPrincipalName", "jchill@example.com", "mail", "jchill@example.com",
                        "givenName", "Jill", "surname", "Chill", "displayName", "Jill Chill",
                        "department", "Engineering", "accountEnabled", true, "role", "On Prem")),
                SourceRecord.of(Map.of("userPrincipalName", "bjensen@example.com", "mail", "barbara.jensen@example.com",
                        "givenName", "Barbara", "surname", "Jensen", "displayName", "Babs Jensen",
                        "department", "Tour Operations", "accountEnabled", true, "role", "Licensed")));

        ProvisioningReport report = fixture.provisioner(Presets.entraId()).build().sync(people);

        assertThat(report.isComplete()).as(report.toTable()).isTrue();
        JsonObject jill = fixture.requireUser("jchill@example.com");
        assertThat(text(jill, "name", "givenName")).isEqualTo("Jill");
        assertThat(text(jill, "name", "familyName")).isEqualTo("Chill");
        assertThat(text(jill, "displayName")).isEqualTo("Jill Chill");
        assertThat(workEmail(jill)).isEqualTo("jchill@example.com");
        assertThat(text(jill, ENTERPRISE, "department")).isEqualTo("Engineering");
        assertThat(text(jill, "userType")).isEqualTo("On-Prem");
        assertThat(text(jill, "active")).isEqualTo("true");
        JsonObject barbara = fixture.requireUser("bjensen@example.com");
        assertThat(workEmail(barbara)).isEqualTo("barbara.jensen@example.com");
        assertThat(text(barbara, "displayName")).isEqualTo("Babs Jensen");
        assertThat(text(barbara, "userType")).isEqualTo("Licensed");
    }

    @Test
    void okta_provisionsUsersWithOktaDefaultMappings() {
        List<SourceRecord> people = List.of(
                SourceRecord.of(Map.of("userName", "ada.lovelace@example.com", "firstName", "Ada",
                        "lastName", "Lovelace", "department", "Research", "licenseType", "Licensed")),
                SourceRecord.of(Map.of("userName", "alan.turing@example.com", "firstName", "Alan",
                        "lastName", "Turing")));

        ProvisioningReport report = fixture.provisioner(Presets.okta()).build().sync(people);

        assertThat(report.isComplete()).as(report.toTable()).isTrue();
        JsonObject ada = fixture.requireUser("ada.lovelace@example.com");
        assertThat(workEmail(ada)).isEqualTo("ada.lovelace@example.com");
        assertThat(text(ada, "name", "givenName")).isEqualTo("Ada");
        assertThat(text(ada, "name", "familyName")).isEqualTo("Lovelace");
        assertThat(text(ada, ENTERPRISE, "department")).isEqualTo("Research");
        assertThat(text(ada, "userType")).isEqualTo("Licensed");
        JsonObject alan = fixture.requireUser("alan.turing@example.com");
        assertThat(text(alan, "name", "givenName")).isEqualTo("Alan");
        assertThat(text(alan, "userType")).as("Zoom's default license").isEqualTo("Basic");
    }

    @Test
    void googleWorkspace_provisionsUsersWithGoogleDefaultMappings() {
        List<SourceRecord> people = List.of(
                SourceRecord.of(Map.of("primaryEmail", "grace.hopper@example.com", "givenName", "Grace",
                        "familyName", "Hopper", "department", "Navy", "suspended", false)),
                SourceRecord.of(Map.of("primaryEmail", "linus@example.com", "givenName", "Linus",
                        "familyName", "Torvalds", "suspended", true)));

        ProvisioningReport report = fixture.provisioner(Presets.googleWorkspace()).build().sync(people);

        assertThat(report.isComplete()).as(report.toTable()).isTrue();
        JsonObject grace = fixture.requireUser("grace.hopper@example.com");
        assertThat(workEmail(grace)).isEqualTo("grace.hopper@example.com");
        assertThat(text(grace, "name", "givenName")).isEqualTo("Grace");
        assertThat(text(grace, "name", "familyName")).isEqualTo("Hopper");
        assertThat(text(grace, ENTERPRISE, "department")).isEqualTo("Navy");
        assertThat(text(grace, "active")).isEqualTo("true");
        assertThat(fixture.user("linus@example.com")).as("a suspended Google user is not created").isEmpty();
    }
}
