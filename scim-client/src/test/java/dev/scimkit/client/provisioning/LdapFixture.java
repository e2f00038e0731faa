package dev.scimkit.client.provisioning;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;
import java.io.File;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A real LDAP server in memory (UnboundID's InMemoryDirectoryServer) on 127.0.0.1, shaped like an
 * Active Directory domain, with a plain (StartTLS-capable) listener and ldaps listeners whose
 * certificates keytool makes at start-up, valid for two days (nothing committed that could expire):
 * one names 127.0.0.1 and localhost, the other only ldap.example.net. Both are in {@link #caCertificate()}.
 *
 * <pre>
 * dc=example,dc=com
 *   ou=Staff    alice (enabled, in A), bob (disabled, in Cyc1), carol (no group, two mail values)
 *   ou=Groups   A ⊂ B ⊂ C (A is in B, B in C); Cyc1 ⊂ Cyc2 ⊂ Cyc1; each with memberOf and member
 *   ou=Other    Elsewhere (alice is in it, but it is outside ou=Groups)
 *   ou=Many     person0 … person24
 * </pre>
 */
final class LdapFixture implements AutoCloseable {

    static final String BASE = "dc=example,dc=com";
    static final String STAFF = "ou=Staff," + BASE;
    static final String GROUPS = "ou=Groups," + BASE;
    static final String MANY = "ou=Many," + BASE;
    static final String BIND_DN = "cn=svc-zoom,ou=Service," + BASE;
    static final String PASSWORD = "Tr0ub4dor&3-unique-secret";
    /** alice's objectGUID as AD stores it; its GUID string is 00112233-4455-6677-8899-aabbccddeeff. */
    static final byte[] ALICE_GUID = {0x33, 0x22, 0x11, 0x00, 0x55, 0x44, 0x77, 0x66, (byte) 0x88, (byte) 0x99,
        (byte) 0xaa, (byte) 0xbb, (byte) 0xcc, (byte) 0xdd, (byte) 0xee, (byte) 0xff};

    private static final char[] STORE_PASSWORD = "test-store-password".toCharArray();

    private final InMemoryDirectoryServer server;
    /** Made once per test JVM (keytool is a process start each), removed when the JVM exits. */
    private static Path keyStoreDir;
    private final Path caPem;
    /** Base DN of every search the server received. */
    final List<String> searches = new CopyOnWriteArrayList<>();

    LdapFixture() throws Exception {
        Path dir = tlsMaterial();
        File keyStore = dir.resolve("server.p12").toFile();
        File wrongHost = dir.resolve("wrong-host.p12").toFile();
        SSLUtil serverTls = new SSLUtil(new KeyStoreKeyManager(keyStore, STORE_PASSWORD, "PKCS12", null),
                new TrustAllTrustManager());
        SSLUtil wrongHostTls = new SSLUtil(new KeyStoreKeyManager(wrongHost, STORE_PASSWORD, "PKCS12", null),
                new TrustAllTrustManager());
        caPem = dir.resolve("ca.pem");

        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.setSchema(null); // Active Directory attributes (objectGUID, userAccountControl, memberOf) as is
        config.addAdditionalBindCredentials(BIND_DN, PASSWORD);
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("ldap", loopback, 0, serverTls.createSSLSocketFactory()),
                InMemoryListenerConfig.createLDAPSConfig("ldaps", loopback, 0,
                        serverTls.createSSLServerSocketFactory(), null),
                InMemoryListenerConfig.createLDAPSConfig("ldaps-wrong-host", loopback, 0,
                        wrongHostTls.createSSLServerSocketFactory(), null));
        config.addInMemoryOperationInterceptor(new InMemoryOperationInterceptor() {
            @Override
            public void processSearchRequest(InMemoryInterceptedSearchRequest request) {
                searches.add(request.getRequest().getBaseDN());
            }
        });
        server = new InMemoryDirectoryServer(config);
        load();
        server.startListening();
    }

    private void load() throws Exception {
        server.add("dn: " + BASE, "objectClass: domain", "dc: example");
        for (String ou : List.of("Staff", "Groups", "Other", "Many", "Service")) {
            server.add("dn: ou=" + ou + "," + BASE, "objectClass: organizationalUnit", "ou: " + ou);
        }
        Entry alice = person("alice", "Alice", "Archer", "Engineering", 512, "cn=A," + GROUPS, "cn=Elsewhere,ou=Other,"
                + BASE);
        alice.addAttribute("objectGUID", ALICE_GUID);
        server.add(alice);
        server.add(person("bob", "Bob", "Baker", "Sales", 514, "CN=Cyc1, OU=Groups, DC=Example, DC=com"));
        Entry carol = person("carol", "Carol", "Cole", null, 66048);
        carol.addAttribute("mail", "carol.cole@example.com");
        server.add(carol);
        group("A", GROUPS, List.of("cn=B," + GROUPS), List.of(dn("alice")));
        group("B", GROUPS, List.of("cn=C," + GROUPS), List.of("cn=A," + GROUPS));
        group("C", GROUPS, List.of(), List.of("cn=B," + GROUPS));
        group("Cyc1", GROUPS, List.of("cn=Cyc2," + GROUPS), List.of(dn("bob"), "cn=Cyc2," + GROUPS));
        group("Cyc2", GROUPS, List.of("cn=Cyc1," + GROUPS), List.of("cn=Cyc1," + GROUPS));
        group("Elsewhere", "ou=Other," + BASE, List.of(), List.of(dn("alice")));
        for (int i = 0; i < 25; i++) {
            server.add("dn: cn=person" + i + "," + MANY, "objectClass: user", "objectCategory: person",
                    "cn: person" + i, "userPrincipalName: person" + i + "@example.com", "userAccountControl: 512");
        }
    }

    private static Entry person(String name, String given, String surname, String department, int control,
            String... memberOf) {
        Entry entry = new Entry(dn(name));
        entry.addAttribute("objectClass", "top", "person", "organizationalPerson", "user");
        entry.addAttribute("objectCategory", "person");
        entry.addAttribute("cn", name);
        entry.addAttribute("userPrincipalName", name + "@example.com");
        entry.addAttribute("mail", name + "@example.com");
        entry.addAttribute("givenName", given);
        entry.addAttribute("sn", surname);
        entry.addAttribute("displayName", given + " " + surname);
        if (department != null) {
            entry.addAttribute("department", department);
        }
        entry.addAttribute("userAccountControl", Integer.toString(control));
        if (memberOf.length > 0) {
            entry.addAttribute("memberOf", memberOf);
        }
        return entry;
    }

    private void group(String name, String parent, List<String> memberOf, List<String> members) throws Exception {
        Entry entry = new Entry("cn=" + name + "," + parent);
        entry.addAttribute("objectClass", "top", "group");
        entry.addAttribute("cn", name);
        if (!memberOf.isEmpty()) {
            entry.addAttribute("memberOf", memberOf);
        }
        entry.addAttribute("member", members);
        server.add(entry);
    }

    static String dn(String person) {
        return "cn=" + person + "," + STAFF;
    }

    /** Adds an entry, e.g. a group whose members come back in ranges. */
    void add(String... ldif) throws Exception {
        server.add(ldif);
    }

    URI ldapUrl() {
        return URI.create("ldap://127.0.0.1:" + server.getListenPort("ldap"));
    }

    URI ldapsUrl() {
        return URI.create("ldaps://127.0.0.1:" + server.getListenPort("ldaps"));
    }

    /** @return an ldaps listener whose (trusted) certificate names another host, ldap.example.net */
    URI ldapsWrongHostUrl() {
        return URI.create("ldaps://127.0.0.1:" + server.getListenPort("ldaps-wrong-host"));
    }

    /** @return a PEM file holding the server's self-signed certificate, to trust it as a CA */
    Path caCertificate() {
        return caPem;
    }

    /** @return a builder for the Staff OU over plain LDAP, bound as the service account */
    LdapSource.Builder staff() {
        return LdapSource.builder().url(ldapUrl()).bind(BIND_DN, PASSWORD.toCharArray()).baseDn(STAFF)
                .groupBaseDn(GROUPS);
    }

    List<String> searchesUnder(String base) {
        List<String> matching = new ArrayList<>();
        for (String search : searches) {
            if (search.equalsIgnoreCase(base)) {
                matching.add(search);
            }
        }
        return matching;
    }

    private static synchronized Path tlsMaterial() throws Exception {
        if (keyStoreDir == null) {
            Path dir = Files.createTempDirectory("scimkit-ldap-tls");
            dir.toFile().deleteOnExit();
            File server = selfSigned(dir.resolve("server.p12"), "ip:127.0.0.1,dns:localhost");
            File wrongHost = selfSigned(dir.resolve("wrong-host.p12"), "dns:ldap.example.net");
            Path ca = dir.resolve("ca.pem");
            Files.writeString(ca, pem(server) + pem(wrongHost));
            for (Path file : List.of(server.toPath(), wrongHost.toPath(), ca)) {
                file.toFile().deleteOnExit(); // files first: deleteOnExit runs in reverse order
            }
            keyStoreDir = dir;
        }
        return keyStoreDir;
    }

    /** A fresh self-signed certificate from the JDK's keytool, valid for two days. */
    private static File selfSigned(Path keyStore, String subjectAlternativeNames) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg", "EC",
                "-groupname", "secp256r1", "-validity", "2", "-dname", "CN=scimkit LdapSource test",
                "-ext", "SAN=" + subjectAlternativeNames, "-keystore", keyStore.toString(), "-storetype", "PKCS12",
                "-storepass", new String(STORE_PASSWORD), "-keypass", new String(STORE_PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("keytool failed: " + output);
        }
        return keyStore.toFile();
    }

    private static String pem(File keyStore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore.toPath())) {
            store.load(in, STORE_PASSWORD);
        }
        byte[] der = store.getCertificate(store.aliases().nextElement()).getEncoded();
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END CERTIFICATE-----\n";
    }

    @Override
    public void close() throws Exception {
        server.shutDown(true);
    }
}
