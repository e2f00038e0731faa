package dev.scimkit.core.internal;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.JsonLimits;
import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A pull cursor over JSON-P parser events that enforces {@link JsonLimits} and turns every parser
 * failure into a {@link ScimException}. Models decode straight from its events, so the same code
 * reads untrusted bytes and in-memory {@link JsonObject}s. Not thread-safe; close after use.
 */
public final class JsonCursor implements AutoCloseable {

    private static final JsonParserFactory PARSERS = ScimJson.provider().createParserFactory(Map.of());
    /** Parsson's limit on the characters of one number (its default {@code maxBigDecimalLength}). */
    private static final int MAX_NUMBER_CHARS = 1100;

    private final JsonParser parser;
    private final JsonLimits limits;
    private final boolean positions;
    private int depth;
    private Event current;
    private String key;

    private JsonCursor(JsonParser parser, JsonLimits limits, boolean positions) {
        this.parser = parser;
        this.limits = limits;
        this.positions = positions;
    }

    /**
     * @param utf8   a UTF-8 JSON document
     * @param limits the bounds to enforce
     * @return a cursor before the first event
     * @throws ScimException 413 if the document is larger than the limit
     */
    public static JsonCursor of(byte[] utf8, JsonLimits limits) {
        Objects.requireNonNull(utf8, "utf8 is null");
        checkSize(utf8.length, limits);
        return new JsonCursor(PARSERS.createParser(StrictUtf8.reader(utf8)), limits, true);
    }

    /**
     * @param text   a JSON document
     * @param limits the bounds to enforce
     * @return a cursor before the first event
     * @throws ScimException 413 if the document is larger than the limit
     */
    public static JsonCursor of(String text, JsonLimits limits) {
        Objects.requireNonNull(text, "text is null");
        checkSize(text.length(), limits);
        return new JsonCursor(PARSERS.createParser(new StringReader(text)), limits, true);
    }

    /**
     * @param object an in-memory object
     * @param limits the bounds to enforce (depth only)
     * @return a cursor before the object's {@code START_OBJECT}
     */
    public static JsonCursor of(JsonObject object, JsonLimits limits) {
        Objects.requireNonNull(object, "json is null");
        return new JsonCursor(PARSERS.createParser(object), limits, false);
    }

    private static void checkSize(long size, JsonLimits limits) {
        if (size > limits.maxChars()) {
            throw new ScimException(413, null, "JSON document of " + size + " characters exceeds the limit of "
                    + limits.maxChars() + " characters");
        }
    }

    /**
     * @return the next event
     * @throws ScimException 400 {@code invalidSyntax} if the JSON is malformed, ends early or nests too deep
     */
    public Event next() {
        Event event;
        try {
            if (!parser.hasNext()) {
                throw ScimException.invalidSyntax("JSON document ends before the value is complete");
            }
            event = parser.next();
        } catch (JsonParsingException e) {
            throw syntax(e.getMessage(), e.getLocation());
        } catch (JsonException | NoSuchElementException | IllegalStateException | NumberFormatException
                 | ArithmeticException e) {
            throw syntax("malformed JSON: " + e.getMessage(), location());
        }
        current = event;
        switch (event) {
            case KEY_NAME -> {
                key = parser.getString();
                if (key.isEmpty()) {
                    // RFC 7643 §2.1: attribute names start with a letter; no SCIM message has an empty member name
                    throw syntax("empty member name \"\"", location());
                }
            }
            case START_OBJECT, START_ARRAY -> {
                if (++depth > limits.maxDepth()) {
                    throw syntax("JSON nesting deeper than " + limits.maxDepth() + " levels", location());
                }
            }
            case END_OBJECT, END_ARRAY -> depth--;
            default -> {
                // scalars and keys do not change the depth
            }
        }
        return event;
    }

    /**
     * Checks that the document has ended.
     *
     * @throws ScimException 400 {@code invalidSyntax} if anything follows the value
     */
    public void expectEnd() {
        boolean more;
        try {
            more = parser.hasNext();
            if (more) {
                parser.next();
            }
        } catch (JsonParsingException e) {
            throw syntax(e.getMessage(), e.getLocation());
        } catch (JsonException | NoSuchElementException | IllegalStateException e) {
            throw syntax("malformed JSON: " + e.getMessage(), location());
        }
        if (more) {
            throw syntax("unexpected content after the end of the JSON value", location());
        }
    }

    /** @return the current key or string value */
    public String string() {
        return current == Event.KEY_NAME ? key : parser.getString();
    }

    /**
     * @return the current scalar value (string, number, true, false or null)
     * @throws ScimException 400 {@code invalidValue} for a number no {@code BigDecimal} can hold
     *                       (more than 1,100 characters, or an exponent beyond ±2³¹)
     */
    public JsonValue scalar() {
        try {
            if (positions) {
                return parser.getValue();
            }
            // the in-memory parser of JSON-P does not implement getValue(); rebuild the scalar
            return switch (current) {
                case VALUE_STRING -> ScimJson.provider().createValue(parser.getString());
                case VALUE_NUMBER -> ScimJson.provider().createValue(parser.getBigDecimal());
                case VALUE_TRUE -> JsonValue.TRUE;
                case VALUE_FALSE -> JsonValue.FALSE;
                case VALUE_NULL -> JsonValue.NULL;
                default -> throw new IllegalStateException("no scalar at " + current);
            };
        } catch (NumberFormatException | ArithmeticException | UnsupportedOperationException e) {
            // Parsson refuses numbers over 1,100 characters (UnsupportedOperationException); BigDecimal
            // refuses exponents beyond the int range (NumberFormatException)
            throw invalidNumber(e instanceof UnsupportedOperationException);
        }
    }

    private ScimException invalidNumber(boolean tooLong) {
        String text;
        try {
            text = parser.getString();
        } catch (RuntimeException e) {
            text = "";
        }
        String shown = text.length() > 24 ? text.substring(0, 24) + "… (" + text.length() + " characters)" : text;
        JsonLocation location = positions ? location() : null;
        String why = tooLong ? "it has more than " + MAX_NUMBER_CHARS + " characters"
                : "its exponent is beyond ±" + Integer.MAX_VALUE;
        return ScimException.invalidValue("the number " + shown + " is out of range: " + why
                + (location == null ? "" : " (at " + where(location) + ")"));
    }

    /**
     * Reads the whole document as one value and checks that nothing follows it.
     *
     * @return the value
     * @throws ScimException 400 if the JSON is malformed, empty, too deep or followed by more content
     */
    public JsonValue document() {
        JsonValue value = value(next());
        expectEnd();
        return value;
    }

    /**
     * Reads the value that starts with {@code first}, building nested objects and arrays iteratively.
     *
     * @param first the value's first event (already consumed)
     * @return the value
     * @throws ScimException 400 if the JSON is malformed or too deep
     */
    public JsonValue value(Event first) {
        if (first != Event.START_OBJECT && first != Event.START_ARRAY) {
            return scalar();
        }
        Deque<Object> builders = new ArrayDeque<>();
        Deque<String> keys = new ArrayDeque<>();
        builders.push(first == Event.START_OBJECT
                ? ScimJson.builders().createObjectBuilder() : ScimJson.builders().createArrayBuilder());
        String member = null;
        while (true) {
            Event event = next();
            JsonValue completed;
            switch (event) {
                case KEY_NAME -> {
                    member = key;
                    continue;
                }
                case START_OBJECT, START_ARRAY -> {
                    keys.push(member == null ? "" : member);
                    member = null;
                    builders.push(event == Event.START_OBJECT
                            ? ScimJson.builders().createObjectBuilder() : ScimJson.builders().createArrayBuilder());
                    continue;
                }
                case END_OBJECT -> completed = ((JsonObjectBuilder) builders.pop()).build();
                case END_ARRAY -> completed = ((JsonArrayBuilder) builders.pop()).build();
                default -> completed = scalar();
            }
            if (event == Event.END_OBJECT || event == Event.END_ARRAY) {
                if (builders.isEmpty()) {
                    return completed;
                }
                member = keys.pop();
            }
            if (builders.peek() instanceof JsonObjectBuilder object) {
                object.add(member, completed);
                member = null;
            } else {
                ((JsonArrayBuilder) builders.peek()).add(completed);
            }
        }
    }

    /**
     * An error about a value, naming the attribute path and, for text input, where it is.
     *
     * @param path    the attribute path, e.g. {@code emails[1].value}
     * @param problem what is wrong
     * @return the exception (400 {@code invalidValue})
     */
    public ScimException invalidValue(String path, String problem) {
        JsonLocation location = positions ? location() : null;
        return ScimException.invalidValue(path + ": " + problem
                + (location == null ? "" : " (at " + where(location) + ")"));
    }

    /**
     * @param event an event that starts or is a value
     * @return a readable name of the JSON type, e.g. {@code "a number"}
     */
    public static String describe(Event event) {
        return switch (event) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> event.name().toLowerCase(Locale.ROOT);
        };
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (JsonException e) {
            // nothing was written; a failure to release the parser's buffers changes nothing
        }
    }

    private JsonLocation location() {
        try {
            return parser.getLocation();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static ScimException syntax(String problem, JsonLocation location) {
        String message = problem == null ? "malformed JSON" : problem;
        return location == null || location.getStreamOffset() < 0
                ? ScimException.invalidSyntax(message)
                : ScimException.invalidSyntax(message + " (at " + where(location) + ")");
    }

    private static String where(JsonLocation location) {
        return "line " + location.getLineNumber() + ", column " + location.getColumnNumber()
                + ", offset " + location.getStreamOffset();
    }
}
