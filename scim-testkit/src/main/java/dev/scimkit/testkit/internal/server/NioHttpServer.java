package dev.scimkit.testkit.internal.server;

import dev.scimkit.testkit.internal.http.FakeResponse;
import dev.scimkit.testkit.internal.http.ResponseEncoder;
import dev.scimkit.testkit.internal.http.WireLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A small HTTP/1.1 server on 127.0.0.1 for the fake. One selector thread accepts connections, reads
 * request heads and bodies without blocking (each connection with a deadline and size bounds, see
 * {@link WireLimits}), and hands complete requests to the worker {@link Executor}; the worker writes the
 * answer itself when the socket takes it whole, the selector thread otherwise. A slow or stalled peer
 * therefore costs a buffer, never a thread. Keep-alive, pipelining (one request at a time per
 * connection), {@code Content-Length} and {@code chunked} bodies, {@code Expect: 100-continue}, HEAD,
 * {@code Connection: close} and HTTP/1.0 are supported; TLS and HTTP/2 are not.
 *
 * <p>No JVM-wide state: options are per socket ({@code TCP_NODELAY}), limits per server.
 */
final class NioHttpServer implements AutoCloseable {

    static final System.Logger LOG = System.getLogger(NioHttpServer.class.getName());

    /** Open connections at most; accepting pauses (the kernel queues new ones) while at the bound. */
    static final int MAX_CONNECTIONS = 1024;
    private static final int BACKLOG = 512;
    private static final long MAX_SWEEP_MILLIS = 250;

    private final WireLimits limits;
    private final Executor workers;
    private final ExchangeHandler handler;
    private final ResponseEncoder encoder;
    private final Selector selector;
    private final ServerSocketChannel listener;
    private final SelectionKey listenerKey;
    private final int port;
    private final Thread thread;
    private final long sweepNanos;
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final ByteBuffer scratch = ByteBuffer.allocateDirect(64 * 1024);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean closing;
    private boolean acceptPaused;

    private NioHttpServer(WireLimits limits, Executor workers, ExchangeHandler handler, ResponseEncoder encoder,
                          Selector selector, ServerSocketChannel listener) throws IOException {
        this.limits = limits;
        this.workers = workers;
        this.handler = handler;
        this.encoder = encoder;
        this.selector = selector;
        this.listener = listener;
        this.listenerKey = listener.register(selector, SelectionKey.OP_ACCEPT);
        this.port = ((InetSocketAddress) listener.getLocalAddress()).getPort();
        this.sweepNanos = TimeUnit.MILLISECONDS.toNanos(
                Math.max(5, Math.min(MAX_SWEEP_MILLIS, limits.readTimeout().toMillis() / 4)));
        this.thread = new Thread(this::run, "zoom-scim-fake-selector-" + port);
        this.thread.setDaemon(true);
    }

    /**
     * Binds 127.0.0.1:{@code port} and starts the selector thread.
     *
     * @param port     the port, 0 for an ephemeral one
     * @param limits   per-connection bounds
     * @param workers  runs {@link ExchangeHandler#handle}; must accept at least {@link #MAX_CONNECTIONS} tasks
     * @param handler  answers requests
     * @param encoder  writes responses
     * @return the running server
     * @throws UncheckedIOException if the port cannot be bound
     */
    static NioHttpServer start(int port, WireLimits limits, Executor workers, ExchangeHandler handler,
                               ResponseEncoder encoder) {
        Selector selector = null;
        ServerSocketChannel listener = null;
        try {
            selector = Selector.open();
            listener = ServerSocketChannel.open();
            listener.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            listener.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), BACKLOG);
            listener.configureBlocking(false);
            NioHttpServer server = new NioHttpServer(limits, workers, handler, encoder, selector, listener);
            server.thread.start();
            return server;
        } catch (IOException e) {
            closeQuietly(listener);
            closeQuietly(selector);
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
    }

    /** @return the bound port */
    int port() {
        return port;
    }

    /**
     * Stops accepting, closes every connection and the listening socket, and returns once the port is
     * free (the selector thread closes its channels itself, so none outlives this call). Idempotent.
     */
    @Override
    public void close() {
        closing = true;
        selector.wakeup();
        if (Thread.currentThread() != thread) {
            try {
                if (!stopped.await(5, TimeUnit.SECONDS)) {
                    LOG.log(System.Logger.Level.WARNING, "selector thread did not stop within 5 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ------------------------------------------------------------------------ for connections

    WireLimits limits() {
        return limits;
    }

    ResponseEncoder encoder() {
        return encoder;
    }

    ExchangeHandler handler() {
        return handler;
    }

    boolean closing() {
        return closing;
    }

    /** @return a buffer for discarding input; selector thread only */
    ByteBuffer scratch() {
        return scratch;
    }

    long deadlineFromNow() {
        return System.nanoTime() + limits.readTimeout().toNanos();
    }

    void wakeupUnlessSelectorThread() {
        if (Thread.currentThread() != thread) {
            selector.wakeup();
        }
    }

    /** Runs the handler for a complete request on a worker. */
    void dispatch(Exchange exchange) {
        try {
            workers.execute(() -> run(exchange));
        } catch (RejectedExecutionException e) {
            exchange.respond(overloaded());
        }
    }

    private void run(Exchange exchange) {
        try {
            handler.handle(exchange);
        } catch (RuntimeException | Error e) {
            LOG.log(System.Logger.Level.ERROR, "fake failed on " + exchange.request().method() + " "
                    + exchange.request().rawPath(), e);
            if (!exchange.answered()) {
                exchange.respond(new FakeResponse(500, java.util.Map.of(), new byte[0]));
            }
        }
    }

    private static FakeResponse overloaded() {
        return new FakeResponse(503, java.util.Map.of("Retry-After", "1"), new byte[0]);
    }

    void closed(Connection connection) {
        connections.remove(connection);
        wakeupUnlessSelectorThread();   // a cancelled key is released (and the socket closed) by the next select
    }

    // ------------------------------------------------------------------------ selector thread

    private void run() {
        long nextSweep = System.nanoTime() + sweepNanos;
        try {
            while (!closing) {
                long wait = Math.max(1, TimeUnit.NANOSECONDS.toMillis(nextSweep - System.nanoTime()));
                selector.select(wait);
                Set<SelectionKey> selected = selector.selectedKeys();
                for (SelectionKey key : selected) {
                    handle(key);
                }
                selected.clear();
                long now = System.nanoTime();
                if (now - nextSweep >= 0) {
                    sweep(now);
                    nextSweep = now + sweepNanos;
                }
                if (acceptPaused && connections.size() < MAX_CONNECTIONS) {
                    acceptPaused = false;
                    listenerKey.interestOps(SelectionKey.OP_ACCEPT);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (!closing) {
                LOG.log(System.Logger.Level.ERROR, "fake's selector loop failed; the fake stops serving", e);
            }
        } finally {
            shutDown();
        }
    }

    private void handle(SelectionKey key) {
        try {
            if (!key.isValid()) {
                return;
            }
            if (key == listenerKey) {
                accept();
                return;
            }
            Connection connection = (Connection) key.attachment();
            int ready = key.readyOps();
            if ((ready & SelectionKey.OP_WRITE) != 0) {
                connection.onWritable();
            }
            if ((ready & SelectionKey.OP_READ) != 0) {
                connection.onReadable();
            }
        } catch (java.nio.channels.CancelledKeyException e) {
            // closed by a worker meanwhile
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "fake failed on a connection; closing it", e);
            if (key.attachment() instanceof Connection connection) {
                connection.close();
            }
        }
    }

    private void accept() throws RuntimeException {
        while (connections.size() < MAX_CONNECTIONS) {
            SocketChannel channel;
            try {
                channel = listener.accept();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "accept failed", e);
                return;
            }
            if (channel == null) {
                return;
            }
            try {
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
                Connection connection = new Connection(this, channel, key);
                key.attach(connection);
                connections.add(connection);
            } catch (IOException e) {
                closeQuietly(channel);
            }
        }
        acceptPaused = true;
        listenerKey.interestOps(0);
    }

    private void sweep(long now) {
        for (Connection connection : List.copyOf(connections)) {
            connection.checkDeadline(now);
        }
    }

    private void shutDown() {
        try {
            closeQuietly(listener);
            for (Connection connection : List.copyOf(connections)) {
                connection.close();
            }
            try {
                selector.selectNow();   // releases cancelled keys: their sockets close now
            } catch (IOException e) {
                // closing anyway
            }
            closeQuietly(selector);
        } finally {
            stopped.countDown();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // nothing left to release
        }
    }
}
