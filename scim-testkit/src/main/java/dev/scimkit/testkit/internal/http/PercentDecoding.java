package dev.scimkit.testkit.internal.http;

import dev.scimkit.core.ScimException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Percent-decoding of URI path segments (RFC 3986: {@code +} stays a plus) and of query components
 * ({@code application/x-www-form-urlencoded}: {@code +} is a space). Decoded bytes must be UTF-8.
 */
public final class PercentDecoding {

    private PercentDecoding() {
    }

    /**
     * Splits a raw path into decoded segments, so an encoded {@code %2F} stays inside its segment.
     *
     * @param rawPath the raw (encoded) path, starting with {@code /}
     * @return the decoded segments, without empty ones
     * @throws ScimException 400 if an escape is malformed or not UTF-8
     */
    public static List<String> pathSegments(String rawPath) {
        List<String> segments = new ArrayList<>();
        int start = rawPath.startsWith("/") ? 1 : 0;
        while (start <= rawPath.length()) {
            int slash = rawPath.indexOf('/', start);
            int end = slash < 0 ? rawPath.length() : slash;
            if (end > start) {
                segments.add(decode(rawPath.substring(start, end), false));
            }
            if (slash < 0) {
                break;
            }
            start = slash + 1;
        }
        return segments;
    }

    /**
     * Parses a raw query string into decoded parameters; a repeated name keeps its first value.
     *
     * @param rawQuery the raw query, or {@code null}
     * @return the parameters by name (as sent), in order
     * @throws ScimException 400 if an escape is malformed or not UTF-8
     */
    public static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), true);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), true);
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    /**
     * Decodes one component.
     *
     * @param text       the encoded text
     * @param plusIsSpace whether {@code +} means a space (query components)
     * @return the decoded text
     * @throws ScimException 400 if an escape is malformed or the bytes are not UTF-8
     */
    public static String decode(String text, boolean plusIsSpace) {
        if (text.indexOf('%') < 0 && !(plusIsSpace && text.indexOf('+') >= 0)) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw malformed(text, i);
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw malformed(text, i);
                }
                bytes.write((high << 4) | low);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ScimException.badRequest(ScimException.INVALID_VALUE,
                    "percent-encoded text '" + text + "' is not UTF-8");
        }
    }

    private static ScimException malformed(String text, int index) {
        return ScimException.badRequest(ScimException.INVALID_VALUE,
                "malformed percent escape at position " + index + " of '" + text + "'");
    }
}
