package dev.scimkit.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A raw socket to the fake, for requests no well-behaved client would send. Every read has a generous
 * deadline (30 s), so a fake that never answers fails the test instead of hanging it.
 */
final class RawHttp implements AutoCloseable {

    static final int READ_TIMEOUT_MILLIS = 30_000;

    private final Socket socket;
    private final java.io.PushbackInputStream in;
    private final OutputStream out;

    RawHttp(int port) {
        try {
            socket = new Socket();
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            in = new java.io.PushbackInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RawHttp send(String text) {
        return send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    RawHttp send(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Half-closes: the fake sees the end of the request stream. */
    RawHttp shutdownOutput() {
        try {
            socket.shutdownOutput();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads one response (status line, headers, a {@code Content-Length} body unless {@code head}).
     *
     * @throws UncheckedIOException if the connection ends or stalls first
     */
    Response read(boolean head) {
        try {
            String statusLine = line();
            if (statusLine == null) {
                throw new UncheckedIOException(new IOException("connection closed before a response"));
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = line(); line != null && !line.isEmpty(); line = line()) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            byte[] body = new byte[0];
            String length = headers.get("content-length");
            if (!head && length != null) {
                body = in.readNBytes(Integer.parseInt(length));
            }
            return new Response(statusLine, status, headers, new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Response read() {
        return read(false);
    }

    /**
     * Waits up to {@code millis} for the fake to send something (or close).
     *
     * @return whether anything arrived (the byte stays unread)
     */
    boolean answersWithin(int millis) {
        try {
            socket.setSoTimeout(millis);
            int b = in.read();
            if (b >= 0) {
                in.unread(b);
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        } finally {
            try {
                socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            } catch (IOException e) {
                // the next read fails instead
            }
        }
    }

    /**
     * Reads responses until the fake closes the connection.
     *
     * @param most the most responses expected
     * @return their statuses
     */
    java.util.List<Integer> readUntilClosed(int most) {
        java.util.List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i <= most; i++) {
            try {
                int b = in.read();
                if (b < 0) {
                    return statuses;
                }
                in.unread(b);
                statuses.add(read().status());
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the fake neither answered nor closed within " + READ_TIMEOUT_MILLIS + " ms");
            } catch (IOException | UncheckedIOException e) {
                return statuses;    // reset after the answers
            }
        }
        throw new AssertionError("more than " + most + " responses");
    }

    /** @return whether the fake closed the connection (EOF, or a reset) before the read timeout */
    boolean closedByPeer() {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // test cleanup
        }
    }

    record Response(String statusLine, int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }
}
