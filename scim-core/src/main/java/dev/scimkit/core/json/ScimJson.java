package dev.scimkit.core.json;

import dev.scimkit.core.ScimException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The JSON codec every scimkit module uses: one JSON-P provider and its factories, created once,
 * and a parser for untrusted input that never fails with anything but a {@link ScimException}.
 *
 * <p>Parsing is iterative (no recursion), so nesting cannot overflow the stack; the depth and size
 * bounds of {@link JsonLimits} are checked as the document is read. A malformed document yields a
 * 400 {@code invalidSyntax} naming the line, column and offset; an oversized one a 413.
 */
public final class ScimJson {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());
    private static final JsonParserFactory PARSERS = PROVIDER.createParserFactory(Map.of());
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
     * @throws ScimException 400 {@code invalidSyntax} if malformed; 413 if too large
     */
    public static JsonValue parse(String text, JsonLimits limits) {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(limits, "limits is null");
        if (text.length() > limits.maxChars()) {
            throw tooLarge(text.length(), limits);
        }
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            return read(parser, limits);
        }
    }

    /**
     * Parses any UTF-8 encoded JSON value.
     *
     * @param utf8   the document
     * @param limits the bounds to enforce
     * @return the parsed value
     * @throws ScimException 400 {@code invalidSyntax} if malformed; 413 if too large
     */
    public static JsonValue parse(byte[] utf8, JsonLimits limits) {
        Objects.requireNonNull(utf8, "utf8 is null");
        Objects.requireNonNull(limits, "limits is null");
        if (utf8.length > limits.maxChars()) {
            throw tooLarge(utf8.length, limits);
        }
        try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(utf8), StandardCharsets.UTF_8)) {
            return read(parser, limits);
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

    private static ScimException tooLarge(long size, JsonLimits limits) {
        return new ScimException(413, null, "JSON document of " + size + " characters exceeds the limit of "
                + limits.maxChars() + " characters");
    }

    /** Builds the value event by event with an explicit stack, so depth never touches the call stack. */
    private static JsonValue read(JsonParser parser, JsonLimits limits) {
        Deque<Object> builders = new ArrayDeque<>();   // JsonObjectBuilder or JsonArrayBuilder
        Deque<String> keys = new ArrayDeque<>();
        String pendingKey = null;
        JsonValue result = null;
        try {
            if (!parser.hasNext()) {
                throw ScimException.invalidSyntax("empty JSON document");
            }
            while (parser.hasNext()) {
                if (result != null) {
                    parser.next();
                    throw syntax("unexpected content after the end of the JSON value", parser.getLocation());
                }
                JsonParser.Event event = parser.next();
                JsonValue completed = null;
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (builders.size() + 1 > limits.maxDepth()) {
                            throw ScimException.invalidSyntax("JSON nesting deeper than " + limits.maxDepth()
                                    + " levels at " + where(parser.getLocation()));
                        }
                        keys.push(pendingKey == null ? "" : pendingKey);
                        pendingKey = null;
                        builders.push(event == JsonParser.Event.START_OBJECT
                                ? BUILDERS.createObjectBuilder() : BUILDERS.createArrayBuilder());
                    }
                    case KEY_NAME -> pendingKey = parser.getString();
                    case END_OBJECT -> {
                        completed = ((JsonObjectBuilder) builders.pop()).build();
                        pendingKey = emptyToNull(keys.pop());
                    }
                    case END_ARRAY -> {
                        completed = ((JsonArrayBuilder) builders.pop()).build();
                        pendingKey = emptyToNull(keys.pop());
                    }
                    default -> completed = parser.getValue();
                }
                if (completed != null) {
                    if (builders.isEmpty()) {
                        result = completed;
                    } else if (builders.peek() instanceof JsonObjectBuilder object) {
                        object.add(pendingKey, completed);
                        pendingKey = null;
                    } else {
                        ((JsonArrayBuilder) builders.peek()).add(completed);
                    }
                }
            }
            if (result == null) {
                throw ScimException.invalidSyntax("JSON document ends before the value is complete");
            }
            return result;
        } catch (JsonParsingException e) {
            throw syntax(e.getMessage(), e.getLocation());
        } catch (JsonException | NoSuchElementException | IllegalStateException | NumberFormatException
                 | ArithmeticException e) {
            throw syntax("malformed JSON: " + e.getMessage(), safeLocation(parser));
        }
    }

    private static String emptyToNull(String key) {
        return key.isEmpty() ? null : key;
    }

    private static JsonLocation safeLocation(JsonParser parser) {
        try {
            return parser.getLocation();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static ScimException syntax(String problem, JsonLocation location) {
        String message = problem == null ? "malformed JSON" : problem;
        return location == null
                ? ScimException.invalidSyntax(message)
                : ScimException.invalidSyntax(message + " (at " + where(location) + ")");
    }

    private static String where(JsonLocation location) {
        return "line " + location.getLineNumber() + ", column " + location.getColumnNumber()
                + ", offset " + location.getStreamOffset();
    }
}
