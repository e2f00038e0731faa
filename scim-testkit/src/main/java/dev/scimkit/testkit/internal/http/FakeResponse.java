package dev.scimkit.testkit.internal.http;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.dialect.Dialect;
import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One response the fake sends: status, headers and body bytes. Immutable apart from
 * {@link #withHeader}, which returns a copy.
 *
 * @param status  the HTTP status
 * @param headers the headers to send (besides Content-Length)
 * @param body    the body bytes, empty for none
 */
public record FakeResponse(int status, Map<String, String> headers, byte[] body) {

    /** The SCIM media type. */
    public static final String SCIM_JSON = "application/scim+json;charset=UTF-8";
    /** Plain JSON, as Zoom answers. */
    public static final String JSON = "application/json;charset=UTF-8";

    private static final byte[] EMPTY = new byte[0];

    /** Checks nulls and copies the headers. */
    public FakeResponse {
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers is null"));
        Objects.requireNonNull(body, "body is null");
    }

    /**
     * @param status      the status
     * @param contentType the media type
     * @param json        the body
     * @return a JSON response
     */
    public static FakeResponse json(int status, String contentType, JsonValue json) {
        return new FakeResponse(status, Map.of("Content-Type", contentType), ScimJson.writeBytes(json));
    }

    /**
     * @param status      the status
     * @param contentType the media type
     * @param bytes       the already serialised body
     * @return a JSON response
     */
    public static FakeResponse bytes(int status, String contentType, byte[] bytes) {
        return new FakeResponse(status, Map.of("Content-Type", contentType), bytes);
    }

    /** @return a 204 without body */
    public static FakeResponse noContent() {
        return new FakeResponse(204, Map.of(), EMPTY);
    }

    /**
     * @param error       the error
     * @param contentType the media type
     * @param dialect     whose envelope: Zoom's (numeric {@code status}, no {@code scimType}) or RFC
     *                    7644 §3.12's (string {@code status}), {@link Dialect#numericErrorStatus()}
     * @return the SCIM error response
     */
    public static FakeResponse error(ScimException error, String contentType, Dialect dialect) {
        return json(error.status(), contentType, dialect.numericErrorStatus() ? error.toZoomJson() : error.toJson());
    }

    /**
     * @param name  a header name
     * @param value its value
     * @return a copy with the header set
     */
    public FakeResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new FakeResponse(status, copy, body);
    }

    /** @return the body as UTF-8 text */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
