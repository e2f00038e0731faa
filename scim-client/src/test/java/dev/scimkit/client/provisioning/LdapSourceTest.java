package dev.scimkit.client.provisioning;

import static dev.scimkit.client.provisioning.LdapFixture.BIND_DN;
import static dev.scimkit.client.provisioning.LdapFixture.GROUPS;
import static dev.scimkit.client.provisioning.LdapFixture.MANY;
import static dev.scimkit.client.provisioning.LdapFixture.PASSWORD;
import static dev.scimkit.client.provisioning.LdapFixture.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scimkit.client.CapturingLogger;
import jakarta.json.JsonObject;
import java.lang.System.Logger.Level;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link LdapSource} against a real LDAP server in memory, shaped like Active Directory. */
@Timeout(60) // a hang guard only: every wait inside has its own, much shorter deadline
class LdapSourceTest {

    private static LdapFixture directory;

    @BeforeAll
    static void start() throws Exception {
        directory = new LdapFixture();
    }

    @AfterAll
    static void stop() throws Exception {
        directory.close();
    }

    @BeforeEach
    void forgetSearches() {
        directory.searches.clear();
    }

    @Test
    void read_activeDirectoryDefaults_mapPeopleAndResolveNestedGroups() {
        List<SourceRecord> people = directory.staff().build().read();

        assertThat(people).hasSize(3);
        assertThat(person(people, "alice").toString()).isEqualTo("{\"userPrincipalName\":\"alice@example.com\","
                + "\"mail\":\"alice@example.com\",\"givenName\":\"Alice\",\"surname\":\"Archer\","
                + "\"displayName\":\"Alice Archer\",\"department\":\"Engineering\","
                + "\"objectGUID\":\"00112233-4455-6677-8899-aabbccddeeff\",\"accountEnabled\":true,"
                + "\"groups\":[\"A\",\"B\",\"C\"]}");
    }

    @Test
    void read_groupCycle_terminatesWithEveryGroupOnce() {
        List<SourceRecord> people = directory.staff().build().read();

        assertThat(person(people, "bob").getJsonArray("groups")).map(Object::toString)
                .containsExactly("\"Cyc1\"", "\"Cyc2\"");
    }

    @Test
    void read_disabledAdUser_isAccountEnabledFalse_andTheEntraMappingDeactivates() {
        List<SourceRecord> people = directory.staff().build().read();
        SourceRecord bob = people.stream().filter(p -> p.get("userPrincipalName").toString().contains("bob"))
                .findFirst().orElseThrow();

        assertThat(bob.attributes().getBoolean("accountEnabled")).isFalse();
        assertThat(Presets.entraId().toUser(bob).getBoolean("active")).isFalse();
        assertThat(person(people, "carol").getBoolean("accountEnabled")).isTrue(); // 66048: don't-expire flag only
    }

    @Test
    void read_multiValuedAttribute_isAnArray_andAPersonInNoGroupHasAnEmptyList() {
        JsonObject carol = person(directory.staff().build().read(), "carol");

        assertThat(carol.getJsonArray("mail")).map(Object::toString)
                .containsExactlyInAnyOrder("\"carol@example.com\"", "\"carol.cole@example.com\"");
        assertThat(carol.getJsonArray("groups")).isEmpty();
        assertThat(carol.containsKey("department")).isFalse();
    }

    @Test
    void read_groupOutsideTheGroupBase_isNotListed() {
        assertThat(person(directory.staff().build().read(), "alice").getJsonArray("groups").toString())
                .doesNotContain("Elsewhere");
        assertThat(person(directory.staff().build().read(), "alice").toString()).doesNotContain("Elsewhere");
    }

    @Test
    void read_groupBaseDefaultsToTheBaseDn() {
        LdapSource whole = LdapSource.builder().url(directory.ldapUrl()).bind(BIND_DN, PASSWORD.toCharArray())
                .baseDn(LdapFixture.BASE).build();

        assertThat(person(whole.read(), "alice").getJsonArray("groups").toString())
                .isEqualTo("[\"A\",\"B\",\"C\",\"Elsewhere\"]");
    }

    @Test
    void read_membershipFromGroupMemberAttribute_resolvesTheSameNesting() {
        List<SourceRecord> people = directory.staff().membershipFromGroupAttribute("member").build().read();

        assertThat(person(people, "alice").getJsonArray("groups").toString()).isEqualTo("[\"A\",\"B\",\"C\"]");
        assertThat(person(people, "bob").getJsonArray("groups").toString()).isEqualTo("[\"Cyc1\",\"Cyc2\"]");
    }

    @Test
    void read_moreEntriesThanOnePage_readsEveryPage() {
        LdapSource many = LdapSource.builder().url(directory.ldapUrl()).bind(BIND_DN, PASSWORD.toCharArray())
                .baseDn(MANY).pageSize(10).withoutGroups().build();

        List<SourceRecord> people = many.read();

        assertThat(people).hasSize(25);
        assertThat(people).map(p -> p.get("userPrincipalName").toString()).doesNotHaveDuplicates();
        assertThat(directory.searchesUnder(MANY)).hasSize(3); // pages of 10, 10 and 5
    }

    @Test
    void read_moreEntriesThanMaxEntries_failsInsteadOfReturningPart() {
        LdapSource many = LdapSource.builder().url(directory.ldapUrl()).bind(BIND_DN, PASSWORD.toCharArray())
                .baseDn(MANY).pageSize(10).maxEntries(24).withoutGroups().build();

        LdapSourceException e = catchThrowableOfType(LdapSourceException.class, many::read);

        assertThat(e.reason()).isEqualTo(LdapSourceException.Reason.LIMIT);
        assertThat(e).hasMessageContaining("returned more than 24 entries");
    }

    @Test
    void read_customAttributesAndFilter_withoutAccountEnabledOrGroups() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("userPrincipalName", "login");
        names.put("sn", "lastName");
        LdapSource custom = directory.staff().filter("(department=Sales)").attributes(names)
                .accountEnabledFromUserAccountControl(false).groupsAttribute("memberships").build();

        assertThat(custom.read()).singleElement().satisfies(bob -> assertThat(bob.attributes().toString())
                .isEqualTo("{\"login\":\"bob@example.com\",\"lastName\":\"Baker\","
                        + "\"memberships\":[\"Cyc1\",\"Cyc2\"]}"));
    }

    @Test
    void read_anonymousBind_works() {
        LdapSource anonymous = LdapSource.builder().url(directory.ldapUrl()).baseDn(MANY).withoutGroups().build();

        assertThat(anonymous.read()).hasSize(25);
        assertThat(anonymous.toString()).contains("bind=anonymous");
    }

    @Test
    void get_isTheSupplierAProvisioningServiceCallsEachCycle() {
        Supplier<Collection<SourceRecord>> perCycle = directory.staff().build();

        assertThat(perCycle.get()).hasSize(3);
        assertThat(perCycle.get()).hasSize(3);
    }

    @Test
    void read_missingBaseDn_isADirectoryError() {
        LdapSource wrongBase = LdapSource.builder().url(directory.ldapUrl()).bind(BIND_DN, PASSWORD.toCharArray())
                .baseDn("ou=Nobody," + LdapFixture.BASE).withoutGroups().build();

        LdapSourceException e = catchThrowableOfType(LdapSourceException.class, wrongBase::read);

        assertThat(e.reason()).isEqualTo(LdapSourceException.Reason.DIRECTORY);
        assertThat(e).hasMessageStartingWith("LDAP source " + directory.ldapUrl() + ": searching ou=Nobody")
                .hasMessageContaining("no such entry");
    }

    @Test
    void read_attributeReturnedInRanges_failsInsteadOfMissingMembers() throws Exception {
        directory.add("dn: cn=Huge,ou=Other," + LdapFixture.BASE, "objectClass: group", "cn: Huge",
                "member;range=0-1: " + LdapFixture.dn("alice"), "member;range=0-1: " + LdapFixture.dn("bob"));
        LdapSource ranged = LdapSource.builder().url(directory.ldapUrl()).bind(BIND_DN, PASSWORD.toCharArray())
                .baseDn(STAFF).groupBaseDn("ou=Other," + LdapFixture.BASE).membershipFromGroupAttribute("member")
                .build();

        LdapSourceException e = catchThrowableOfType(LdapSourceException.class, ranged::read);

        assertThat(e.reason()).isEqualTo(LdapSourceException.Reason.LIMIT);
        assertThat(e).hasMessageContaining("only part of an attribute (member;range=0-1)")
                .hasMessageContaining("use membershipFromMemberOf()");
    }

    @Test
    void read_wrongPassword_isAnAuthenticationErrorThatNamesTheServerButNoCredential() {
        CapturingLogger log = new CapturingLogger(Level.ALL);
        LdapSource wrong = LdapSource.builder().url(directory.ldapUrl())
                .bind(BIND_DN, (PASSWORD + "-typo").toCharArray()).baseDn(STAFF).logger(log).build();

        LdapSourceException e = catchThrowableOfType(LdapSourceException.class, wrong::read);

        assertThat(e.reason()).isEqualTo(LdapSourceException.Reason.AUTHENTICATION);
        assertThat(e.server()).isEqualTo(directory.ldapUrl().toString());
        assertThat(e).hasMessageStartingWith("LDAP source " + directory.ldapUrl() + ": connecting and binding failed");
        assertNoCredential(e.getMessage(), PASSWORD, BIND_DN);
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            assertNoCredential(String.valueOf(cause.getMessage()), PASSWORD, BIND_DN);
        }
        assertNoCredential(wrong.toString(), PASSWORD, BIND_DN);
        assertNoCredential(String.join("\n", log.lines()), PASSWORD, BIND_DN);
    }

    @Test
    void readAndToString_neverShowTheCredentials() {
        CapturingLogger log = new CapturingLogger(Level.ALL);
        LdapSource.Builder builder = directory.staff().logger(log);
        assertNoCredential(builder.toString(), PASSWORD, BIND_DN);
        LdapSource source = builder.build();

        source.read();

        assertThat(log.lines()).anySatisfy(line -> assertThat(line).contains("read 3 people and 5 groups"));
        assertNoCredential(String.join("\n", log.lines()), PASSWORD, BIND_DN);
        assertThat(source.toString()).isEqualTo("LdapSource[" + directory.ldapUrl()
                + ", bind=simple (credentials hidden), baseDn=" + STAFF
                + ", filter=(&(objectCategory=person)(objectClass=user)), groups=memberOf under " + GROUPS
                + " (objectClass=group)]");
    }

    private static void assertNoCredential(String text, String password, String bindDn) {
        assertThat(text).doesNotContainIgnoringCase(password).doesNotContainIgnoringCase(bindDn)
                .doesNotContainIgnoringCase("Tr0ub4dor");
    }

    static JsonObject person(List<SourceRecord> people, String name) {
        return people.stream().map(SourceRecord::attributes)
                .filter(p -> p.getString("userPrincipalName", p.getString("login", "")).startsWith(name + "@"))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not in " + people));
    }
}
