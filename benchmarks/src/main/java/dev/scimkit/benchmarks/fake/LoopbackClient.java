package dev.scimkit.benchmarks.fake;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A minimal blocking HTTP/1.1 keep-alive client for load generation: one socket, one request at a
 * time, {@code Content-Length} bodies only. It keeps the load generator's own cost small so that the
 * numbers measure the fake rather than the client (both share the machine's cores). Not thread-safe:
 * one per benchmark thread.
 */
final class LoopbackClient implements Closeable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String authorization;
    private final byte[] line = new byte[8192];
    private boolean keepBody;
    private byte[] lastBody;

    LoopbackClient(URI base, String token) throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()));
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
        authorization = "Authorization: Bearer " + token + "\r\n";
    }

    /** Sends a GET and returns the status; the body is read and discarded. */
    int get(String target) throws IOException {
        out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + authorization
                + "Accept: application/scim+json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return readResponse();
    }

    /**
     * Sends a GET and returns the body (which must have a {@code Content-Length}).
     *
     * @throws IOException if the status is not 200
     */
    byte[] getBody(String target) throws IOException {
        out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + authorization
                + "Accept: application/scim+json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        lastBody = new byte[0];
        keepBody = true;
        try {
            int status = readResponse();
            if (status != 200) {
                throw new IOException("GET " + target + " answered " + status);
            }
            return lastBody;
        } finally {
            keepBody = false;
        }
    }

    /** Sends a POST with a JSON body and returns the status. */
    int post(String target, byte[] body) throws IOException {
        return send("POST", target, body);
    }

    /** Sends a PATCH with a JSON body and returns the status. */
    int patch(String target, byte[] body) throws IOException {
        return send("PATCH", target, body);
    }

    private int send(String method, String target, byte[] body) throws IOException {
        out.write((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + authorization
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        return readResponse();
    }

    private int readResponse() throws IOException {
        String statusLine = readLine();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = 0;
        for (String header = readLine(); !header.isEmpty(); header = readLine()) {
            if (header.regionMatches(true, 0, "content-length:", 0, 15)) {
                length = Long.parseLong(header.substring(15).trim());
            }
        }
        if (keepBody) {
            lastBody = in.readNBytes((int) length);
            if (lastBody.length != length) {
                throw new EOFException("connection closed inside a body");
            }
            return status;
        }
        while (length > 0) {
            long skipped = in.skip(length);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("connection closed inside a body");
                }
                skipped = 1;
            }
            length -= skipped;
        }
        return status;
    }

    private String readLine() throws IOException {
        int length = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed inside a response");
            }
            if (b == '\n') {
                int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
                return new String(line, 0, end, StandardCharsets.US_ASCII);
            }
            line[length++] = (byte) b;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
