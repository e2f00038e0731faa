package dev.scimkit.testkit.internal.conformance;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.testkit.conformance.Exchange;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Raw SCIM over {@code java.net.http}: JSON in, JSON out, bearer token from a supplier, nothing
 * interpreted. Every exchange is returned as printable text without the {@code Authorization} header.
 */
final class ScimWire {

    static final String SCIM_JSON = "application/scim+json";

    private final HttpClient client;
    private final String base;
    private final Supplier<String> token;
    private final Duration timeout;

    ScimWire(HttpClient client, URI baseUri, Supplier<String> token, Duration timeout) {
        this.client = client;
        String text = baseUri.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.token = token;
        this.timeout = timeout;
    }

    Response get(String path) {
        return send("GET", path, null, token.get());
    }

    Response post(String path, JsonValue body) {
        return send("POST", path, body, token.get());
    }

    Response put(String path, JsonValue body) {
        return send("PUT", path, body, token.get());
    }

    Response patch(String path, JsonValue body) {
        return send("PATCH", path, body, token.get());
    }

    Response delete(String path) {
        return send("DELETE", path, null, token.get());
    }

    Response getWithToken(String path, String bearer) {
        return send("GET", path, null, bearer);
    }

    /** @return {@code /Users/<id>} with the id percent-encoded as a path segment */
    static String item(String collection, String id) {
        return collection + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** @return {@code value} encoded for a query parameter */
    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Response send(String method, String path, JsonValue body, String bearer) {
        String uri = base + path;
        String requestBody = body == null ? "" : ScimJson.write(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                .timeout(timeout)
                .header("Accept", SCIM_JSON)
                .header("Authorization", "Bearer " + bearer)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(requestBody, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", SCIM_JSON);
        }
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Exchange exchange = new Exchange(method, uri, requestBody, response.statusCode(), response.body());
            return new Response(response.statusCode(), response.body(), exchange);
        } catch (IOException e) {
            throw new CheckFailure("no response: " + e, new Exchange(method, uri, requestBody, 0,
                    String.valueOf(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CheckFailure("interrupted while waiting for a response", new Exchange(method, uri,
                    requestBody, 0, ""));
        }
    }
}
