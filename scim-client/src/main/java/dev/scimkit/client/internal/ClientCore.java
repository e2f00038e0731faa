package dev.scimkit.client.internal;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.JsonLimits;
import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * What every resource endpoint of one client needs: the pipeline, the base URI, and how response
 * bodies are parsed.
 */
public final class ClientCore {

    private final Pipeline pipeline;
    private final String base;
    private final JsonLimits responseLimits;
    private final boolean zoomCompatibility;
    private final Clock clock;

    /**
     * @param pipeline          the request pipeline
     * @param baseUri           the SCIM base, e.g. {@code https://api.zoom.us/scim2}
     * @param maxResponseBytes  the response size cap (also bounds JSON parsing)
     * @param zoomCompatibility whether filters Zoom does not support are rejected before sending
     * @param clock             the time source
     */
    public ClientCore(Pipeline pipeline, URI baseUri, long maxResponseBytes, boolean zoomCompatibility, Clock clock) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline is null");
        String text = baseUri.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.responseLimits = JsonLimits.defaults().withMaxChars(maxResponseBytes);
        this.zoomCompatibility = zoomCompatibility;
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    /** @return the time source */
    public Clock clock() {
        return clock;
    }

    /** @return the pipeline */
    public Pipeline pipeline() {
        return pipeline;
    }

    /** @return whether Zoom-compatibility mode is on */
    public boolean zoomCompatibility() {
        return zoomCompatibility;
    }

    /**
     * @param resourcePath {@code Users} or {@code Groups}
     * @param id           a resource id, or {@code null} for the collection
     * @param query        an encoded query string without {@code ?}, or {@code null}
     * @return the absolute URI, the id percent-encoded as one path segment
     */
    public URI uri(String resourcePath, String id, String query) {
        StringBuilder out = new StringBuilder(base.length() + 64).append(base).append('/').append(resourcePath);
        if (id != null) {
            out.append('/').append(UriPolicy.encode(id));
        }
        if (query != null && !query.isEmpty()) {
            out.append('?').append(query);
        }
        return URI.create(out.toString());
    }

    /**
     * @param response a response
     * @return its body as a JSON object
     * @throws ScimException 502 naming the request when the body is not a JSON object
     */
    public JsonObject json(ScimResponse response) {
        try {
            return ScimJson.parseObject(response.body(), responseLimits);
        } catch (ScimException e) {
            throw new dev.scimkit.client.ScimClientException(502, e.scimType(),
                    "the server's response is not a usable JSON object: " + e.detail(),
                    response.request().describe(), e);
        }
    }

    /**
     * Decodes a response body, turning a body the decoder rejects into a 502 naming the request.
     *
     * @param response a response
     * @param decoder  reads the UTF-8 body, e.g. {@code User::parse}
     * @param <T>      the result type
     * @return the decoded body
     * @throws dev.scimkit.client.ScimClientException 502 when the body cannot be decoded
     */
    public <T> T decode(ScimResponse response, java.util.function.Function<byte[], T> decoder) {
        try {
            return decoder.apply(response.body());
        } catch (ScimException e) {
            throw new dev.scimkit.client.ScimClientException(502, e.scimType(),
                    "the server's response is not a usable JSON object: " + e.detail(),
                    response.request().describe(), e);
        }
    }

    /**
     * @param value a JSON value to send
     * @return its UTF-8 bytes
     */
    public static byte[] bytes(JsonValue value) {
        return ScimJson.writeBytes(value);
    }

    /**
     * @param request the request
     * @return the successful response
     */
    public CompletableFuture<ScimResponse> send(ScimRequest request) {
        return pipeline.execute(request);
    }
}
