package dev.scimkit.testkit;

import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A tiny java.net.http wrapper for talking to the fake in tests. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final URI base;
    private final String token;

    Http(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    static Http to(ZoomScimFake fake) {
        return new Http(fake.baseUri(), fake.token());
    }

    Http withToken(String other) {
        return new Http(base, other);
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null);
    }

    HttpResponse<String> post(String path, String body) {
        return send("POST", path, body);
    }

    HttpResponse<String> put(String path, String body) {
        return send("PUT", path, body);
    }

    HttpResponse<String> patch(String path, String body) {
        return send("PATCH", path, body);
    }

    HttpResponse<String> delete(String path) {
        return send("DELETE", path, null);
    }

    HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject json(HttpResponse<String> response) {
        return ScimJson.parseObject(response.body());
    }

    static String user(String userName) {
        return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"" + userName
                + "\",\"name\":{\"givenName\":\"Given\",\"familyName\":\"Family\"},"
                + "\"emails\":[{\"type\":\"work\",\"value\":\"" + userName + "\",\"primary\":true}]}";
    }
}
