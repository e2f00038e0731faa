package dev.scimkit.client.provisioning;

import java.util.Objects;

/**
 * An {@link LdapSource} could not read the directory. Nothing is returned when this is thrown: a
 * failed or partial read never looks like "these people left".
 *
 * <p>The message names the server and says what went wrong; it never contains the bind password
 * or the bind DN (both are scrubbed from any text the server or JNDI supplied). The cause, when
 * present, is the transport failure underneath (a {@code SocketTimeoutException}, an
 * {@code SSLHandshakeException}, a {@code ConnectException}, …), never a JNDI exception that could
 * carry the credentials' environment.
 *
 * <p>It is not a {@code ScimException}: it says nothing about Zoom or a SCIM request, so it must not
 * be mistaken for a 401 from Zoom (which would mean Zoom's credentials are wrong).
 */
public final class LdapSourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of failure it was, for callers that react differently (retry later, alert, fix config). */
    public enum Reason {
        /** The bind was refused (wrong DN or password, locked or expired account) or lacks rights. */
        AUTHENTICATION,
        /** The server could not be reached or closed the connection. */
        CONNECTION,
        /** Connecting, the TLS handshake or a response took longer than its timeout. */
        TIMEOUT,
        /** TLS failed: the certificate is not trusted or does not name the host, or StartTLS was refused. */
        TLS,
        /** A size, time or administrative limit was hit, on the server or this source's own bounds. */
        LIMIT,
        /** Anything else the directory refused: a missing base DN, a bad filter, an unsupported control. */
        DIRECTORY
    }

    private final Reason reason;
    private final String server;

    LdapSourceException(Reason reason, String server, String detail, Throwable cause) {
        super("LDAP source " + server + ": " + detail, cause);
        this.reason = Objects.requireNonNull(reason, "reason is null");
        this.server = Objects.requireNonNull(server, "server is null");
    }

    /** @return the kind of failure */
    public Reason reason() {
        return reason;
    }

    /** @return the server's URL as configured, e.g. {@code ldaps://dc1.example.com:636} */
    public String server() {
        return server;
    }
}
