package dev.scimkit.testkit.internal.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link FakeResponse} as HTTP/1.1 bytes: status line, the response's headers, then the framing
 * headers the transport owns ({@code Content-Length}, {@code Connection}, {@code Date}). Header lines with
 * a CR or LF (which would split the response) are left out. Thread-safe.
 */
public final class ResponseEncoder {

    /** The interim response to {@code Expect: 100-continue}. */
    public static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    /** IMF-fixdate (RFC 9110 §5.6.7): two-digit day, English names, GMT. */
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private final Clock clock;
    private volatile CachedDate date = new CachedDate(Long.MIN_VALUE, "");

    /** @param clock the source of the {@code Date} header (the fake's clock) */
    public ResponseEncoder(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param response  the response
     * @param head      whether it answers a HEAD request (headers only, the length of the GET body)
     * @param close     whether the connection closes after it
     * @param keepAlive whether to say {@code Connection: keep-alive} (an HTTP/1.0 client that asked for it)
     * @return the head and the body, for one gathering write
     */
    public ByteBuffer[] encode(FakeResponse response, boolean head, boolean close, boolean keepAlive) {
        int status = response.status();
        byte[] body = response.body();
        StringBuilder text = new StringBuilder(160 + 40 * response.headers().size());
        text.append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            String name = header.getKey();
            if (!framing(name) && safe(name) && safe(header.getValue())) {
                text.append(name).append(": ").append(header.getValue()).append("\r\n");
            }
        }
        boolean bodiless = status < 200 || status == 204 || status == 304;
        if (!bodiless) {
            text.append("Content-Length: ").append(body.length).append("\r\n");
        }
        if (close) {
            text.append("Connection: close\r\n");
        } else if (keepAlive) {
            text.append("Connection: keep-alive\r\n");
        }
        text.append("Date: ").append(date()).append("\r\n\r\n");
        ByteBuffer headBytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (head || bodiless || body.length == 0) {
            return new ByteBuffer[] {headBytes};
        }
        return new ByteBuffer[] {headBytes, ByteBuffer.wrap(body)};
    }

    /**
     * @param response a response
     * @return whether its own headers ask to close the connection (a scripted fault may)
     */
    public static boolean asksToClose(FakeResponse response) {
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            if (header.getKey().equalsIgnoreCase("Connection") && header.getValue().equalsIgnoreCase("close")) {
                return true;
            }
        }
        return false;
    }

    private static boolean framing(String name) {
        return name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("Transfer-Encoding")
                || name.equalsIgnoreCase("Connection") || name.equalsIgnoreCase("Date");
    }

    private static boolean safe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == 0) {
                return false;
            }
        }
        return true;
    }

    /** The IMF-fixdate of the current second, formatted once per second. */
    private String date() {
        long second = Math.floorDiv(clock.millis(), 1000);
        CachedDate cached = date;
        if (cached.second != second) {
            cached = new CachedDate(second, IMF_FIXDATE.format(Instant.ofEpochSecond(second)));
            date = cached;
        }
        return cached.text;
    }

    private record CachedDate(long second, String text) {
    }

    /**
     * @param status an HTTP status
     * @return its reason phrase (RFC 9110 §15), or {@code "Status"} for one without
     */
    public static String reason(int status) {
        return switch (status) {
            case 100 -> "Continue";
            case 200 -> "OK";
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 204 -> "No Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 303 -> "See Other";
            case 304 -> "Not Modified";
            case 307 -> "Temporary Redirect";
            case 308 -> "Permanent Redirect";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 417 -> "Expectation Failed";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Status";
        };
    }
}
