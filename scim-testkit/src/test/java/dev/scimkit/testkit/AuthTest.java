package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthTest {

    private final ManualClock clock = ManualClock.at(Instant.parse("2026-03-01T00:00:00Z"));
    private final ZoomScimFake fake = ZoomScimFake.builder().clock(clock).token("static-token")
            .oauthClient("acct-1", "client-1", "secret-1").tokenTtl(Duration.ofHours(1)).start();

    @AfterEach
    void close() {
        fake.close();
    }

    private HttpResponse<String> tokenRequest(String query, String clientId, String secret) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fake.oauthTokenUri() + query))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (clientId != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        }
        return Http.send(request.build());
    }

    private String issueToken() {
        HttpResponse<String> response = tokenRequest("?grant_type=account_credentials&account_id=acct-1",
                "client-1", "secret-1");
        assertThat(response.statusCode()).isEqualTo(200);
        return Http.json(response).getString("access_token");
    }

    @Test
    void request_withoutAuthorizationIs401WithScimBody() {
        HttpResponse<String> response = Http.to(fake).withToken(null).get("/Users");

        assertThat(response.statusCode()).isEqualTo(401);
        JsonObject error = Http.json(response);
        assertThat(error.getInt("status")).isEqualTo(401);
        assertThat(error.getJsonArray("schemas").getString(0)).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
    }

    @Test
    void request_withWrongTokenIs401() {
        HttpResponse<String> response = Http.to(fake).withToken("static-tokeX").get("/Users");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Http.json(response).getString("detail")).isEqualTo("Invalid access token.");
    }

    @Test
    void request_withStaticTokenIsServed() {
        assertThat(Http.to(fake).get("/Users").statusCode()).isEqualTo(200);
        assertThat(fake.token()).isEqualTo("static-token");
    }

    @Test
    void oauth_issuesZoomShapedTokenAcceptedByScim2() {
        HttpResponse<String> response = tokenRequest("?grant_type=account_credentials&account_id=acct-1",
                "client-1", "secret-1");

        JsonObject body = Http.json(response);
        assertThat(body.getString("token_type")).isEqualTo("bearer");
        assertThat(body.getInt("expires_in")).isEqualTo(3600);
        assertThat(body.getString("scope")).isEqualTo("scim2");
        assertThat(Http.to(fake).withToken(body.getString("access_token")).get("/Users").statusCode()).isEqualTo(200);
    }

    @Test
    void oauth_acceptsParametersAsFormBody() {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(fake.oauthTokenUri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("client-1:secret-1".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=account_credentials&account_id=acct-1"))
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void oauth_rejectsWrongCredentialsGrantAndAccount() {
        HttpResponse<String> wrongSecret = tokenRequest("?grant_type=account_credentials&account_id=acct-1",
                "client-1", "nope");
        HttpResponse<String> noBasic = tokenRequest("?grant_type=account_credentials&account_id=acct-1", null, null);
        HttpResponse<String> wrongGrant = tokenRequest("?grant_type=client_credentials&account_id=acct-1",
                "client-1", "secret-1");
        HttpResponse<String> wrongAccount = tokenRequest("?grant_type=account_credentials&account_id=other",
                "client-1", "secret-1");

        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(Http.json(wrongSecret).getString("error")).isEqualTo("invalid_client");
        assertThat(noBasic.statusCode()).isEqualTo(401);
        assertThat(wrongGrant.statusCode()).isEqualTo(400);
        assertThat(Http.json(wrongGrant).getString("error")).isEqualTo("unsupported_grant_type");
        assertThat(wrongAccount.statusCode()).isEqualTo(400);
        assertThat(Http.json(wrongAccount).getString("reason")).isEqualTo("Invalid account_id");
    }

    @Test
    void oauth_tokenExpiresAfterTtlByTheClock() {
        String token = issueToken();
        clock.advance(Duration.ofMinutes(59));
        assertThat(Http.to(fake).withToken(token).get("/Users").statusCode()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(1));
        HttpResponse<String> expired = Http.to(fake).withToken(token).get("/Users");

        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(Http.json(expired).getString("detail")).isEqualTo("Access token is expired.");
    }

    @Test
    void expireAllTokens_expiresIssuedAndStaticTokensButNotLaterOnes() {
        String early = issueToken();

        fake.expireAllTokens();
        String late = issueToken();

        assertThat(Http.to(fake).withToken(early).get("/Users").statusCode()).isEqualTo(401);
        assertThat(Http.to(fake).get("/Users").statusCode()).isEqualTo(401);
        assertThat(Http.to(fake).withToken(late).get("/Users").statusCode()).isEqualTo(200);
        fake.reset();
        assertThat(Http.to(fake).get("/Users").statusCode()).isEqualTo(200);
    }

    @Test
    void oauth_withoutConfiguredClientRefusesEveryone() {
        try (ZoomScimFake plain = ZoomScimFake.start()) {
            HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(plain.oauthTokenUri()
                            + "?grant_type=account_credentials&account_id=a"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("a:b".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.noBody()).build());

            assertThat(response.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void journal_neverRecordsAuthorizationOrIssuedTokens() throws InterruptedException {
        issueToken();
        Http.to(fake).get("/Users");

        RecordedRequest tokenCall = fake.takeRequest();
        RecordedRequest scimCall = fake.takeRequest();

        assertThat(tokenCall.header("Authorization")).isEmpty();
        assertThat(tokenCall.responseBody()).contains("<redacted>").doesNotContain(Http.json(
                tokenRequest("?grant_type=account_credentials&account_id=acct-1", "client-1", "secret-1"))
                .getString("access_token"));
        assertThat(scimCall.headers()).doesNotContainKey("authorization");
        assertThat(scimCall.toString()).doesNotContain("static-token");
    }
}
