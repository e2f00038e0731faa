package dev.scimkit.client.provisioning;

import dev.scimkit.client.provisioning.LdapSourceException.Reason;
import dev.scimkit.client.provisioning.internal.ldap.ScopedSslSocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.security.cert.CertificateException;
import java.util.Hashtable;
import java.util.Locale;
import javax.naming.AuthenticationException;
import javax.naming.AuthenticationNotSupportedException;
import javax.naming.CommunicationException;
import javax.naming.Context;
import javax.naming.LimitExceededException;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.NoPermissionException;
import javax.naming.PartialResultException;
import javax.naming.ServiceUnavailableException;
import javax.naming.directory.InvalidSearchFilterException;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.Control;
import javax.naming.ldap.InitialLdapContext;
import javax.naming.ldap.LdapContext;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.PagedResultsControl;
import javax.naming.ldap.PagedResultsResponseControl;
import javax.naming.ldap.StartTlsRequest;
import javax.naming.ldap.StartTlsResponse;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One JNDI connection to the directory for one read: connect (plain, {@code ldaps} or StartTLS),
 * bind, paged subtree searches, close. Every JNDI failure becomes an {@link LdapSourceException}
 * whose text has the password and bind DN scrubbed out.
 */
final class LdapDirectory implements AutoCloseable {

    /** Receives one entry of a search. */
    interface EntryHandler {
        void accept(SearchResult entry) throws NamingException;
    }

    /** What JNDI says when a search at a domain root meets references to other naming contexts. */
    private static final String CONTINUATION_REFERENCES = "Unprocessed Continuation Reference(s)";

    private final LdapSource source;
    private final LdapContext context;
    private final StartTlsResponse tls;

    private LdapDirectory(LdapSource source, LdapContext context, StartTlsResponse tls) {
        this.source = source;
        this.context = context;
        this.tls = tls;
    }

    /**
     * Connects and binds.
     *
     * @param source   the settings
     * @param password a copy of the password (JNDI keeps a reference while the context lives), or {@code null}
     * @return the open directory
     * @throws LdapSourceException if connecting, TLS or the bind fails
     */
    static LdapDirectory open(LdapSource source, char[] password) {
        Hashtable<String, Object> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, source.serverUrl());
        env.put(Context.REFERRAL, "ignore");
        env.put("com.sun.jndi.ldap.connect.timeout", Long.toString(source.connectTimeout().toMillis()));
        env.put("com.sun.jndi.ldap.read.timeout", Long.toString(source.readTimeout().toMillis()));
        env.put("com.sun.jndi.ldap.connect.pool", "false");
        env.put("java.naming.ldap.attributes.binary", String.join(" ", source.binaryAttributes()));
        boolean bindNow = password != null && !source.startTls();
        env.put(Context.SECURITY_AUTHENTICATION, bindNow ? "simple" : "none");
        if (bindNow) {
            env.put(Context.SECURITY_PRINCIPAL, source.bindDn());
            env.put(Context.SECURITY_CREDENTIALS, password);
        }
        String doing = bindNow ? "connecting and binding" : "connecting";
        LdapContext context;
        try {
            if (source.ldaps()) {
                env.put("java.naming.ldap.factory.socket", ScopedSslSocketFactory.class.getName());
                context = ScopedSslSocketFactory.using(source.sslSocketFactory(), () -> new InitialLdapContext(env, null));
            } else {
                context = new InitialLdapContext(env, null);
            }
        } catch (NamingException e) {
            throw failure(source, doing, e, reasonOf(e));
        } catch (Exception e) {
            throw new LdapSourceException(Reason.CONNECTION, source.serverUrl(), doing + " failed: "
                    + source.scrub(String.valueOf(e.getMessage())), e);
        }
        if (!source.startTls()) {
            return new LdapDirectory(source, context, null);
        }
        StartTlsResponse tls = null;
        try {
            tls = startTls(source, context);
            if (password != null) {
                context.addToEnvironment(Context.SECURITY_AUTHENTICATION, "simple");
                context.addToEnvironment(Context.SECURITY_PRINCIPAL, source.bindDn());
                context.addToEnvironment(Context.SECURITY_CREDENTIALS, password);
                context.reconnect(null); // binds now, over the TLS-protected connection
            }
            return new LdapDirectory(source, context, tls);
        } catch (NamingException e) {
            closeQuietly(context, tls);
            throw failure(source, "binding", e, reasonOf(e));
        } catch (RuntimeException e) {
            closeQuietly(context, tls);
            throw e;
        }
    }

    private static StartTlsResponse startTls(LdapSource source, LdapContext context) {
        StartTlsResponse tls;
        try {
            tls = (StartTlsResponse) context.extendedOperation(new StartTlsRequest());
        } catch (NamingException e) {
            closeQuietly(context, null);
            Reason reason = reasonOf(e);
            throw failure(source, "starting TLS", e, reason == Reason.DIRECTORY ? Reason.TLS : reason);
        }
        HandshakeTimeout factory = new HandshakeTimeout(source.sslSocketFactory(), source.readTimeout().toMillis());
        try {
            tls.negotiate(factory);
            factory.handshakeDone();
            return tls;
        } catch (IOException e) {
            closeQuietly(context, null);
            Reason reason = e instanceof SocketTimeoutException ? Reason.TIMEOUT : Reason.TLS;
            throw new LdapSourceException(reason, source.serverUrl(), "TLS negotiation after StartTLS failed: "
                    + source.scrub(String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Runs a paged subtree search (RFC 2696, critical: a server that cannot page fails the read
     * instead of returning a truncated list).
     *
     * @param base       the base DN
     * @param filter     the filter
     * @param attributes the attributes to return
     * @param what       what is searched for, for messages ("people", "groups")
     * @param handler    receives each entry
     * @return the number of entries
     * @throws LdapSourceException if the search fails or returns more than the source's maximum
     */
    int search(LdapName base, String filter, String[] attributes, String what, EntryHandler handler) {
        SearchControls controls = new SearchControls(SearchControls.SUBTREE_SCOPE, 0, 0, attributes, false, false);
        String doing = "searching " + base + " for " + what;
        int entries = 0;
        int pages = 0;
        byte[] cookie = null;
        try {
            do {
                if (++pages > source.maxEntries() + 1) {
                    throw new LdapSourceException(Reason.LIMIT, source.serverUrl(), doing + ": the server kept "
                            + "returning pages past " + source.maxEntries() + " entries", null);
                }
                context.setRequestControls(new Control[] {
                    new PagedResultsControl(source.pageSize(), cookie, Control.CRITICAL)});
                NamingEnumeration<SearchResult> results = context.search(base, filter, controls);
                try {
                    while (hasMore(results)) {
                        SearchResult entry = results.next();
                        if (++entries > source.maxEntries()) {
                            throw new LdapSourceException(Reason.LIMIT, source.serverUrl(), doing + " returned more "
                                    + "than " + source.maxEntries() + " entries (LdapSource.Builder.maxEntries)", null);
                        }
                        handler.accept(entry);
                    }
                } finally {
                    results.close();
                }
                cookie = nextCookie(context.getResponseControls());
            } while (cookie != null && cookie.length > 0);
            return entries;
        } catch (NamingException e) {
            throw failure(source, doing, e, reasonOf(e));
        } catch (IOException e) {
            throw new LdapSourceException(Reason.DIRECTORY, source.serverUrl(), doing + ": cannot encode the paged "
                    + "results control: " + e.getMessage(), e);
        }
    }

    private static boolean hasMore(NamingEnumeration<SearchResult> results) throws NamingException {
        try {
            return results.hasMore();
        } catch (PartialResultException e) {
            // Active Directory refers a search at the domain root to its other naming contexts
            // (DomainDnsZones, …); with referrals ignored JNDI reports that once, after the last entry.
            if (e.getRootCause() == null && CONTINUATION_REFERENCES.equals(e.getExplanation())) {
                return false;
            }
            throw e;
        }
    }

    private static byte[] nextCookie(Control[] response) {
        if (response != null) {
            for (Control control : response) {
                if (control instanceof PagedResultsResponseControl paged) {
                    return paged.getCookie();
                }
            }
        }
        return null;
    }

    @Override
    public void close() {
        closeQuietly(context, tls);
    }

    private static void closeQuietly(LdapContext context, StartTlsResponse tls) {
        if (tls != null) {
            try {
                tls.close();
            } catch (IOException ignored) {
                // the connection is being dropped anyway
            }
        }
        try {
            context.close();
        } catch (NamingException ignored) {
            // nothing more to release
        }
    }

    /**
     * @param source the settings (for the server and scrubbing)
     * @param doing  what was being done, e.g. "binding"
     * @param e      the JNDI failure
     * @param reason its classification
     * @return the exception to throw: server named, secrets scrubbed, transport cause kept
     */
    static LdapSourceException failure(LdapSource source, String doing, NamingException e, Reason reason) {
        return new LdapSourceException(reason, source.serverUrl(), doing + " failed: " + source.scrub(describe(e)),
                transportCause(e));
    }

    /**
     * Classifies a JNDI failure.
     *
     * @param e the failure
     * @return the reason
     */
    static Reason reasonOf(NamingException e) {
        Throwable root = rootCause(e);
        if (e instanceof AuthenticationException || e instanceof AuthenticationNotSupportedException
                || e instanceof NoPermissionException) {
            return Reason.AUTHENTICATION;
        }
        String explanation = String.valueOf(e.getExplanation()).toLowerCase(Locale.ROOT);
        if (root instanceof SocketTimeoutException || explanation.contains("timed out")) {
            return Reason.TIMEOUT;
        }
        if (root instanceof SSLException || root instanceof CertificateException) {
            return Reason.TLS;
        }
        if (e instanceof CommunicationException || e instanceof ServiceUnavailableException
                || root instanceof IOException) {
            return Reason.CONNECTION;
        }
        if (e instanceof LimitExceededException) {
            return Reason.LIMIT;
        }
        return Reason.DIRECTORY;
    }

    /**
     * @param e a JNDI failure
     * @return words for it, from JNDI's explanation or the transport failure underneath
     */
    static String describe(NamingException e) {
        Throwable root = rootCause(e);
        String text = e.getExplanation();
        if (text == null || text.isBlank() || root != null && !(root instanceof NamingException)) {
            String rootText = root == null ? null : root.getClass().getSimpleName() + ": " + root.getMessage();
            text = text == null || text.isBlank() ? rootText : rootText == null ? text : text + " (" + rootText + ")";
        }
        if (e instanceof NameNotFoundException) {
            text = "no such entry (is the base DN right?): " + text;
        } else if (e instanceof InvalidSearchFilterException) {
            text = "invalid search filter: " + text;
        }
        return text == null ? e.getClass().getSimpleName() : text;
    }

    /** @return the transport failure under a JNDI exception, if it is not itself a JNDI exception */
    static Throwable transportCause(NamingException e) {
        Throwable root = rootCause(e);
        return root instanceof NamingException ? null : root;
    }

    private static Throwable rootCause(NamingException e) {
        Throwable root = e.getRootCause();
        while (root instanceof NamingException naming && naming.getRootCause() != null) {
            root = naming.getRootCause();
        }
        return root;
    }

    /**
     * Layers TLS over the StartTLS connection with a read timeout on the handshake (JNDI's
     * StartTLS sets none, so a server that accepts StartTLS and then stays silent would hang it).
     */
    private static final class HandshakeTimeout extends SSLSocketFactory {

        private final SSLSocketFactory delegate;
        private final int timeoutMillis;
        private SSLSocket socket;

        HandshakeTimeout(SSLSocketFactory delegate, long timeoutMillis) {
            this.delegate = delegate;
            this.timeoutMillis = (int) Math.min(Integer.MAX_VALUE, timeoutMillis);
        }

        void handshakeDone() throws SocketException {
            if (socket != null) {
                socket.setSoTimeout(0); // JNDI's own read timeout applies from here on
            }
        }

        @Override
        public Socket createSocket(Socket plain, String host, int port, boolean autoClose) throws IOException {
            socket = (SSLSocket) delegate.createSocket(plain, host, port, autoClose);
            socket.setSoTimeout(timeoutMillis);
            return socket;
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return delegate.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return delegate.getSupportedCipherSuites();
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            throw new SocketException("StartTLS layers over an existing connection");
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
            throw new SocketException("StartTLS layers over an existing connection");
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            throw new SocketException("StartTLS layers over an existing connection");
        }

        @Override
        public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException {
            throw new SocketException("StartTLS layers over an existing connection");
        }
    }
}
