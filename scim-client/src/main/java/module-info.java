/**
 * A fluent Zoom SCIM client on {@code java.net.http}: auth, retries, rate limiting, pagination
 * and a provisioning engine.
 */
module dev.scimkit.client {
    requires transitive dev.scimkit.core;
    requires transitive dev.scimkit.filter;
    requires transitive java.net.http;
    // LdapSource reads directories over JNDI; none of its types appear in the API.
    requires java.naming;

    exports dev.scimkit.client;
    exports dev.scimkit.client.provisioning;
    // JNDI instantiates LdapSource's per-connection TLS socket factory reflectively, by class name.
    exports dev.scimkit.client.provisioning.internal.ldap to java.naming;
}
