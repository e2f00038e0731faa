package dev.scimkit.core;

import dev.scimkit.core.json.JsonLimits;
import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads JSON fixtures from the test class path. */
public final class Fixtures {

    private Fixtures() {
    }

    /** @param path a resource path such as {@code rfc7643/8.2-full-user.json} @return its bytes */
    public static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param path a resource path @return the parsed JSON value */
    public static JsonValue json(String path) {
        return ScimJson.parse(bytes(path), JsonLimits.defaults());
    }

    /** @param path a resource path @return the parsed JSON object */
    public static JsonObject object(String path) {
        return json(path).asJsonObject();
    }
}
