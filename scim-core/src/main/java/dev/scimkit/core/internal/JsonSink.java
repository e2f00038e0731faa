package dev.scimkit.core.internal;

import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Where an encoder writes: either a tree of JSON-P builders ({@link #tree()}) or a streaming JSON-P
 * generator ({@link #text()}). One encoder, two outputs, no double work. Keys are {@code null}
 * inside arrays and for the root.
 */
public abstract class JsonSink {

    private static final JsonGeneratorFactory GENERATORS = ScimJson.provider().createGeneratorFactory(Map.of());

    /** @param key the member name, or {@code null} in an array or at the root */
    public abstract void startObject(String key);

    /** @param key the member name, or {@code null} in an array */
    public abstract void startArray(String key);

    /** Ends the innermost object or array. */
    public abstract void end();

    /**
     * @param key   the member name, or {@code null} in an array
     * @param value the string
     */
    public abstract void string(String key, String value);

    /**
     * @param key   the member name, or {@code null} in an array
     * @param value the boolean
     */
    public abstract void bool(String key, boolean value);

    /**
     * @param key   the member name, or {@code null} in an array
     * @param value any JSON value
     */
    public abstract void value(String key, JsonValue value);

    /** @return a sink that builds a {@link JsonObject}; read it with {@link TreeSink#result()} */
    public static TreeSink tree() {
        return new TreeSink();
    }

    /** @return a sink that writes compact JSON text; read it with {@link TextSink#result()} */
    public static TextSink text() {
        return new TextSink();
    }

    /** Builds a JSON-P object tree. */
    public static final class TreeSink extends JsonSink {
        private final Deque<Object> builders = new ArrayDeque<>();
        private final Deque<String> keys = new ArrayDeque<>();
        private JsonObject result;

        private TreeSink() {
        }

        @Override
        public void startObject(String key) {
            keys.push(key == null ? "" : key);
            builders.push(ScimJson.builders().createObjectBuilder());
        }

        @Override
        public void startArray(String key) {
            keys.push(key == null ? "" : key);
            builders.push(ScimJson.builders().createArrayBuilder());
        }

        @Override
        public void end() {
            Object top = builders.pop();
            String key = keys.pop();
            JsonValue built = top instanceof JsonObjectBuilder object
                    ? object.build() : ((JsonArrayBuilder) top).build();
            if (builders.isEmpty()) {
                result = built.asJsonObject();
            } else {
                value(key, built);
            }
        }

        @Override
        public void string(String key, String value) {
            Object top = builders.peek();
            if (top instanceof JsonObjectBuilder object) {
                object.add(key, value);
            } else {
                ((JsonArrayBuilder) top).add(value);
            }
        }

        @Override
        public void bool(String key, boolean value) {
            Object top = builders.peek();
            if (top instanceof JsonObjectBuilder object) {
                object.add(key, value);
            } else {
                ((JsonArrayBuilder) top).add(value);
            }
        }

        @Override
        public void value(String key, JsonValue value) {
            Object top = builders.peek();
            if (top instanceof JsonObjectBuilder object) {
                object.add(key, value);
            } else {
                ((JsonArrayBuilder) top).add(value);
            }
        }

        /** @return the object built */
        public JsonObject result() {
            return result;
        }
    }

    /** Streams compact JSON text. */
    public static final class TextSink extends JsonSink {
        private final StringWriter out = new StringWriter(1024);
        private final JsonGenerator generator = GENERATORS.createGenerator(out);

        private TextSink() {
        }

        @Override
        public void startObject(String key) {
            if (key == null) {
                generator.writeStartObject();
            } else {
                generator.writeStartObject(key);
            }
        }

        @Override
        public void startArray(String key) {
            if (key == null) {
                generator.writeStartArray();
            } else {
                generator.writeStartArray(key);
            }
        }

        @Override
        public void end() {
            generator.writeEnd();
        }

        @Override
        public void string(String key, String value) {
            if (key == null) {
                generator.write(value);
            } else {
                generator.write(key, value);
            }
        }

        @Override
        public void bool(String key, boolean value) {
            if (key == null) {
                generator.write(value);
            } else {
                generator.write(key, value);
            }
        }

        @Override
        public void value(String key, JsonValue value) {
            if (key == null) {
                generator.write(value);
            } else {
                generator.write(key, value);
            }
        }

        /** @return the text written */
        public String result() {
            generator.close();
            return out.toString();
        }
    }
}
