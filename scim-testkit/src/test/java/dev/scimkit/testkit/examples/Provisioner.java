package dev.scimkit.testkit.examples;

import dev.scimkit.core.User;
import dev.scimkit.core.json.ScimJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Stands for "your provisioning code" in the README example: creates a user over SCIM. */
final class Provisioner {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final URI baseUri;
    private final String token;

    Provisioner(URI baseUri, String token) {
        this.baseUri = baseUri;
        this.token = token;
    }

    /** Creates the user and returns the id the service assigned. */
    String provision(User user) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUri + "/Users"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/scim+json")
                .POST(HttpRequest.BodyPublishers.ofString(user.toJsonString()))
                .build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IOException("provisioning failed with HTTP " + response.statusCode());
        }
        return ScimJson.parseObject(response.body()).getString("id");
    }
}
