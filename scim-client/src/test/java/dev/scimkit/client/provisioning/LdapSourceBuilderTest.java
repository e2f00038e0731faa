package dev.scimkit.client.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LdapSource.Builder}: settings fail fast, once each, and never echo a credential. */
class LdapSourceBuilderTest {

    private static final String BIND_DN = "CN=svc-zoom,OU=Service,DC=example,DC=com";
    private static final char[] PASSWORD = "correct horse battery staple".toCharArray();

    private static LdapSource.Builder remote(String url) {
        return LdapSource.builder().url(URI.create(url)).baseDn("DC=example,DC=com");
    }

    @Test
    void url_mustBeLdapOrLdapsWithOnlyHostAndPort() {
        assertThatThrownBy(() -> LdapSource.builder().url(URI.create("https://dc1.example.com")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("url must use ldap:// or ldaps:// but was https://dc1.example.com");
        assertThatThrownBy(() -> LdapSource.builder().url(URI.create("ldap://dc1.example.com/DC=example,DC=com")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("set the base DN with baseDn");
        assertThatThrownBy(() -> LdapSource.builder().url(URI.create("ldap://user@dc1.example.com")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(remote("ldaps://dc1.example.com").build().toString()).startsWith("LdapSource[ldaps://dc1.example.com:636,");
        assertThat(remote("LDAP://dc1.example.com/").build().toString()).startsWith("LdapSource[ldap://dc1.example.com:389,");
    }

    @Test
    void build_withoutUrlOrBaseDn_fails() {
        assertThatThrownBy(() -> LdapSource.builder().baseDn("DC=x").build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("url is required");
        assertThatThrownBy(() -> LdapSource.builder().url(URI.create("ldap://127.0.0.1")).build())
                .isInstanceOf(IllegalStateException.class).hasMessage("baseDn is required");
    }

    @Test
    void settingGivenTwice_failsNamingTheFirstValue_butNeverTheCredentials() {
        assertThatThrownBy(() -> remote("ldap://a").url(URI.create("ldap://b")))
                .isInstanceOf(IllegalStateException.class).hasMessage("url was already set to ldap://a");
        assertThatThrownBy(() -> remote("ldaps://a").bind(BIND_DN, PASSWORD).bind("CN=other", "x".toCharArray()))
                .isInstanceOf(IllegalStateException.class).hasMessage("bind was already set to <redacted>");
        assertThatThrownBy(() -> remote("ldap://a").pageSize(10).pageSize(20))
                .isInstanceOf(IllegalStateException.class).hasMessage("pageSize was already set to 10");
        assertThatThrownBy(() -> remote("ldap://a").filter("(a=b)").filter("(c=d)"))
                .isInstanceOf(IllegalStateException.class).hasMessage("filter was already set to (a=b)");
        assertThatThrownBy(() -> remote("ldap://a").readTimeout(Duration.ofSeconds(1)).readTimeout(Duration.ofSeconds(2)))
                .isInstanceOf(IllegalStateException.class).hasMessage("readTimeout was already set to PT1S");
        assertThatThrownBy(() -> remote("ldap://a").membershipFromMemberOf().membershipFromGroupAttribute("member"))
                .isInstanceOf(IllegalStateException.class).hasMessage("membershipFromMemberOf() was already set; "
                        + "membershipFromGroupAttribute(member) cannot be combined with it");
        assertThatThrownBy(() -> remote("ldap://a").groupBaseDn("OU=G,DC=x").withoutGroups())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("groupBaseDn was already set; withoutGroups cannot be combined with groupBaseDn");
        assertThatThrownBy(() -> remote("ldap://a").withoutGroups().groupFilter("(objectClass=groupOfNames)"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("withoutGroups was already set; groupFilter cannot be combined with it");
    }

    @Test
    void bind_emptyPasswordOrBlankDn_isRejected_andThePasswordIsCopied() {
        assertThatThrownBy(() -> remote("ldaps://a").bind(BIND_DN, new char[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("password is empty");
        assertThatThrownBy(() -> remote("ldaps://a").bind(" ", PASSWORD)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bind dn is blank");
        char[] mine = PASSWORD.clone();
        LdapSource.Builder builder = remote("ldaps://a").bind(BIND_DN, mine);
        java.util.Arrays.fill(mine, 'x');
        assertThat(builder.toString()).doesNotContain(new String(PASSWORD)).doesNotContain(BIND_DN)
                .contains("bind=<redacted>");
        assertThat(builder.build().scrub("bad " + new String(PASSWORD) + " for " + BIND_DN.toLowerCase()))
                .isEqualTo("bad <redacted> for <redacted>"); // still the caller's original password
    }

    @Test
    void build_passwordInClearTextToARemoteHost_isRefusedUnlessAllowed() {
        assertThatThrownBy(() -> remote("ldap://dc1.example.com").bind(BIND_DN, PASSWORD).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the bind password would cross the network to dc1.example.com in clear text; use "
                        + "ldaps://, startTls(true), or set allowInsecureLdap(true)");
        assertThat(remote("ldap://dc1.example.com").bind(BIND_DN, PASSWORD).allowInsecureLdap(true).build()).isNotNull();
        assertThat(remote("ldap://dc1.example.com").bind(BIND_DN, PASSWORD).startTls(true).build()).isNotNull();
        assertThat(remote("ldaps://dc1.example.com").bind(BIND_DN, PASSWORD).build()).isNotNull();
        assertThat(remote("ldap://127.0.0.1:1389").bind(BIND_DN, PASSWORD).build()).isNotNull();
        assertThat(remote("ldap://dc1.example.com").build()).isNotNull(); // anonymous: nothing to expose
    }

    @Test
    void build_tlsSettingsThatCannotApply_fail() throws Exception {
        assertThatThrownBy(() -> remote("ldaps://a").startTls(true).build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("startTls cannot be combined with an ldaps:// url (already TLS)");
        assertThatThrownBy(() -> remote("ldap://a").sslContext(SSLContext.getDefault()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("sslContext was set but ldap://a uses no TLS; use ldaps:// or startTls(true)");
        assertThatThrownBy(() -> remote("ldaps://a").sslContext(SSLContext.getDefault())
                .sslContext(SSLContext.getDefault())).isInstanceOf(IllegalStateException.class)
                .hasMessage("sslContext was already set");
    }

    @Test
    void trustedCertificates_unreadableOrEmpty_failsAtOnce_andExcludesSslContext(@TempDir Path dir) throws Exception {
        Path notACertificate = dir.resolve("ca.pem");
        Files.writeString(notACertificate, "hello");
        assertThatThrownBy(() -> remote("ldaps://a").trustedCertificates(notACertificate))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("cannot read CA certificates from "
                        + notACertificate);
        assertThatThrownBy(() -> remote("ldaps://a").trustedCertificates(dir.resolve("missing.pem")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> remote("ldaps://a").sslContext(SSLContext.getDefault())
                .trustedCertificates(notACertificate)).isInstanceOf(IllegalStateException.class)
                .hasMessage("sslContext was already set; trustedCertificates cannot be combined with sslContext");
    }

    @Test
    void attributes_collisionsAndBlanks_fail() {
        assertThatThrownBy(() -> remote("ldap://a").attributes(Map.of("mail", "accountEnabled")).build())
                .isInstanceOf(IllegalStateException.class).hasMessage("attributes maps an LDAP attribute to "
                        + "'accountEnabled', which the source writes itself (accountEnabledFromUserAccountControl)");
        assertThatThrownBy(() -> remote("ldap://a").attributes(Map.of("memberOf", "Groups")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("(groupsAttribute)");
        assertThat(remote("ldap://a").attributes(Map.of("memberOf", "groups")).withoutGroups().build()).isNotNull();
        assertThatThrownBy(() -> remote("ldap://a").attributes(Map.of("mail", "email", "MAIL", "mail2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("is mapped twice");
        assertThatThrownBy(() -> remote("ldap://a").attributes(Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("attributes is empty");
        assertThatThrownBy(() -> remote("ldap://a").attributes(Map.of("mail", " ")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dnsFiltersAndNumbers_areValidatedAtOnce() {
        assertThatThrownBy(() -> LdapSource.builder().baseDn("not a dn")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseDn is not a valid DN: not a dn");
        assertThatThrownBy(() -> LdapSource.builder().filter("(&(objectClass=user)")).isInstanceOf(
                IllegalArgumentException.class).hasMessageStartingWith("filter must be an LDAP filter in parentheses");
        assertThatThrownBy(() -> LdapSource.builder().groupFilter("objectClass=group"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("groupFilter must be");
        assertThatThrownBy(() -> LdapSource.builder().pageSize(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pageSize must be at least 1 but was 0");
        assertThatThrownBy(() -> LdapSource.builder().maxEntries(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LdapSource.builder().connectTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("connectTimeout must be from 1 ms");
        assertThatThrownBy(() -> LdapSource.builder().readTimeout(Duration.ofDays(30)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullArguments_throwNpeNamingTheParameter() throws IOException {
        assertThatThrownBy(() -> LdapSource.builder().url(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("url is null");
        assertThatThrownBy(() -> LdapSource.builder().bind(null, PASSWORD)).isInstanceOf(NullPointerException.class)
                .hasMessage("dn is null");
        assertThatThrownBy(() -> LdapSource.builder().bind(BIND_DN, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("password is null");
        assertThatThrownBy(() -> LdapSource.builder().baseDn(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("dn is null");
        assertThatThrownBy(() -> LdapSource.builder().trustedCertificates(null))
                .isInstanceOf(NullPointerException.class).hasMessage("caCertificates is null");
        assertThatThrownBy(() -> LdapSource.builder().membershipFromGroupAttribute(null))
                .isInstanceOf(NullPointerException.class).hasMessage("attribute is null");
    }

    @Test
    void guidString_usesActiveDirectoryByteOrder() {
        assertThat(LdapValues.guidString(LdapFixture.ALICE_GUID)).isEqualTo("00112233-4455-6677-8899-aabbccddeeff");
    }

    @Test
    void accountEnabled_readsTheAccountDisableFlag() {
        assertThat(LdapValues.accountEnabled("512")).isTrue();
        assertThat(LdapValues.accountEnabled("514")).isFalse();
        assertThat(LdapValues.accountEnabled("66050")).isFalse();
        assertThat(LdapValues.accountEnabled("-2147483646")).isFalse(); // a signed 32-bit value with 0x2 set
        assertThatThrownBy(() -> LdapValues.accountEnabled("enabled")).isInstanceOf(NumberFormatException.class);
    }
}
