package dev.scimkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.User;
import dev.scimkit.testkit.ZoomScimFake;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Multi-tenant tools: OAuth app" example, compiled and run against the fake. */
class OAuthAppReadmeExampleTest {

    private static final String CLIENT_ID = "readme-client-id";
    private static final String CLIENT_SECRET = "readme-client-secret";

    /** What the tool's redirect endpoint receives. */
    record Callback(String code, String state) {
    }

    @Test
    void readmeExample_authorizesAndProvisionsTheFirstUser(@TempDir Path dir) throws Exception {
        String clientId = CLIENT_ID;
        String clientSecret = CLIENT_SECRET;
        try (ZoomScimFake fake = ZoomScimFake.builder()
                .oauthApp(CLIENT_ID, CLIENT_SECRET, URI.create("https://tool.example.com/zoom/callback")).start()) {
            // README:begin
            ZoomOAuthApp app = ZoomOAuthApp.builder()
                    .clientId(clientId).clientSecret(clientSecret)
                    .redirectUri(URI.create("https://tool.example.com/zoom/callback"))   // as registered at Zoom
                    .tokenStore(OAuthTokenStore.file(dir.resolve("zoom-tokens.json")))   // one file, many accounts
                    .authorizeUri(fake.oauthAuthorizeUri()).tokenUri(fake.oauthTokenUri())  // omit both for zoom.us
                    .build()
                    .forAccount("acme");                            // your key for this customer's Zoom account
            AuthorizationRequest request = app.authorizationRequest();  // keep it until the callback
            Callback callback = adminConsents(request.uri());       // redirect the customer's Zoom admin there;
                                                                    // Zoom redirects back with code and state
            if (!request.hasState(callback.state())) {
                throw new IllegalStateException("callback for another authorization");
            }
            app.exchange(callback.code(), request);                 // tokens saved before their first use
            ZoomScimClient zoom = ZoomScimClient.builder().baseUri(fake.baseUri()).tokenProvider(app).build();
            User jill = zoom.users().create(User.builder().userName("jill@example.com").build());
            // README:end
            assertThat(fake.user(jill.id())).isPresent();
            assertThat(OAuthTokenStore.file(dir.resolve("zoom-tokens.json")).accountKeys()).containsExactly("acme");
        }
    }

    @Test
    void readme_containsTheExampleVerbatim() {
        ReadmeSnippets.assertReadmeContainsExampleOf("src/test/java/dev/scimkit/client/OAuthAppReadmeExampleTest.java");
    }

    /** The admin's browser: the fake consents at once and answers with the redirect. */
    private static Callback adminConsents(URI consentPage) throws IOException, InterruptedException {
        HttpResponse<Void> redirect = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(consentPage).timeout(Duration.ofSeconds(20)).build(),
                        HttpResponse.BodyHandlers.discarding());
        Map<String, String> query = new HashMap<>();
        for (String pair : URI.create(redirect.headers().firstValue("Location").orElseThrow()).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return new Callback(query.get("code"), query.get("state"));
    }
}
