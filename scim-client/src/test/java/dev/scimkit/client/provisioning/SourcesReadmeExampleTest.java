package dev.scimkit.client.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.client.ZoomScimClient;
import dev.scimkit.testkit.ZoomScimFake;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's CSV and LDAP source examples, compiled and run; and the README holds exactly this code. */
class SourcesReadmeExampleTest {

    @Test
    void readmeCsvExample_plansFromACsvFile(@TempDir Path dir) throws IOException {
        Path csvFile = dir.resolve("people.csv");
        Files.writeString(csvFile, "userPrincipalName,mail,givenName,surname,department,accountEnabled,groups\r\n"
                + "jill@example.com,jill@example.com,Jill,Chill,,true,Sales;Support\r\n");
        try (ZoomScimFake fake = ZoomScimFake.start()) {
            Provisioner provisioner = provisioner(fake);
            // README:csv:begin
            // people.csv: userPrincipalName,mail,givenName,surname,department,accountEnabled,groups
            //             jill@example.com,jill@example.com,Jill,Chill,,true,Sales;Support
            List<SourceRecord> people = SourceRecords.fromCsv(csvFile,     // RFC 4180, UTF-8, BOM ok
                    CsvOptions.builder().multiValued("groups", ";").build());
            // blank cell = absent (Jill's department is left alone); bad input → CsvParseException "line 7, column 3: …"
            ProvisioningPlan plan = provisioner.plan(people);
            // README:csv:end
            assertThat(people).singleElement().satisfies(jill -> assertThat(jill.attributes().toString())
                    .doesNotContain("department").contains("\"groups\":[\"Sales\",\"Support\"]"));
            assertThat(plan.users()).singleElement().satisfies(change -> {
                assertThat(change.action()).isEqualTo(ChangeAction.CREATE);
                assertThat(change.desired().toString()).doesNotContain("department");
            });
        }
    }

    @Test
    void readmeLdapExample_plansFromADirectory() throws Exception {
        try (LdapFixture ldap = new LdapFixture(); ZoomScimFake fake = ZoomScimFake.start()) {
            URI url = ldap.ldapsUrl();
            Path caFile = ldap.caCertificate();
            char[] password = LdapFixture.PASSWORD.toCharArray();
            Provisioner provisioner = provisioner(fake);
            // README:ldap:begin
            LdapSource directory = LdapSource.builder()
                    .url(url)                                       // ldaps://dc1.example.com
                    .trustedCertificates(caFile)                    // your private CA (PEM); else the JVM's
                    .bind("cn=svc-zoom,ou=Service,dc=example,dc=com", password)   // never logged or shown
                    .baseDn("ou=Staff,dc=example,dc=com")
                    .groupBaseDn("ou=Groups,dc=example,dc=com")     // groups: nested ones resolved
                    .build();                                       // AD defaults: sn → surname, objectGUID, …
            List<SourceRecord> people = directory.read();           // paged; all or LdapSourceException
            ProvisioningPlan plan = provisioner.plan(people);       // or hand `directory` over as a Supplier
            // README:ldap:end
            assertThat(people).hasSize(3);
            assertThat(plan.users()).extracting(UserChange::matchValue)
                    .contains("alice@example.com", "carol@example.com");
        }
    }

    private static Provisioner provisioner(ZoomScimFake fake) {
        ZoomScimClient zoom = ZoomScimClient.builder().baseUri(fake.baseUri()).bearerToken(fake.token()).build();
        return Provisioner.builder().client(zoom).mapping(Presets.entraId()).build();
    }

    @Test
    void readme_containsTheExamplesVerbatim() throws IOException {
        String test = Files.readString(Path.of("src/test/java/dev/scimkit/client/provisioning/"
                + "SourcesReadmeExampleTest.java"));
        String readme = Files.readString(Path.of("../README.md"));
        for (String name : List.of("csv", "ldap")) {
            String begin = "// README:" + name + ":begin\n";
            String example = test.substring(test.indexOf(begin) + begin.length(),
                    test.indexOf("            // README:" + name + ":end"));
            String unindented = example.lines().map(line -> line.length() >= 12 ? line.substring(12) : line.strip())
                    .reduce("", (a, b) -> a + b + "\n");
            assertThat(readme).as(name).contains("```java\n" + unindented + "```");
        }
    }
}
