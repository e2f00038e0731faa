package dev.scimkit.client.provisioning.internal.ldap;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Objects;
import java.util.concurrent.Callable;
import javax.net.ssl.SSLSocketFactory;

/**
 * Gives JNDI's LDAP provider a per-connection TLS configuration. JNDI takes a socket factory only
 * as a class name whose static {@code getDefault()} it calls, on the thread that opens the
 * connection, while the context is being created; this class answers with the factory that thread
 * installed through {@link #using}, so two sources with different trust settings never share one
 * (and nothing JVM-wide is changed). Not API: public only because JNDI loads it reflectively
 * (module-info exports this package to {@code java.naming} alone).
 */
public final class ScopedSslSocketFactory extends SSLSocketFactory {

    private static final ThreadLocal<SSLSocketFactory> CURRENT = new ThreadLocal<>();

    private final SSLSocketFactory delegate;

    private ScopedSslSocketFactory(SSLSocketFactory delegate) {
        this.delegate = delegate;
    }

    /**
     * Runs {@code action} with {@code factory} as the one {@link #getDefault()} hands out on this
     * thread, then removes it.
     *
     * @param factory the TLS configuration for connections opened by {@code action}
     * @param action  opens the JNDI context
     * @param <T>     the action's result
     * @return what {@code action} returned
     * @throws Exception what {@code action} threw
     */
    public static <T> T using(SSLSocketFactory factory, Callable<T> action) throws Exception {
        Objects.requireNonNull(factory, "factory is null");
        SSLSocketFactory previous = CURRENT.get();
        CURRENT.set(factory);
        try {
            return action.call();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /**
     * Called by JNDI.
     *
     * @return the factory installed on this thread
     * @throws IllegalStateException if none is (JNDI opened a connection outside {@link #using})
     */
    public static SSLSocketFactory getDefault() {
        SSLSocketFactory factory = CURRENT.get();
        if (factory == null) {
            throw new IllegalStateException("no TLS configuration on this thread: LDAP connections are opened "
                    + "only inside ScopedSslSocketFactory.using");
        }
        return new ScopedSslSocketFactory(factory);
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
    public Socket createSocket() throws IOException {
        return delegate.createSocket();
    }

    @Override
    public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
        return delegate.createSocket(socket, host, port, autoClose);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return delegate.createSocket(host, port);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return delegate.createSocket(host, port, localHost, localPort);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return delegate.createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return delegate.createSocket(address, port, localAddress, localPort);
    }
}
