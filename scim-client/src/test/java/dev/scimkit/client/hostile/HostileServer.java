package dev.scimkit.client.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server on raw sockets that misbehaves on purpose: it stalls after the headers,
 * trickles, lies about {@code Content-Length}, floods, loops, redirects in circles, sends garbage
 * status lines and closes mid-body, as a {@link Behaviour} decides per request. Nothing here waits
 * on time to synchronise a test: a stalled connection blocks reading until the client closes it
 * (which {@link #awaitClientClosed} observes) or the server stops.
 */
final class HostileServer implements AutoCloseable {

    /** One request as received. */
    record Request(String method, String target, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String query() {
            int q = target.indexOf('?');
            return q < 0 ? "" : target.substring(q + 1);
        }

        String path() {
            int q = target.indexOf('?');
            return q < 0 ? target : target.substring(0, q);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** What the server does with one request; it writes the raw answer itself. */
    @FunctionalInterface
    interface Behaviour {
        /**
         * @param request the request
         * @param wire    the connection
         * @return whether the connection may carry another request
         * @throws IOException when the client went away
         */
        boolean answer(Request request, Wire wire) throws IOException;
    }

    /** The connection as a behaviour sees it. */
    final class Wire {
        private final Socket socket;
        private final OutputStream out;

        Wire(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
        }

        /** Writes text as ISO-8859-1 (status lines and headers) and flushes. */
        Wire raw(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return this;
        }

        /** Writes bytes and flushes. */
        Wire bytes(byte[] data) throws IOException {
            out.write(data);
            out.flush();
            return this;
        }

        /** A complete response with a correct {@code Content-Length}. */
        Wire respond(int status, String body, String... headerLines) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " X\r\nContent-Type: application/scim+json\r\n"
                    + "Content-Length: " + bytes.length + "\r\n");
            for (String line : headerLines) {
                head.append(line).append("\r\n");
            }
            raw(head.append("\r\n").toString());
            return bytes(bytes);
        }

        /**
         * Stops answering and blocks until the client closes the connection (counted by
         * {@link #awaitClientClosed}) or the server stops.
         */
        void stall() throws IOException {
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // discard whatever the client sends; wait for its end of stream
            }
            clientClosed.incrementAndGet();
            synchronized (HostileServer.this) {
                HostileServer.this.notifyAll();
            }
        }

        /**
         * Sends one byte at a time with a pause between bytes (a slow peer; the pause ends early when
         * the server stops), until {@code count} bytes are out or the client gives up.
         */
        void trickle(byte[] data, Duration pause) throws IOException {
            for (byte b : data) {
                out.write(b);
                out.flush();
                try {
                    if (stopped.await(pause.toNanos(), TimeUnit.NANOSECONDS)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        /** Writes {@code chunk} until the client stops reading (a body that never ends). */
        void flood(byte[] chunk) throws IOException {
            while (stopped.getCount() > 0) {
                out.write(chunk);
            }
        }

        /** Closes the connection at once. */
        void close() throws IOException {
            socket.close();
        }
    }

    private final ServerSocket listener;
    private final Behaviour behaviour;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger clientClosed = new AtomicInteger();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private HostileServer(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "hostile-accept");
        acceptor.setDaemon(true);
        threads.add(acceptor);
        acceptor.start();
    }

    static HostileServer start(Behaviour behaviour) {
        try {
            return new HostileServer(behaviour);
        } catch (IOException e) {
            throw new AssertionError("cannot listen on loopback", e);
        }
    }

    /** @return {@code http://127.0.0.1:port/scim2} */
    URI baseUri() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/scim2");
    }

    /** @return every request received so far, in order */
    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** @return the number of connections accepted */
    int connections() {
        return connections.get();
    }

    /**
     * Waits until the client has closed {@code count} stalled connections.
     *
     * @return whether it did within the bound
     */
    synchronized boolean awaitClientClosed(int count, Duration bound) throws InterruptedException {
        long end = System.nanoTime() + bound.toNanos();
        while (clientClosed.get() < count) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    private void accept() {
        while (stopped.getCount() > 0) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException closed) {
                return;
            }
            connections.incrementAndGet();
            sockets.add(socket);
            Thread worker = new Thread(() -> serve(socket), "hostile-conn-" + connections.get());
            worker.setDaemon(true);
            threads.add(worker);
            worker.start();
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            Wire wire = new Wire(socket);
            while (true) {
                Request request = read(in);
                if (request == null) {
                    return;
                }
                requests.add(request);
                if (!behaviour.answer(request, wire)) {
                    return;
                }
            }
        } catch (IOException clientGone) {
            // the client closed or reset the connection: that is what these tests provoke
        }
    }

    private static Request read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        while (last4 != 0x0D0A0D0A) {
            int b = in.read();
            if (b < 0 || head.size() > 64 * 1024) {
                return null;
            }
            head.write(b);
            last4 = (last4 << 8) | b;
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] requestLine = lines[0].split(" ");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        return new Request(requestLine[0], requestLine[1], headers, body);
    }

    @Override
    public void close() {
        stopped.countDown();
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        for (Thread thread : new ArrayList<>(threads)) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
