package dev.scimkit.core.json;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.internal.JsonCursor;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON codec every scimkit module uses: one JSON-P provider and its factories, created once,
 * and a parser for untrusted input that never fails with anything but a {@link ScimException}.
 *
 * <p>Parsing is iterative (no recursion), so nesting cannot overflow the stack; the depth and size
 * bounds of {@link JsonLimits} are checked as the document is read. A malformed document yields a
 * 400 {@code invalidSyntax} naming the line, column and offset (bytes that are not UTF-8: the byte
 * offset; an empty member name, which no SCIM message has, counts as malformed); a number no
 * {@code BigDecimal} can hold (over 1,100 characters, or an exponent beyond the {@code int} range) a
 * 400 {@code invalidValue}; an oversized document a 413.
 */
public final class ScimJson {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());
    private static final JsonWriterFactory WRITERS = PROVIDER.createWriterFactory(Map.of());

    private ScimJson() {
    }

    /** @return the shared JSON-P provider (Parsson) */
    public static JsonProvider provider() {
        return PROVIDER;
    }

    /** @return the shared builder factory; use it instead of {@code Json.createObjectBuilder()} */
    public static JsonBuilderFactory builders() {
        return BUILDERS;
    }

    /**
     * Parses a JSON object with the default limits.
     *
     * @param text the document
     * @return the parsed object
     * @throws ScimException 400 {@code invalidSyntax} if the text is not one JSON object; 413 if too large
     */
    public static JsonObject parseObject(String text) {
        return parseObject(text, JsonLimits.defaults());
    }

    /**
     * Parses a JSON object.
     *
     * @param text   the document
     * @param limits the bounds to enforce
     * @return the parsed object
     * @throws ScimException 400 {@code invalidSyntax} if the text is not one JSON object; 413 if too large
     */
    public static JsonObject parseObject(String text, JsonLimits limits) {
        return asObject(parse(text, limits));
    }

    /**
     * Parses a UTF-8 encoded JSON object with the default limits.
     *
     * @param utf8 the document
     * @return the parsed object
     * @throws ScimException 400 {@code invalidSyntax} if the bytes are not one JSON object; 413 if too large
     */
    public static JsonObject parseObject(byte[] utf8) {
        return parseObject(utf8, JsonLimits.defaults());
    }

    /**
     * Parses a UTF-8 encoded JSON object.
     *
     * @param utf8   the document
     * @param limits the bounds to enforce
     * @return the parsed object
     * @throws ScimException 400 {@code invalidSyntax} if the bytes are not one JSON object; 413 if too large
     */
    public static JsonObject parseObject(byte[] utf8, JsonLimits limits) {
        return asObject(parse(utf8, limits));
    }

    /**
     * Parses any JSON value.
     *
     * @param text   the document
     * @param limits the bounds to enforce
     * @return the parsed value
     * @throws ScimException 400 {@code invalidSyntax} if malformed (an empty member name included);
     *                       400 {@code invalidValue} for a number no {@code BigDecimal} holds; 413 if too large
     */
    public static JsonValue parse(String text, JsonLimits limits) {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(limits, "limits is null");
        try (JsonCursor cursor = JsonCursor.of(text, limits)) {
            return cursor.document();
        }
    }

    /**
     * Parses any UTF-8 encoded JSON value.
     *
     * @param utf8   the document
     * @param limits the bounds to enforce
     * @return the parsed value
     * @throws ScimException 400 {@code invalidSyntax} if malformed (bytes that are not UTF-8 and an
     *                       empty member name included); 400 {@code invalidValue} for a number no
     *                       {@code BigDecimal} holds; 413 if too large
     */
    public static JsonValue parse(byte[] utf8, JsonLimits limits) {
        Objects.requireNonNull(utf8, "utf8 is null");
        Objects.requireNonNull(limits, "limits is null");
        try (JsonCursor cursor = JsonCursor.of(utf8, limits)) {
            return cursor.document();
        }
    }

    /**
     * Writes a value as compact JSON text.
     *
     * @param value the value
     * @return its JSON text
     */
    public static String write(JsonValue value) {
        Objects.requireNonNull(value, "value is null");
        StringWriter out = new StringWriter(256);
        try (var writer = WRITERS.createWriter(out)) {
            writer.write(value);
        }
        return out.toString();
    }

    /**
     * Writes a value as compact UTF-8 JSON.
     *
     * @param value the value
     * @return its UTF-8 bytes
     */
    public static byte[] writeBytes(JsonValue value) {
        Objects.requireNonNull(value, "value is null");
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (var writer = WRITERS.createWriter(out, StandardCharsets.UTF_8)) {
            writer.write(value);
        }
        return out.toByteArray();
    }

    private static JsonObject asObject(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ScimException.invalidSyntax("expected a JSON object but the document is a JSON "
                    + value.getValueType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return value.asJsonObject();
    }
}
