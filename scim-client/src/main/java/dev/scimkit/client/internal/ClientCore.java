package dev.scimkit.client.internal;

import dev.scimkit.client.InvalidResponseException;
import dev.scimkit.core.ListResponse;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.JsonLimits;
import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

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
     * @throws InvalidResponseException when the body is not a JSON object
     */
    public JsonObject json(ScimResponse response) {
        return decode(response, body -> ScimJson.parseObject(body, responseLimits));
    }

    /**
     * @param response a response carrying a ListResponse
     * @param decoder  reads one element of {@code Resources}
     * @param <T>      the resource type
     * @return the page
     * @throws InvalidResponseException when the body is not a ListResponse of such resources
     */
    public <T> ListResponse<T> listResponse(ScimResponse response, Function<JsonObject, T> decoder) {
        return decode(response, body -> ListResponse.fromJson(ScimJson.parseObject(body, responseLimits), decoder));
    }

    /**
     * Decodes a response body; a body the decoder rejects is an {@link InvalidResponseException}
     * naming the request, the defect and, for a change the server accepted, that it took effect.
     *
     * @param response a response
     * @param decoder  reads the UTF-8 body, e.g. {@code User::parse}
     * @param <T>      the result type
     * @return the decoded body
     * @throws InvalidResponseException when the body cannot be decoded
     */
    public <T> T decode(ScimResponse response, Function<byte[], T> decoder) {
        try {
            return decoder.apply(response.body());
        } catch (ScimException e) {
            throw new InvalidResponseException(response.status(), e.scimType(),
                    "the server's response is not a usable " + what(response) + ": " + e.detail()
                            + SendStage.outcome(response.request(), response.status()),
                    response.request().describe(), e);
        }
    }

    private static String what(ScimResponse response) {
        return response.body().length == 0 ? "JSON object (the body is empty)" : "JSON object";
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
