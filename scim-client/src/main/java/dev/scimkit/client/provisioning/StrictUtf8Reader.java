package dev.scimkit.client.provisioning;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Decodes UTF-8 and fails on the first malformed byte sequence instead of replacing it (as
 * {@code InputStreamReader} does): the characters before it are delivered first, so the reader's
 * consumer knows where in the text the bad bytes sit.
 */
final class StrictUtf8Reader extends Reader {

    /** Raised once every character before the malformed bytes was read. */
    static final class MalformedUtf8Exception extends IOException {

        private static final long serialVersionUID = 1L;

        private final long byteOffset;
        private final String bytes;

        MalformedUtf8Exception(long byteOffset, String bytes) {
            super("invalid UTF-8 at byte offset " + byteOffset + " (" + bytes + ")");
            this.byteOffset = byteOffset;
            this.bytes = bytes;
        }

        long byteOffset() {
            return byteOffset;
        }

        String bytes() {
            return bytes;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    /** File offset of {@code bytes}' index 0. */
    private long base;
    private boolean endOfInput;
    private boolean flushed;
    private MalformedUtf8Exception pending;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (pending != null) {
            throw pending;
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (out.position() == offset) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                int at = bytes.position();
                byte[] bad = new byte[Math.min(result.length(), bytes.remaining())];
                bytes.get(at, bad);
                pending = new MalformedUtf8Exception(base + at, HexFormat.ofDelimiter(" ").withPrefix("0x").formatHex(bad));
                break;
            }
            if (result.isOverflow()) {
                break;
            }
            if (endOfInput) {
                if (!flushed) {
                    decoder.flush(out);
                    flushed = true;
                }
                break;
            }
            fill();
        }
        int produced = out.position() - offset;
        if (produced == 0) {
            if (pending != null) {
                throw pending;
            }
            return -1;
        }
        return produced;
    }

    private void fill() throws IOException {
        base += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
