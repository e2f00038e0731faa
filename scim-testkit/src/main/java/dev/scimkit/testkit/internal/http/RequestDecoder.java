package dev.scimkit.testkit.internal.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An incremental HTTP/1.1 request decoder (RFC 9112) for one connection: fed whatever bytes have
 * arrived, it reports when a request is complete, so no thread ever waits for a slow peer. Heads are
 * bounded in bytes and fields, bodies (by {@code Content-Length} or {@code chunked}) in bytes; every
 * malformed input is a {@link ProtocolException} with a 4xx status, never anything else.
 *
 * <p>The caller keeps unconsumed bytes at the buffer's position between calls (compacting is fine): the
 * head is consumed only once complete, the body as it arrives, and bytes after a complete request are
 * left for the next one (pipelining). Not thread-safe; one instance per connection.
 */
public final class RequestDecoder {

    /** What {@link #decode} found. */
    public enum Progress {
        /** More bytes are needed. */
        NEED_MORE,
        /** The head asks for {@code 100 Continue} before the client sends its body; call again after sending it. */
        SEND_CONTINUE,
        /** A request is complete: {@link #take()} it. */
        COMPLETE
    }

    private enum Stage { HEAD, FIXED_BODY, CHUNK_SIZE, CHUNK_DATA, CHUNK_DATA_END, TRAILERS, COMPLETE }

    /** Longest chunk-size line (size, extensions, CRLF) accepted. */
    private static final int MAX_CHUNK_LINE = 4096;
    private static final int INITIAL_BODY = 16 * 1024;
    private static final byte[] EMPTY = new byte[0];
    private static final boolean[] TCHAR = new boolean[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            TCHAR[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            TCHAR[c] = true;
            TCHAR[Character.toUpperCase(c)] = true;
        }
        for (char c : "!#$%&'*+-.^_`|~".toCharArray()) {
            TCHAR[c] = true;
        }
    }

    private final WireLimits limits;

    private Stage stage = Stage.HEAD;
    private int scanned;            // head bytes scanned so far, from the buffer's position
    private int lineStart;          // start of the current head line, from the buffer's position
    private int lines;              // complete head lines so far (the request line included)
    private boolean methodEnded;    // a space was seen on the request line
    private int blankPrefix;        // blank lines skipped before the request line
    private boolean continueOffered;

    private String method;
    private String target;
    private int minorVersion;
    private Map<String, List<String>> headers;
    private boolean keepAlive;
    private boolean expectContinue;

    private byte[] body = EMPTY;
    private int bodyLength;
    private long remaining;
    private int trailerBytes;
    private int trailerLines;

    /** @param limits head, header and body bounds */
    public RequestDecoder(WireLimits limits) {
        this.limits = limits;
    }

    /**
     * Consumes what it can from {@code in} (position to limit; a heap buffer).
     *
     * @param in the bytes received and not yet consumed
     * @return what was found
     * @throws ProtocolException when the request is malformed or over a bound (the connection must close)
     */
    public Progress decode(ByteBuffer in) {
        while (true) {
            switch (stage) {
                case HEAD -> {
                    if (!decodeHead(in)) {
                        return Progress.NEED_MORE;
                    }
                    if (offerContinue(in)) {
                        return Progress.SEND_CONTINUE;
                    }
                }
                case FIXED_BODY -> {
                    copyBody(in);
                    if (remaining > 0) {
                        return Progress.NEED_MORE;
                    }
                    stage = Stage.COMPLETE;
                }
                case CHUNK_SIZE -> {
                    if (!chunkSize(in)) {
                        return Progress.NEED_MORE;
                    }
                }
                case CHUNK_DATA -> {
                    copyBody(in);
                    if (remaining > 0) {
                        return Progress.NEED_MORE;
                    }
                    stage = Stage.CHUNK_DATA_END;
                }
                case CHUNK_DATA_END -> {
                    if (!lineEnd(in)) {
                        return Progress.NEED_MORE;
                    }
                    stage = Stage.CHUNK_SIZE;
                }
                case TRAILERS -> {
                    if (!trailers(in)) {
                        return Progress.NEED_MORE;
                    }
                    stage = Stage.COMPLETE;
                }
                case COMPLETE -> {
                    return Progress.COMPLETE;
                }
                default -> throw new IllegalStateException(stage.name());
            }
        }
    }

    /**
     * @return the complete request; the decoder is then ready for the next one
     * @throws IllegalStateException if no request is complete
     */
    public WireRequest take() {
        if (stage != Stage.COMPLETE) {
            throw new IllegalStateException("no complete request");
        }
        byte[] bytes = bodyLength == body.length ? body : Arrays.copyOf(body, bodyLength);
        WireRequest request = new WireRequest(method, target, minorVersion, headers, bytes, keepAlive);
        reset();
        return request;
    }

    /** @return whether part of a request has been consumed or scanned (its read deadline is running) */
    public boolean inProgress() {
        return stage != Stage.HEAD || scanned > 0 || blankPrefix > 0;
    }

    /**
     * @return what is known of the request being decoded (method, target and headers once parsed, no
     *         body), for recording a rejected request; {@code null} before its head was parsed
     */
    public WireRequest partial() {
        if (method == null) {
            return null;
        }
        return new WireRequest(method, target, minorVersion, headers == null ? Map.of() : headers, EMPTY, false);
    }

    private void reset() {
        stage = Stage.HEAD;
        scanned = 0;
        lineStart = 0;
        lines = 0;
        methodEnded = false;
        blankPrefix = 0;
        continueOffered = false;
        method = null;
        target = null;
        headers = null;
        keepAlive = false;
        expectContinue = false;
        body = EMPTY;
        bodyLength = 0;
        remaining = 0;
        trailerBytes = 0;
        trailerLines = 0;
    }

    // ------------------------------------------------------------------------------------------- head

    /** Scans for the blank line ending the head; parses it when found. */
    private boolean decodeHead(ByteBuffer in) {
        byte[] a = in.array();
        int base = in.arrayOffset() + in.position();
        int end = in.arrayOffset() + in.limit();
        if (lines == 0 && scanned == 0 && !skipBlankLines(in)) {
            return false;
        }
        base = in.arrayOffset() + in.position();
        for (int i = base + scanned; i < end; i++) {
            byte b = a[i];
            if (b == '\n') {
                int length = i - (base + lineStart);
                if (length == 0 || length == 1 && a[i - 1] == '\r') {
                    if (i + 1 - base > limits.maxHeadBytes()) {
                        throw headTooLarge();
                    }
                    parseHead(a, base, i + 1);
                    in.position(in.position() + (i + 1 - base));
                    return true;
                }
                lines++;
                if (lines > limits.maxHeaderCount() + 1) {
                    throw new ProtocolException(431, "The request has more than " + limits.maxHeaderCount()
                            + " header fields.");
                }
                lineStart = i + 1 - base;
            } else if (lines == 0 && !methodEnded) {
                if (b == ' ') {
                    methodEnded = true;
                } else if (b < 0 || !TCHAR[b]) {
                    throw malformedRequestLine();
                }
            }
            if (i + 1 - base > limits.maxHeadBytes()) {
                scanned = i + 1 - base;
                throw headTooLarge();
            }
        }
        scanned = end - base;
        return false;
    }

    /** RFC 9112 §2.2: empty lines before the request line are ignored (up to a bound). */
    private boolean skipBlankLines(ByteBuffer in) {
        byte[] a = in.array();
        int offset = in.arrayOffset();
        int p = offset + in.position();
        int end = offset + in.limit();
        while (p < end) {
            if (a[p] == '\n') {
                p++;
                blankPrefix++;
            } else if (a[p] == '\r') {
                if (p + 1 >= end) {
                    break;
                }
                if (a[p + 1] != '\n') {
                    throw malformedRequestLine();
                }
                p += 2;
                blankPrefix++;
            } else {
                in.position(p - offset);
                return true;
            }
            if (blankPrefix > 16) {
                throw new ProtocolException(400, "The request starts with too many empty lines.");
            }
        }
        in.position(p - offset);
        return false;
    }

    private ProtocolException headTooLarge() {
        return lines == 0
                ? new ProtocolException(414, "The request line exceeds " + limits.maxHeadBytes() + " bytes.")
                : new ProtocolException(431, "The request head exceeds " + limits.maxHeadBytes() + " bytes.");
    }

    private static ProtocolException malformedRequestLine() {
        return new ProtocolException(400, "Malformed request line; expected 'METHOD /path HTTP/1.1'.");
    }

    private void parseHead(byte[] a, int from, int to) {
        List<int[]> fieldLines = new ArrayList<>();
        int lineFrom = from;
        for (int i = from; i < to; i++) {
            if (a[i] == '\n') {
                int lineTo = i > lineFrom && a[i - 1] == '\r' ? i - 1 : i;
                if (lineTo > lineFrom) {
                    fieldLines.add(new int[] {lineFrom, lineTo});
                }
                lineFrom = i + 1;
            }
        }
        int[] requestLine = fieldLines.get(0);
        parseRequestLine(a, requestLine[0], requestLine[1]);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 1; i < fieldLines.size(); i++) {
            parseField(a, fieldLines.get(i)[0], fieldLines.get(i)[1], fields);
        }
        headers = fields;
        interpretFields();
    }

    private void parseRequestLine(byte[] a, int from, int to) {
        int firstSpace = indexOf(a, from, to, (byte) ' ');
        int secondSpace = firstSpace < 0 ? -1 : indexOf(a, firstSpace + 1, to, (byte) ' ');
        if (firstSpace <= from || secondSpace < 0 || secondSpace == firstSpace + 1
                || indexOf(a, secondSpace + 1, to, (byte) ' ') >= 0) {
            throw malformedRequestLine();
        }
        for (int i = firstSpace + 1; i < secondSpace; i++) {
            if (a[i] <= 0x20 || a[i] >= 0x7f) {
                throw new ProtocolException(400, "The request target may hold only visible ASCII characters;"
                        + " percent-encode others.");
            }
        }
        minorVersion = version(ascii(a, secondSpace + 1, to));
        target = originForm(ascii(a, firstSpace + 1, secondSpace));
        method = ascii(a, from, firstSpace);    // set last: partial() needs a whole request line
    }

    private static int version(String version) {
        if (version.length() != 8 || !version.startsWith("HTTP/") || version.charAt(6) != '.'
                || !isDigit(version.charAt(5)) || !isDigit(version.charAt(7))) {
            throw malformedRequestLine();
        }
        if (version.charAt(5) != '1') {
            throw new ProtocolException(400, version + " is not supported; the fake speaks HTTP/1.1.");
        }
        return version.charAt(7) == '0' ? 0 : 1;
    }

    /** Origin form ({@code /p?q}), absolute form (RFC 9112 §3.2.2, reduced to its path) or {@code *}. */
    private static String originForm(String target) {
        if (target.indexOf('#') >= 0) {
            throw new ProtocolException(400, "The request target must not contain a fragment ('#').");
        }
        if (target.startsWith("/") || target.equals("*")) {
            return target;
        }
        String lower = target.toLowerCase(Locale.ROOT);
        int authority = lower.startsWith("http://") ? 7 : lower.startsWith("https://") ? 8 : -1;
        if (authority < 0) {
            throw new ProtocolException(400, "The request target must start with '/' (or be an absolute URI).");
        }
        int slash = target.indexOf('/', authority);
        int query = target.indexOf('?', authority);
        if (slash < 0 || query >= 0 && query < slash) {
            return query < 0 ? "/" : "/" + target.substring(query);
        }
        return target.substring(slash);
    }

    private static void parseField(byte[] a, int from, int to, Map<String, List<String>> fields) {
        if (a[from] == ' ' || a[from] == '\t') {
            throw new ProtocolException(400, "Obsolete header line folding is not accepted.");
        }
        int colon = indexOf(a, from, to, (byte) ':');
        if (colon <= from) {
            throw new ProtocolException(400, "Malformed header field line; expected 'Name: value'.");
        }
        for (int i = from; i < colon; i++) {
            if (a[i] < 0 || !TCHAR[a[i]]) {
                throw new ProtocolException(400, "Malformed header field name '" + printable(a, from, colon) + "'.");
            }
        }
        int valueFrom = colon + 1;
        int valueTo = to;
        while (valueFrom < valueTo && (a[valueFrom] == ' ' || a[valueFrom] == '\t')) {
            valueFrom++;
        }
        while (valueTo > valueFrom && (a[valueTo - 1] == ' ' || a[valueTo - 1] == '\t')) {
            valueTo--;
        }
        for (int i = valueFrom; i < valueTo; i++) {
            int b = a[i] & 0xff;
            if (b < 0x20 && b != '\t' || b == 0x7f) {
                throw new ProtocolException(400, "The value of header field '" + printable(a, from, colon)
                        + "' contains a control character.");
            }
        }
        String name = ascii(a, from, colon).toLowerCase(Locale.ROOT);
        String value = new String(a, valueFrom, valueTo - valueFrom, StandardCharsets.ISO_8859_1);
        fields.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
    }

    /** Framing (RFC 9112 §6), persistence (§9.3) and expectations (RFC 9110 §10.1.1). */
    private void interpretFields() {
        List<String> transferEncoding = headers.get("transfer-encoding");
        List<String> contentLength = headers.get("content-length");
        List<String> connection = headers.get("connection");
        keepAlive = minorVersion == 1 ? !hasToken(connection, "close")
                : hasToken(connection, "keep-alive") && !hasToken(connection, "close");
        List<String> expect = headers.get("expect");
        if (expect != null) {
            if (expect.size() != 1 || !expect.get(0).equalsIgnoreCase("100-continue")) {
                throw new ProtocolException(417, "Only 'Expect: 100-continue' is supported.");
            }
            expectContinue = minorVersion == 1;
        }
        if (transferEncoding != null) {
            if (contentLength != null) {
                throw new ProtocolException(400, "A request must not have both Transfer-Encoding and Content-Length.");
            }
            if (minorVersion == 0) {
                throw new ProtocolException(400, "Transfer-Encoding is not allowed in an HTTP/1.0 request.");
            }
            if (transferEncoding.size() != 1 || !transferEncoding.get(0).equalsIgnoreCase("chunked")) {
                throw new ProtocolException(400, "Unsupported Transfer-Encoding '" + String.join(", ", transferEncoding)
                        + "'; only 'chunked' is accepted.");
            }
            stage = Stage.CHUNK_SIZE;
            return;
        }
        long length = contentLength == null ? 0 : contentLength(contentLength);
        if (length > limits.maxBodyBytes()) {
            throw tooLarge();
        }
        remaining = length;
        body = length == 0 ? EMPTY : new byte[(int) Math.min(length, INITIAL_BODY)];
        stage = length == 0 ? Stage.COMPLETE : Stage.FIXED_BODY;
    }

    /** Repeated or comma-separated values must all be the same number (RFC 9110 §8.6). */
    private long contentLength(List<String> values) {
        String first = null;
        for (String value : values) {
            for (String part : value.split(",", -1)) {
                String digits = part.strip();
                if (digits.isEmpty() || !digits.chars().allMatch(RequestDecoder::isDigit)) {
                    throw new ProtocolException(400, "Content-Length '" + value + "' is not a number.");
                }
                if (first != null && !first.equals(digits)) {
                    throw new ProtocolException(400, "Conflicting Content-Length values " + values + ".");
                }
                first = digits;
            }
        }
        String digits = first.replaceFirst("^0+(?=.)", "");
        return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    private ProtocolException tooLarge() {
        return new ProtocolException(413, "The request body exceeds the limit of " + limits.maxBodyBytes()
                + " bytes.");
    }

    private boolean offerContinue(ByteBuffer in) {
        if (!expectContinue || continueOffered || stage == Stage.COMPLETE) {
            return false;
        }
        continueOffered = true;
        boolean bodyArrived = stage == Stage.FIXED_BODY ? in.remaining() >= remaining : in.hasRemaining();
        return !bodyArrived;
    }

    // ------------------------------------------------------------------------------------------- body

    private void copyBody(ByteBuffer in) {
        int n = (int) Math.min(remaining, in.remaining());
        if (n == 0) {
            return;
        }
        if (bodyLength + n > body.length) {
            // grow by doubling, never past the declared length (fixed) or the limit (chunked)
            long cap = stage == Stage.FIXED_BODY ? bodyLength + remaining : limits.maxBodyBytes();
            long doubled = Math.min(cap, Math.max(INITIAL_BODY, 2L * body.length));
            body = Arrays.copyOf(body, (int) Math.max(bodyLength + n, doubled));
        }
        in.get(body, bodyLength, n);
        bodyLength += n;
        remaining -= n;
    }

    /** {@code chunk-size [ BWS ; chunk-ext ] CRLF} (RFC 9112 §7.1); extensions are ignored. */
    private boolean chunkSize(ByteBuffer in) {
        int lineEnd = findLineEnd(in, MAX_CHUNK_LINE, "chunk size line");
        if (lineEnd < 0) {
            return false;
        }
        byte[] a = in.array();
        int from = in.arrayOffset() + in.position();
        int to = in.arrayOffset() + lineEnd;
        int contentTo = to > from && a[to - 1] == '\r' ? to - 1 : to;
        long size = 0;
        int i = from;
        for (; i < contentTo && Character.digit(a[i], 16) >= 0; i++) {
            size = size * 16 + Character.digit(a[i], 16);
            if (size > limits.maxBodyBytes()) {
                throw tooLarge();
            }
        }
        if (i == from) {
            throw badChunk("a chunk size must be hexadecimal digits");
        }
        while (i < contentTo && (a[i] == ' ' || a[i] == '\t')) {
            i++;
        }
        if (i < contentTo && a[i] != ';') {
            throw badChunk("unexpected '" + printable(a, i, i + 1) + "' after the chunk size");
        }
        for (; i < contentTo; i++) {
            if ((a[i] & 0xff) < 0x20 && a[i] != '\t' || a[i] == 0x7f) {
                throw badChunk("control character in a chunk extension");
            }
        }
        in.position(lineEnd + 1);
        if (size == 0) {
            stage = Stage.TRAILERS;
            return true;
        }
        if (bodyLength + size > limits.maxBodyBytes()) {
            throw tooLarge();
        }
        remaining = size;
        stage = Stage.CHUNK_DATA;
        return true;
    }

    private boolean lineEnd(ByteBuffer in) {
        if (!in.hasRemaining()) {
            return false;
        }
        byte first = in.get(in.position());
        if (first == '\n') {
            in.position(in.position() + 1);
            return true;
        }
        if (first != '\r') {
            throw badChunk("chunk data is longer than its size");
        }
        if (in.remaining() < 2) {
            return false;
        }
        if (in.get(in.position() + 1) != '\n') {
            throw badChunk("chunk data is longer than its size");
        }
        in.position(in.position() + 2);
        return true;
    }

    /** Trailer fields are read to their end, bounded like the head, and ignored. */
    private boolean trailers(ByteBuffer in) {
        while (true) {
            int lineEnd = findLineEnd(in, limits.maxHeadBytes() - trailerBytes, "trailer section");
            if (lineEnd < 0) {
                return false;
            }
            byte[] a = in.array();
            int from = in.arrayOffset() + in.position();
            int to = in.arrayOffset() + lineEnd;
            int contentTo = to > from && a[to - 1] == '\r' ? to - 1 : to;
            trailerBytes += lineEnd + 1 - in.position();
            in.position(lineEnd + 1);
            if (contentTo == from) {
                return true;
            }
            if (++trailerLines > limits.maxHeaderCount()) {
                throw new ProtocolException(431, "The request has more than " + limits.maxHeaderCount()
                        + " trailer fields.");
            }
            parseField(a, from, contentTo, new LinkedHashMap<>());
        }
    }

    /**
     * @return the buffer index of the next {@code \n} within {@code bound} bytes, or -1 if more bytes are needed
     * @throws ProtocolException if no line end is within the bound, or a bare CR is found
     */
    private static int findLineEnd(ByteBuffer in, int bound, String what) {
        int end = Math.min(in.limit(), in.position() + Math.max(bound, 0));
        for (int i = in.position(); i < end; i++) {
            byte b = in.get(i);
            if (b == '\n') {
                return i;
            }
            if (b == '\r' && i + 1 < in.limit() && in.get(i + 1) != '\n') {
                throw badChunk("bare CR in the " + what);
            }
        }
        if (in.limit() - in.position() >= bound) {
            throw what.equals("trailer section")
                    ? new ProtocolException(431, "The trailer section is too large.")
                    : badChunk("the " + what + " is too long");
        }
        return -1;
    }

    private static ProtocolException badChunk(String detail) {
        return new ProtocolException(400, "Malformed chunked body: " + detail + ".");
    }

    // ------------------------------------------------------------------------------------------- bytes

    private static boolean hasToken(List<String> values, String token) {
        if (values == null) {
            return false;
        }
        for (String value : values) {
            for (String part : value.split(",")) {
                if (part.strip().equalsIgnoreCase(token)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static int indexOf(byte[] a, int from, int to, byte b) {
        for (int i = from; i < to; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static String ascii(byte[] a, int from, int to) {
        return new String(a, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** At most 40 characters of untrusted input, control characters shown as {@code ?}, for messages. */
    private static String printable(byte[] a, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < Math.min(to, from + 40); i++) {
            int b = a[i] & 0xff;
            text.append(b < 0x20 || b >= 0x7f ? '?' : (char) b);
        }
        return to - from > 40 ? text + "…" : text.toString();
    }
}
