package dev.scimkit.core.internal;

import dev.scimkit.core.ScimException;
import java.io.CharArrayReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a whole UTF-8 JSON document up front, strictly: a malformed or truncated byte sequence is
 * a 400 {@code invalidSyntax} naming its byte offset, never a silent U+FFFD (RFC 8259 §8.1 requires
 * UTF-8; a replaced character would change the data). One decode of the array is also much faster
 * than the parser's own {@code InputStreamReader}. A leading byte order mark is skipped.
 */
public final class StrictUtf8 {

    private StrictUtf8() {
    }

    /**
     * @param utf8 the document's bytes
     * @return a reader over the decoded characters, after any byte order mark
     * @throws ScimException 400 {@code invalidSyntax} if the bytes are not well-formed UTF-8
     */
    public static Reader reader(byte[] utf8) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(utf8);
        // UTF-8 never decodes to more chars than bytes
        CharBuffer out = CharBuffer.allocate(utf8.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw ScimException.invalidSyntax("the JSON document is not valid UTF-8: " + describe(result)
                    + " at byte offset " + in.position());
        }
        if (result.isOverflow()) {
            // cannot happen (see the allocation above); fail closed rather than truncate
            throw ScimException.invalidSyntax("the JSON document could not be decoded as UTF-8");
        }
        char[] array = out.array();
        int end = out.position();
        int start = end > 0 && array[0] == '\uFEFF' ? 1 : 0; // a byte order mark is not part of the JSON text
        return new CharArrayReader(array, start, end - start);
    }

    private static String describe(CoderResult result) {
        String kind = result.isMalformed() ? "malformed" : "unmappable";
        try {
            result.throwException();
        } catch (CharacterCodingException e) {
            return kind + " sequence of " + result.length() + " byte" + (result.length() == 1 ? "" : "s");
        }
        return kind + " input";
    }
}
