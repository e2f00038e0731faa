/**
 * A fluent Zoom SCIM client on {@code java.net.http}: auth, retries, rate limiting, pagination
 * and a provisioning engine.
 */
module dev.scimkit.client {
    requires transitive dev.scimkit.core;
    requires transitive dev.scimkit.filter;
    requires transitive java.net.http;

    exports dev.scimkit.client;
    exports dev.scimkit.client.provisioning;
}
