package dev.scimkit.client.provisioning;

import dev.scimkit.client.internal.UriPolicy;
import dev.scimkit.client.provisioning.LdapSourceException.Reason;
import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javax.naming.InvalidNameException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Reads people, with their group memberships, from an LDAP directory or Active Directory over JNDI
 * (no dependency beyond the JDK). Immutable and thread-safe; each {@link #read()} opens one
 * connection, binds, runs paged searches (RFC 2696) and closes it.
 *
 * <pre>{@code
 * LdapSource directory = LdapSource.builder()
 *         .url(URI.create("ldaps://dc1.example.com"))
 *         .bind("CN=svc-zoom,OU=Service Accounts,DC=example,DC=com", password)   // char[]
 *         .baseDn("OU=Staff,DC=example,DC=com")
 *         .groupBaseDn("OU=Groups,DC=example,DC=com")
 *         .build();
 * List<SourceRecord> people = directory.read();   // or pass `directory` as a per-cycle Supplier
 * }</pre>
 *
 * <p>The defaults fit Active Directory and {@link Presets#entraId()}: people are
 * {@code (&(objectCategory=person)(objectClass=user))} under the base DN; their attributes
 * {@code userPrincipalName, mail, givenName, displayName, department} keep their names, {@code sn}
 * becomes {@code surname}, {@code objectGUID} becomes its GUID string (usable as an
 * {@code externalId}); {@code userAccountControl} becomes a boolean {@code accountEnabled} (false
 * when the ACCOUNTDISABLE flag is set); and {@code groups} lists, as an array of names (each group's
 * {@code cn}), every group the person is in, directly or through nested groups, among the groups
 * {@code (objectClass=group)} under the group base DN (the base DN unless set). An LDAP attribute
 * with one value becomes a string, one with several an array; binary values become base64.
 *
 * <p>Security: the password is kept as a private {@code char[]} copy and never appears in
 * {@link #toString()}, a log line or an exception message (neither does the bind DN). A bind with a
 * password is refused at {@link Builder#build()} over plain {@code ldap://} to a non-loopback host
 * unless {@link Builder#startTls} or {@link Builder#allowInsecureLdap} is set. TLS (ldaps or
 * StartTLS) verifies the server's certificate and host name; trust a private CA with
 * {@link Builder#trustedCertificates(Path)} (a PEM or DER file of CA certificates) or any
 * {@link Builder#sslContext(SSLContext)}, both for this source only, nothing JVM-wide.
 *
 * <p>A read either returns everyone in scope or throws {@link LdapSourceException}: a failed bind, an
 * unreachable server, a timeout, a server limit, more entries than {@link Builder#maxEntries} or a
 * multi-valued attribute the server returned only in part never yield a shorter list (which a
 * provisioning cycle would take for leavers).
 */
public final class LdapSource implements Supplier<Collection<SourceRecord>> {

    private static final String AD_PEOPLE = "(&(objectCategory=person)(objectClass=user))";
    private static final String USER_ACCOUNT_CONTROL = "userAccountControl";
    private static final String ACCOUNT_ENABLED = "accountEnabled";
    private static final String MEMBER_OF = "memberOf";

    private final String serverUrl;
    private final boolean ldaps;
    private final boolean startTls;
    private final String bindDn;
    private final char[] password;
    private final SSLSocketFactory sslSocketFactory;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final int pageSize;
    private final int maxEntries;
    private final LdapName baseDn;
    private final String filter;
    private final Map<String, String> attributes;
    private final boolean accountEnabled;
    private final boolean groups;
    private final LdapName groupBaseDn;
    private final String groupFilter;
    private final String groupNameAttribute;
    private final String memberAttribute;
    private final String groupsAttribute;
    private final Logger logger;

    private LdapSource(Builder b, SSLSocketFactory sslSocketFactory) {
        this.ldaps = b.url.getScheme().equalsIgnoreCase("ldaps");
        int port = b.url.getPort() > 0 ? b.url.getPort() : ldaps ? 636 : 389;
        this.serverUrl = (ldaps ? "ldaps" : "ldap") + "://" + b.url.getHost() + ":" + port;
        this.startTls = Boolean.TRUE.equals(b.startTls);
        this.bindDn = b.bindDn;
        this.password = b.password == null ? null : b.password.clone();
        this.sslSocketFactory = sslSocketFactory;
        this.connectTimeout = b.connectTimeout != null ? b.connectTimeout : Duration.ofSeconds(10);
        this.readTimeout = b.readTimeout != null ? b.readTimeout : Duration.ofSeconds(30);
        this.pageSize = b.pageSize != null ? b.pageSize : 500;
        this.maxEntries = b.maxEntries != null ? b.maxEntries : 1_000_000;
        this.baseDn = b.baseDn;
        this.filter = b.filter != null ? b.filter : AD_PEOPLE;
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(b.attributes != null ? b.attributes
                : defaultAttributes()));
        this.accountEnabled = !Boolean.FALSE.equals(b.accountEnabledFromUserAccountControl);
        this.groups = !b.withoutGroups;
        this.groupBaseDn = b.groupBaseDn != null ? b.groupBaseDn : b.baseDn;
        this.groupFilter = b.groupFilter != null ? b.groupFilter : "(objectClass=group)";
        this.groupNameAttribute = b.groupNameAttribute != null ? b.groupNameAttribute : "cn";
        this.memberAttribute = b.memberAttribute;
        this.groupsAttribute = b.groupsAttribute != null ? b.groupsAttribute : "groups";
        this.logger = b.logger != null ? b.logger : System.getLogger("dev.scimkit.client.provisioning");
    }

    private static Map<String, String> defaultAttributes() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("userPrincipalName", "userPrincipalName");
        defaults.put("mail", "mail");
        defaults.put("givenName", "givenName");
        defaults.put("sn", "surname");
        defaults.put("displayName", "displayName");
        defaults.put("department", "department");
        defaults.put("objectGUID", "objectGUID");
        return defaults;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads everyone in scope now: binds, reads the groups (unless {@link Builder#withoutGroups()}),
     * then the people, page by page.
     *
     * @return the people, in the order the directory returned them
     * @throws LdapSourceException if anything fails; never a partial list
     */
    public List<SourceRecord> read() {
        char[] secret = password == null ? null : password.clone();
        try (LdapDirectory directory = LdapDirectory.open(this, secret)) {
            GroupGraph graph = groups ? readGroups(directory) : null;
            List<SourceRecord> records = new ArrayList<>();
            directory.search(baseDn, filter, personAttributes(), "people",
                    entry -> records.add(toRecord(entry, graph)));
            logger.log(Level.DEBUG, () -> "LDAP source " + serverUrl + ": read " + records.size() + " people"
                    + (graph == null ? "" : " and " + graph.size() + " groups"));
            return List.copyOf(records);
        } finally {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
    }

    /**
     * The same as {@link #read()}, so that the source can be handed to a provisioning service as a
     * per-cycle {@code Supplier<Collection<SourceRecord>>}.
     *
     * @return the people
     * @throws LdapSourceException if anything fails; never a partial list
     */
    @Override
    public List<SourceRecord> get() {
        return read();
    }

    private GroupGraph readGroups(LdapDirectory directory) {
        GroupGraph graph = new GroupGraph();
        String linkAttribute = memberAttribute != null ? memberAttribute : MEMBER_OF;
        directory.search(groupBaseDn, groupFilter, new String[] {groupNameAttribute, linkAttribute}, "groups", entry -> {
            LdapName group = new LdapName(entry.getNameInNamespace());
            Attributes values = entry.getAttributes();
            requireComplete(values, group);
            graph.addGroup(group, groupName(group, values.get(groupNameAttribute)));
            for (LdapName linked : dns(values.get(linkAttribute))) {
                if (memberAttribute != null) {
                    graph.addMembership(linked, group);
                } else {
                    graph.addMembership(group, linked);
                }
            }
        });
        return graph;
    }

    private String[] personAttributes() {
        Set<String> names = new LinkedHashSet<>(attributes.keySet());
        if (accountEnabled) {
            names.add(USER_ACCOUNT_CONTROL);
        }
        if (groups && memberAttribute == null) {
            names.add(MEMBER_OF);
        }
        return names.toArray(String[]::new);
    }

    private SourceRecord toRecord(SearchResult entry, GroupGraph graph) throws NamingException {
        Attributes values = entry.getAttributes();
        LdapName dn = new LdapName(entry.getNameInNamespace());
        requireComplete(values, dn);
        JsonObjectBuilder record = ScimJson.builders().createObjectBuilder();
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            JsonValue value = LdapValues.toJson(values.get(attribute.getKey()),
                    attribute.getKey().equalsIgnoreCase("objectGUID"));
            if (value != null) {
                record.add(attribute.getValue(), value);
            }
        }
        if (accountEnabled) {
            List<String> control = LdapValues.strings(values.get(USER_ACCOUNT_CONTROL), false);
            if (!control.isEmpty()) {
                try {
                    record.add(ACCOUNT_ENABLED, LdapValues.accountEnabled(control.get(0)));
                } catch (NumberFormatException e) {
                    throw new LdapSourceException(Reason.DIRECTORY, serverUrl, "entry " + dn + ": userAccountControl '"
                            + control.get(0) + "' is not a number", null);
                }
            }
        }
        if (graph != null) {
            List<LdapName> memberOf = memberAttribute == null ? dns(values.get(MEMBER_OF)) : List.of();
            JsonArrayBuilder names = ScimJson.builders().createArrayBuilder();
            graph.groupNamesOf(dn, memberOf).forEach(names::add);
            record.add(groupsAttribute, names);
        }
        return new SourceRecord(record.build());
    }

    /** Active Directory returns a multi-valued attribute beyond its MaxValRange as "member;range=0-1499". */
    private void requireComplete(Attributes values, LdapName dn) throws NamingException {
        NamingEnumeration<String> ids = values.getIDs();
        try {
            while (ids.hasMore()) {
                String id = ids.next();
                if (id.toLowerCase(Locale.ROOT).contains(";range=")) {
                    throw new LdapSourceException(Reason.LIMIT, serverUrl, "entry " + dn + ": the server returned "
                            + "only part of an attribute (" + id + "); this source does not read value ranges, so "
                            + "it stops rather than miss members" + (memberAttribute != null
                                    ? " (Active Directory: use membershipFromMemberOf())" : ""), null);
                }
            }
        } finally {
            ids.close();
        }
    }

    private static List<LdapName> dns(Attribute attribute) throws NamingException {
        List<LdapName> names = new ArrayList<>();
        for (String value : LdapValues.strings(attribute, false)) {
            // groupOfUniqueNames may append an optional unique identifier: "cn=x,dc=y#'0101'B"
            String dn = value.matches("(?s).*#'[01]*'B") ? value.substring(0, value.lastIndexOf('#')) : value;
            names.add(new LdapName(dn));
        }
        return names;
    }

    private String groupName(LdapName group, Attribute names) throws NamingException {
        String rdnValue = group.isEmpty() ? "" : String.valueOf(group.getRdn(group.size() - 1).getValue());
        List<String> values = LdapValues.strings(names, false);
        if (values.isEmpty()) {
            return rdnValue;
        }
        Rdn rdn = group.isEmpty() ? null : group.getRdn(group.size() - 1);
        if (rdn != null && rdn.getType().equalsIgnoreCase(groupNameAttribute)
                && values.stream().anyMatch(rdnValue::equalsIgnoreCase)) {
            return rdnValue;
        }
        return values.get(0);
    }

    String serverUrl() {
        return serverUrl;
    }

    boolean ldaps() {
        return ldaps;
    }

    boolean startTls() {
        return startTls;
    }

    String bindDn() {
        return bindDn;
    }

    SSLSocketFactory sslSocketFactory() {
        return sslSocketFactory;
    }

    Duration connectTimeout() {
        return connectTimeout;
    }

    Duration readTimeout() {
        return readTimeout;
    }

    int pageSize() {
        return pageSize;
    }

    int maxEntries() {
        return maxEntries;
    }

    List<String> binaryAttributes() {
        return List.of("objectGUID", "objectSid");
    }

    /**
     * @param text words from the server or JNDI
     * @return the text with the password and the bind DN replaced by {@code <redacted>}
     */
    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String scrubbed = text;
        if (password != null && password.length > 0) {
            scrubbed = replaceIgnoringCase(scrubbed, new String(password));
        }
        if (bindDn != null) {
            scrubbed = replaceIgnoringCase(scrubbed, bindDn);
        }
        return scrubbed;
    }

    private static String replaceIgnoringCase(String text, String secret) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int i = 0; i + secret.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, secret, 0, secret.length())) {
                out.append(text, from, i).append("<redacted>");
                i += secret.length() - 1;
                from = i + 1;
            }
        }
        return out.append(text, from, text.length()).toString();
    }

    /** @return the settings: server, TLS, whether a password is set (never it or the bind DN), base DN, filter */
    @Override
    public String toString() {
        return "LdapSource[" + serverUrl + (startTls ? " with StartTLS" : "") + ", bind="
                + (password == null ? "anonymous" : "simple (credentials hidden)") + ", baseDn=" + baseDn
                + ", filter=" + filter + ", groups=" + (groups ? (memberAttribute == null ? "memberOf" : memberAttribute)
                        + " under " + groupBaseDn + " " + groupFilter : "none") + "]";
    }

    /**
     * Configures an {@link LdapSource}. Not thread-safe. Every setter validates at once and says
     * what happens if it is not invoked; a setting given twice, or two that exclude each other,
     * throws an {@link IllegalStateException} naming both.
     */
    public static final class Builder {

        private URI url;
        private Boolean startTls;
        private String bindDn;
        private char[] password;
        private SSLContext sslContext;
        private String trustSetting;
        private Boolean allowInsecureLdap;
        private Duration connectTimeout;
        private Duration readTimeout;
        private Integer pageSize;
        private Integer maxEntries;
        private LdapName baseDn;
        private String filter;
        private Map<String, String> attributes;
        private Boolean accountEnabledFromUserAccountControl;
        private boolean withoutGroups;
        private LdapName groupBaseDn;
        private String groupFilter;
        private String groupNameAttribute;
        private String membershipSetting;
        private String memberAttribute;
        private String groupsAttribute;
        private Logger logger;

        private Builder() {
        }

        /**
         * The server. Required.
         *
         * @param url {@code ldap://host[:port]} (port 389 by default) or {@code ldaps://host[:port]}
         *            (636); without a path (the base DN is {@link #baseDn}), query or user info
         * @return this builder
         * @throws NullPointerException     if {@code url} is null
         * @throws IllegalArgumentException if it is not such a URL
         * @throws IllegalStateException    if already set
         */
        public Builder url(URI url) {
            Objects.requireNonNull(url, "url is null");
            once(this.url, "url");
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("ldap") && !scheme.equals("ldaps")) {
                throw new IllegalArgumentException("url must use ldap:// or ldaps:// but was " + url);
            }
            if (url.getHost() == null || url.getRawUserInfo() != null || url.getRawQuery() != null
                    || url.getRawFragment() != null || url.getRawPath() != null && !url.getRawPath().isEmpty()
                    && !url.getRawPath().equals("/")) {
                throw new IllegalArgumentException("url must be scheme://host[:port] only (set the base DN with "
                        + "baseDn) but was " + url);
            }
            this.url = url;
            return this;
        }

        /**
         * Binds with a DN (or, for Active Directory, a user principal name such as
         * {@code svc-zoom@example.com}) and password (simple bind, RFC 4513). If this method is not
         * invoked, the source binds anonymously.
         *
         * @param dn       the bind DN or AD user principal name
         * @param password the password; copied, so the caller may clear its array
         * @return this builder
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if {@code dn} is blank or {@code password} is empty (an
         *                                  empty password is an "unauthenticated bind", which many
         *                                  servers treat as anonymous)
         * @throws IllegalStateException    if already set
         */
        public Builder bind(String dn, char[] password) {
            Objects.requireNonNull(dn, "dn is null");
            Objects.requireNonNull(password, "password is null");
            if (this.bindDn != null) {
                throw new IllegalStateException("bind was already set to <redacted>");
            }
            if (dn.isBlank()) {
                throw new IllegalArgumentException("bind dn is blank");
            }
            if (password.length == 0) {
                throw new IllegalArgumentException("password is empty: an empty password is an unauthenticated "
                        + "bind, which many servers accept as anonymous");
            }
            this.bindDn = dn;
            this.password = password.clone();
            return this;
        }

        /**
         * Upgrades a plain {@code ldap://} connection with StartTLS (RFC 4511 §4.14) before
         * binding; the certificate and host name are verified as for {@code ldaps}. If this method
         * is not invoked, {@code false}.
         *
         * @param startTls whether to use StartTLS
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder startTls(boolean startTls) {
            once(this.startTls, "startTls");
            this.startTls = startTls;
            return this;
        }

        /**
         * The TLS configuration for {@code ldaps} and StartTLS, e.g. one whose trust manager knows a
         * private CA. If neither this nor {@link #trustedCertificates} is invoked, the JVM's default
         * ({@code SSLContext.getDefault()}: the {@code cacerts} trust store, or
         * {@code javax.net.ssl.trustStore}).
         *
         * @param context an initialised context
         * @return this builder
         * @throws NullPointerException  if {@code context} is null
         * @throws IllegalStateException if this or {@link #trustedCertificates} was already set
         */
        public Builder sslContext(SSLContext context) {
            Objects.requireNonNull(context, "context is null");
            onceTrust("sslContext");
            this.sslContext = context;
            return this;
        }

        /**
         * Trusts exactly the CA certificates in a file (PEM, possibly several, or DER), e.g. an
         * Active Directory Certificate Services root exported as Base-64; the JVM's trust store is
         * not consulted. The file is read now.
         *
         * @param caCertificates the file
         * @return this builder
         * @throws NullPointerException     if {@code caCertificates} is null
         * @throws IllegalArgumentException if it cannot be read or holds no certificate
         * @throws IllegalStateException    if this or {@link #sslContext} was already set
         */
        public Builder trustedCertificates(Path caCertificates) {
            Objects.requireNonNull(caCertificates, "caCertificates is null");
            onceTrust("trustedCertificates");
            try (InputStream in = Files.newInputStream(caCertificates)) {
                Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                        .generateCertificates(in);
                if (certificates.isEmpty()) {
                    throw new IllegalArgumentException("no certificate in " + caCertificates);
                }
                KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                int i = 0;
                for (Certificate certificate : certificates) {
                    store.setCertificateEntry("ca-" + i++, certificate);
                }
                TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(store);
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, trust.getTrustManagers(), null);
                this.sslContext = context;
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalArgumentException("cannot read CA certificates from " + caCertificates + ": " + e, e);
            }
            return this;
        }

        /**
         * Allows a password bind over plain {@code ldap://} (no TLS) to a host other than loopback.
         * If this method is not invoked, {@code false}: {@link #build()} refuses such a source,
         * because the password would cross the network in clear text.
         *
         * @param allow whether to allow it
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder allowInsecureLdap(boolean allow) {
            once(this.allowInsecureLdap, "allowInsecureLdap");
            this.allowInsecureLdap = allow;
            return this;
        }

        /**
         * How long opening the TCP connection, the {@code ldaps} TLS handshake and the bind may each
         * take (JNDI counts the bind as part of connecting). If this method is not invoked, 10 seconds.
         *
         * @param timeout a positive duration of at most {@code Integer.MAX_VALUE} ms
         * @return this builder
         * @throws NullPointerException     if {@code timeout} is null
         * @throws IllegalArgumentException if not positive or too long
         * @throws IllegalStateException    if already set
         */
        public Builder connectTimeout(Duration timeout) {
            once(this.connectTimeout, "connectTimeout");
            this.connectTimeout = millis(timeout, "connectTimeout");
            return this;
        }

        /**
         * How long to wait for each other response: StartTLS and its TLS handshake, each page of a
         * search. If this method is not invoked, 30 seconds.
         *
         * @param timeout a positive duration of at most {@code Integer.MAX_VALUE} ms
         * @return this builder
         * @throws NullPointerException     if {@code timeout} is null
         * @throws IllegalArgumentException if not positive or too long
         * @throws IllegalStateException    if already set
         */
        public Builder readTimeout(Duration timeout) {
            once(this.readTimeout, "readTimeout");
            this.readTimeout = millis(timeout, "readTimeout");
            return this;
        }

        /**
         * Entries per page of the paged-results control. If this method is not invoked, 500 (Active
         * Directory returns at most its MaxPageSize, 1,000 by default, whatever is asked).
         *
         * @param size at least 1
         * @return this builder
         * @throws IllegalArgumentException if less than 1
         * @throws IllegalStateException    if already set
         */
        public Builder pageSize(int size) {
            once(this.pageSize, "pageSize");
            this.pageSize = atLeastOne(size, "pageSize");
            return this;
        }

        /**
         * Bounds each search (people, groups): more entries fail the read instead of filling memory.
         * If this method is not invoked, 1,000,000.
         *
         * @param max at least 1
         * @return this builder
         * @throws IllegalArgumentException if less than 1
         * @throws IllegalStateException    if already set
         */
        public Builder maxEntries(int max) {
            once(this.maxEntries, "maxEntries");
            this.maxEntries = atLeastOne(max, "maxEntries");
            return this;
        }

        /**
         * Where people are searched (the whole subtree). Required.
         *
         * @param dn a DN, e.g. {@code OU=Staff,DC=example,DC=com}
         * @return this builder
         * @throws NullPointerException     if {@code dn} is null
         * @throws IllegalArgumentException if it is not a valid DN
         * @throws IllegalStateException    if already set
         */
        public Builder baseDn(String dn) {
            once(this.baseDn, "baseDn");
            this.baseDn = dn(dn, "baseDn");
            return this;
        }

        /**
         * Which entries are people (RFC 4515). If this method is not invoked,
         * {@code (&(objectCategory=person)(objectClass=user))} (Active Directory's users; add
         * {@code (!(userAccountControl:1.2.840.113556.1.4.803:=2))} to skip disabled ones entirely,
         * but then leavers are not seen as disabled). For OpenLDAP, e.g.
         * {@code (objectClass=inetOrgPerson)}.
         *
         * @param filter a filter with balanced parentheses
         * @return this builder
         * @throws NullPointerException     if {@code filter} is null
         * @throws IllegalArgumentException if blank or unbalanced
         * @throws IllegalStateException    if already set
         */
        public Builder filter(String filter) {
            once(this.filter, "filter");
            this.filter = filterText(filter, "filter");
            return this;
        }

        /**
         * Which LDAP attributes to read and the source record names they get. If this method is not
         * invoked: {@code userPrincipalName, mail, givenName, displayName, department} as they are,
         * {@code sn → surname}, {@code objectGUID → objectGUID} (as a GUID string); with
         * {@code userAccountControl} and groups handled by their own settings.
         *
         * @param ldapToRecord LDAP attribute name to source record attribute name
         * @return this builder
         * @throws NullPointerException     if the map, a key or a value is null
         * @throws IllegalArgumentException if empty, a name is blank, or two names differ only in case
         * @throws IllegalStateException    if already set
         */
        public Builder attributes(Map<String, String> ldapToRecord) {
            Objects.requireNonNull(ldapToRecord, "ldapToRecord is null");
            once(this.attributes, "attributes");
            if (ldapToRecord.isEmpty()) {
                throw new IllegalArgumentException("attributes is empty");
            }
            Map<String, String> copy = new LinkedHashMap<>();
            Set<String> ldapNames = new java.util.HashSet<>();
            Set<String> recordNames = new java.util.HashSet<>();
            ldapToRecord.forEach((ldap, record) -> {
                Objects.requireNonNull(ldap, "attribute name is null");
                Objects.requireNonNull(record, "record name is null");
                if (ldap.isBlank() || record.isBlank()) {
                    throw new IllegalArgumentException("attribute names must not be blank: '" + ldap + "' -> '"
                            + record + "'");
                }
                if (!ldapNames.add(ldap.toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("LDAP attribute '" + ldap + "' is mapped twice");
                }
                if (!recordNames.add(record.toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("record attribute '" + record + "' is mapped twice");
                }
                copy.put(ldap, record);
            });
            this.attributes = copy;
            return this;
        }

        /**
         * Whether Active Directory's {@code userAccountControl} becomes a boolean
         * {@code accountEnabled} (false when the ACCOUNTDISABLE flag 0x2 is set), the attribute
         * {@link Presets#entraId()} maps to {@code active}. If this method is not invoked, {@code true}
         * (an entry without the attribute gets no {@code accountEnabled}).
         *
         * @param enabled whether to derive it
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder accountEnabledFromUserAccountControl(boolean enabled) {
            once(this.accountEnabledFromUserAccountControl, "accountEnabledFromUserAccountControl");
            this.accountEnabledFromUserAccountControl = enabled;
            return this;
        }

        /**
         * Reads no groups: no group search, no groups attribute. If this method is not invoked,
         * groups are read.
         *
         * @return this builder
         * @throws IllegalStateException if already set, or if a group setting was given
         */
        public Builder withoutGroups() {
            if (withoutGroups) {
                throw new IllegalStateException("withoutGroups was already set");
            }
            String groupSetting = groupBaseDn != null ? "groupBaseDn" : groupFilter != null ? "groupFilter"
                    : groupNameAttribute != null ? "groupNameAttribute" : membershipSetting != null ? membershipSetting
                    : groupsAttribute != null ? "groupsAttribute" : null;
            if (groupSetting != null) {
                throw new IllegalStateException(groupSetting + " was already set; withoutGroups cannot be combined "
                        + "with " + groupSetting);
            }
            withoutGroups = true;
            return this;
        }

        /**
         * Where groups are searched (the whole subtree). If this method is not invoked, the
         * {@linkplain #baseDn base DN}. Only groups found here count, and nesting is followed only
         * through them.
         *
         * @param dn a DN, e.g. {@code OU=Groups,DC=example,DC=com}
         * @return this builder
         * @throws NullPointerException     if {@code dn} is null
         * @throws IllegalArgumentException if it is not a valid DN
         * @throws IllegalStateException    if already set, or with {@link #withoutGroups()}
         */
        public Builder groupBaseDn(String dn) {
            groupSetting("groupBaseDn", this.groupBaseDn);
            this.groupBaseDn = dn(dn, "groupBaseDn");
            return this;
        }

        /**
         * Which entries are groups. If this method is not invoked, {@code (objectClass=group)}
         * (Active Directory); for OpenLDAP, e.g. {@code (objectClass=groupOfNames)}.
         *
         * @param filter a filter with balanced parentheses
         * @return this builder
         * @throws NullPointerException     if {@code filter} is null
         * @throws IllegalArgumentException if blank or unbalanced
         * @throws IllegalStateException    if already set, or with {@link #withoutGroups()}
         */
        public Builder groupFilter(String filter) {
            groupSetting("groupFilter", this.groupFilter);
            this.groupFilter = filterText(filter, "groupFilter");
            return this;
        }

        /**
         * The group attribute whose value is the group's name in the {@code groups} list. If this
         * method is not invoked, {@code cn}; a group without it is named by its RDN value.
         *
         * @param attribute e.g. {@code displayName} or {@code sAMAccountName}
         * @return this builder
         * @throws NullPointerException     if {@code attribute} is null
         * @throws IllegalArgumentException if blank
         * @throws IllegalStateException    if already set, or with {@link #withoutGroups()}
         */
        public Builder groupNameAttribute(String attribute) {
            groupSetting("groupNameAttribute", this.groupNameAttribute);
            this.groupNameAttribute = name(attribute, "attribute");
            return this;
        }

        /**
         * Membership from {@code memberOf}: each person's and each group's {@code memberOf} lists
         * the groups it is directly in (Active Directory; OpenLDAP with the memberof overlay). This
         * is the default: it needs no value ranges even for groups with thousands of members.
         *
         * @return this builder
         * @throws IllegalStateException if a membership setting was already given, or with {@link #withoutGroups()}
         */
        public Builder membershipFromMemberOf() {
            groupSetting("membershipFromMemberOf()", membershipSetting);
            membershipSetting = "membershipFromMemberOf()";
            memberAttribute = null;
            return this;
        }

        /**
         * Membership from the groups: each group's {@code attribute} lists the DNs of its members,
         * people or groups ({@code member} for groupOfNames, {@code uniqueMember} for
         * groupOfUniqueNames). If this method is not invoked, {@link #membershipFromMemberOf()}.
         *
         * @param attribute the member attribute
         * @return this builder
         * @throws NullPointerException     if {@code attribute} is null
         * @throws IllegalArgumentException if blank
         * @throws IllegalStateException    if a membership setting was already given, or with {@link #withoutGroups()}
         */
        public Builder membershipFromGroupAttribute(String attribute) {
            String setting = "membershipFromGroupAttribute(" + attribute + ")";
            groupSetting(setting, membershipSetting);
            memberAttribute = name(attribute, "attribute");
            membershipSetting = setting;
            return this;
        }

        /**
         * The source record attribute that lists the person's group names (an array of strings,
         * empty when none), for {@link AttributeMapping.Builder#groups(String)}. If this method is not
         * invoked, {@code groups}.
         *
         * @param recordName the name
         * @return this builder
         * @throws NullPointerException     if {@code recordName} is null
         * @throws IllegalArgumentException if blank
         * @throws IllegalStateException    if already set, or with {@link #withoutGroups()}
         */
        public Builder groupsAttribute(String recordName) {
            groupSetting("groupsAttribute", this.groupsAttribute);
            this.groupsAttribute = name(recordName, "recordName");
            return this;
        }

        /**
         * Where the source logs (one DEBUG line per read: server and counts; never credentials). If
         * this method is not invoked, {@code System.getLogger("dev.scimkit.client.provisioning")}.
         *
         * @param logger the logger
         * @return this builder
         * @throws NullPointerException  if {@code logger} is null
         * @throws IllegalStateException if already set
         */
        public Builder logger(Logger logger) {
            Objects.requireNonNull(logger, "logger is null");
            once(this.logger, "logger");
            this.logger = logger;
            return this;
        }

        /**
         * @return the source
         * @throws IllegalStateException if {@code url} or {@code baseDn} is missing; if StartTLS is
         *                               combined with {@code ldaps}; if a TLS setting is given without
         *                               TLS in use; if a password would go in clear text to a
         *                               non-loopback host without {@link #allowInsecureLdap}; or if
         *                               an attribute name collides with {@code accountEnabled} or the
         *                               groups attribute
         */
        public LdapSource build() {
            if (url == null) {
                throw new IllegalStateException("url is required");
            }
            if (baseDn == null) {
                throw new IllegalStateException("baseDn is required");
            }
            boolean ldaps = url.getScheme().equalsIgnoreCase("ldaps");
            boolean tls = ldaps || Boolean.TRUE.equals(startTls);
            if (ldaps && Boolean.TRUE.equals(startTls)) {
                throw new IllegalStateException("startTls cannot be combined with an ldaps:// url (already TLS)");
            }
            if (trustSetting != null && !tls) {
                throw new IllegalStateException(trustSetting + " was set but " + url + " uses no TLS; use ldaps:// "
                        + "or startTls(true)");
            }
            if (password != null && !tls && !UriPolicy.isLoopback(url.getHost())
                    && !Boolean.TRUE.equals(allowInsecureLdap)) {
                throw new IllegalStateException("the bind password would cross the network to " + url.getHost()
                        + " in clear text; use ldaps://, startTls(true), or set allowInsecureLdap(true)");
            }
            Map<String, String> names = attributes != null ? attributes : defaultAttributes();
            List<String> reserved = new ArrayList<>();
            if (!Boolean.FALSE.equals(accountEnabledFromUserAccountControl)) {
                reserved.add(ACCOUNT_ENABLED);
            }
            if (!withoutGroups) {
                reserved.add(groupsAttribute != null ? groupsAttribute : "groups");
            }
            for (String record : names.values()) {
                for (String name : reserved) {
                    if (record.equalsIgnoreCase(name)) {
                        throw new IllegalStateException("attributes maps an LDAP attribute to '" + record
                                + "', which the source writes itself (" + (name.equals(ACCOUNT_ENABLED)
                                        ? "accountEnabledFromUserAccountControl" : "groupsAttribute") + ")");
                    }
                }
            }
            SSLSocketFactory factory = null;
            if (tls) {
                try {
                    factory = (sslContext != null ? sslContext : SSLContext.getDefault()).getSocketFactory();
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("no default TLS configuration in this JVM: " + e, e);
                }
            }
            return new LdapSource(this, factory);
        }

        /** @return the settings; never the password or bind DN */
        @Override
        public String toString() {
            return "LdapSource.Builder[url=" + url + ", bind=" + (password == null ? "anonymous" : "<redacted>")
                    + ", baseDn=" + baseDn + "]";
        }

        private void onceTrust(String setting) {
            if (trustSetting != null) {
                throw new IllegalStateException(trustSetting.equals(setting) ? setting + " was already set"
                        : trustSetting + " was already set; " + setting + " cannot be combined with " + trustSetting);
            }
            trustSetting = setting;
        }

        private void groupSetting(String setting, Object previous) {
            if (withoutGroups) {
                throw new IllegalStateException("withoutGroups was already set; " + setting
                        + " cannot be combined with it");
            }
            if (previous != null) {
                throw new IllegalStateException(setting.startsWith("membership") ? previous + " was already set; "
                        + setting + " cannot be combined with it" : setting + " was already set to " + previous);
            }
        }

        private static void once(Object previous, String name) {
            if (previous != null) {
                throw new IllegalStateException(name + " was already set to " + previous);
            }
        }

        private static Duration millis(Duration timeout, String name) {
            Objects.requireNonNull(timeout, "timeout is null");
            if (timeout.isZero() || timeout.isNegative() || timeout.toMillis() > Integer.MAX_VALUE
                    || timeout.toMillis() == 0) {
                throw new IllegalArgumentException(name + " must be from 1 ms to " + Integer.MAX_VALUE
                        + " ms but was " + timeout);
            }
            return timeout;
        }

        private static int atLeastOne(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1 but was " + value);
            }
            return value;
        }

        private static LdapName dn(String dn, String setting) {
            Objects.requireNonNull(dn, "dn is null");
            try {
                return new LdapName(dn);
            } catch (InvalidNameException | IllegalArgumentException e) {
                throw new IllegalArgumentException(setting + " is not a valid DN: " + dn, e);
            }
        }

        private static String filterText(String filter, String setting) {
            Objects.requireNonNull(filter, "filter is null");
            String text = filter.strip();
            int depth = 0;
            for (int i = 0; i < text.length() && depth >= 0; i++) {
                depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
            }
            if (text.isEmpty() || depth != 0 || text.charAt(0) != '(' || text.charAt(text.length() - 1) != ')') {
                throw new IllegalArgumentException(setting + " must be an LDAP filter in parentheses with "
                        + "balanced parentheses (write a literal parenthesis as \\28 or \\29) but was " + filter);
            }
            return text;
        }

        private static String name(String value, String parameter) {
            Objects.requireNonNull(value, parameter + " is null");
            if (value.isBlank()) {
                throw new IllegalArgumentException(parameter + " is blank");
            }
            return value.strip();
        }
    }
}
