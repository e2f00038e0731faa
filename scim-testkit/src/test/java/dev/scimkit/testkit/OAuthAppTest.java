package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake's OAuth app endpoints over raw HTTP: authorize, code exchange, rotation, revocation. */
class OAuthAppTest {

    private static final String CLIENT_ID = "app-client";
    private static final String SECRET = "app-secret-value";
    private static final URI REDIRECT = URI.create("https://tool.example.com/zoom/callback");
    private static final String VERIFIER = "verifier-0123456789-0123456789-0123456789-abcdef";

    private final ManualClock clock = ManualClock.at(Instant.parse("2026-03-01T00:00:00Z"));
    private final ZoomScimFake fake = ZoomScimFake.builder().clock(clock).oauthApp(CLIENT_ID, SECRET, REDIRECT).start();

    @AfterEach
    void close() {
        fake.close();
    }

    private static String challenge(String verifier) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    }

    private HttpResponse<String> authorize(String query) {
        return Http.send(HttpRequest.newBuilder(URI.create(fake.oauthAuthorizeUri() + "?" + query)).GET().build());
    }

    /** Approves an authorization request with PKCE S256 and returns the code from the redirect. */
    private String code() throws Exception {
        HttpResponse<String> response = authorize("response_type=code&client_id=" + CLIENT_ID + "&redirect_uri="
                + encode(REDIRECT.toString()) + "&state=s1&code_challenge=" + challenge(VERIFIER)
                + "&code_challenge_method=S256");
        assertThat(response.statusCode()).isEqualTo(302);
        return query(URI.create(response.headers().firstValue("Location").orElseThrow())).get("code");
    }

    private HttpResponse<String> token(String clientSecret, String... form) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < form.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(form[i]).append('=').append(encode(form[i + 1]));
        }
        return Http.send(HttpRequest.newBuilder(fake.oauthTokenUri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((CLIENT_ID + ":" + clientSecret).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    private HttpResponse<String> exchange(String code, String redirect, String verifier) {
        return token(SECRET, "grant_type", "authorization_code", "code", code, "redirect_uri", redirect,
                "code_verifier", verifier);
    }

    private HttpResponse<String> refresh(String refreshToken) {
        return token(SECRET, "grant_type", "refresh_token", "refresh_token", refreshToken);
    }

    private static void assertZoomError(HttpResponse<String> response, int status, String error, int code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonObject body = Http.json(response);
        assertThat(body.getString("error")).isEqualTo(error);
        assertThat(body.getInt("errorCode")).isEqualTo(code);
        assertThat(body.getString("reason")).isNotBlank();
    }

    private int scimStatus(String accessToken) {
        return Http.to(fake).withToken(accessToken).get("/Users").statusCode();
    }

    @Test
    void authorize_approvesAndRedirectsWithCodeAndState() throws Exception {
        HttpResponse<String> response = authorize("response_type=code&client_id=" + CLIENT_ID + "&redirect_uri="
                + encode(REDIRECT.toString()) + "&state=" + encode("a b&c") + "&code_challenge=" + challenge(VERIFIER)
                + "&code_challenge_method=S256");

        assertThat(response.statusCode()).isEqualTo(302);
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        assertThat(location.getScheme() + "://" + location.getHost() + location.getPath())
                .isEqualTo(REDIRECT.toString());
        assertThat(query(location)).containsEntry("state", "a b&c").containsKey("code");
        assertThat(query(location).get("code")).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void authorize_wrongRedirectUriOrClient_isAnsweredWithoutRedirect() {
        HttpResponse<String> wrongRedirect = authorize("response_type=code&client_id=" + CLIENT_ID
                + "&redirect_uri=" + encode("https://evil.example.com/cb") + "&state=s");
        HttpResponse<String> wrongClient = authorize("response_type=code&client_id=other&redirect_uri="
                + encode(REDIRECT.toString()));

        assertZoomError(wrongRedirect, 400, "invalid_grant", 4709);
        assertThat(wrongRedirect.headers().firstValue("Location")).isEmpty();
        assertZoomError(wrongClient, 400, "invalid_client", 4702);
    }

    @Test
    void authorize_badResponseTypeOrChallengeMethod_redirectsWithError() {
        HttpResponse<String> token = authorize("response_type=token&client_id=" + CLIENT_ID + "&redirect_uri="
                + encode(REDIRECT.toString()) + "&state=s");
        HttpResponse<String> method = authorize("response_type=code&client_id=" + CLIENT_ID + "&redirect_uri="
                + encode(REDIRECT.toString()) + "&code_challenge=" + "x".repeat(43) + "&code_challenge_method=S512");

        assertThat(query(URI.create(token.headers().firstValue("Location").orElseThrow())))
                .containsEntry("error", "unsupported_response_type").containsEntry("state", "s");
        assertThat(query(URI.create(method.headers().firstValue("Location").orElseThrow())))
                .containsEntry("error", "invalid_request").doesNotContainKey("code");
    }

    @Test
    void exchange_issuesRotatingRefreshTokenAndAccessTokenThatServesScim() throws Exception {
        HttpResponse<String> response = exchange(code(), REDIRECT.toString(), VERIFIER);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject body = Http.json(response);
        assertThat(body.getString("token_type")).isEqualTo("bearer");
        assertThat(body.getInt("expires_in")).isEqualTo(3600);
        assertThat(body.getString("refresh_token")).isNotEqualTo(body.getString("access_token"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(scimStatus(body.getString("access_token"))).isEqualTo(200);
    }

    @Test
    void exchange_codeUsedTwice_isRefused4734() throws Exception {
        String code = code();
        assertThat(exchange(code, REDIRECT.toString(), VERIFIER).statusCode()).isEqualTo(200);

        assertZoomError(exchange(code, REDIRECT.toString(), VERIFIER), 400, "invalid_grant", 4734);
    }

    @Test
    void exchange_wrongRedirectUri_isRefused4709_andConsumesTheCode() throws Exception {
        String code = code();

        assertZoomError(exchange(code, "https://tool.example.com/other", VERIFIER), 400, "invalid_grant", 4709);
        assertZoomError(exchange(code, REDIRECT.toString(), VERIFIER), 400, "invalid_grant", 4734);
    }

    @Test
    void exchange_wrongOrMissingPkceVerifier_isRefused4734() throws Exception {
        assertZoomError(exchange(code(), REDIRECT.toString(), VERIFIER.replace('a', 'b')), 400, "invalid_grant", 4734);
        assertZoomError(token(SECRET, "grant_type", "authorization_code", "code", code(), "redirect_uri",
                REDIRECT.toString()), 400, "invalid_grant", 4734);
    }

    @Test
    void exchange_afterFiveMinutesOnTheFakesClock_isRefused4733() throws Exception {
        String code = code();
        clock.advance(Duration.ofMinutes(5));

        assertZoomError(exchange(code, REDIRECT.toString(), VERIFIER), 400, "invalid_grant", 4733);
    }

    @Test
    void exchange_wrongSecretOrMissingGrantType_isRefused() throws Exception {
        assertZoomError(token("wrong", "grant_type", "authorization_code", "code", code()), 401, "invalid_client", 4702);
        assertZoomError(token(SECRET, "code", "x"), 400, "invalid_request", 4706);
        assertZoomError(token(SECRET, "grant_type", "password"), 400, "unsupported_grant_type", 4705);
    }

    @Test
    void refresh_rotates_andThePreviousRefreshTokenIsRefusedAtOnce() throws Exception {
        JsonObject first = Http.json(exchange(code(), REDIRECT.toString(), VERIFIER));

        HttpResponse<String> rotated = refresh(first.getString("refresh_token"));
        assertThat(rotated.statusCode()).isEqualTo(200);
        JsonObject second = Http.json(rotated);
        assertThat(second.getString("refresh_token")).isNotEqualTo(first.getString("refresh_token"));
        assertThat(scimStatus(second.getString("access_token"))).isEqualTo(200);

        HttpResponse<String> reused = refresh(first.getString("refresh_token"));
        assertZoomError(reused, 400, "invalid_grant", 4741);
        assertThat(Http.json(reused).getString("reason")).isEqualTo("Invalid Token!");
        assertThat(refresh(second.getString("refresh_token")).statusCode()).isEqualTo(200);
        assertZoomError(refresh("never-issued"), 400, "invalid_grant", 4737);
    }

    @Test
    void newAuthorization_supersedesTheEarlierOne() throws Exception {
        JsonObject first = Http.json(exchange(code(), REDIRECT.toString(), VERIFIER));
        JsonObject second = Http.json(exchange(code(), REDIRECT.toString(), VERIFIER));

        assertZoomError(refresh(first.getString("refresh_token")), 400, "invalid_grant", 4741);
        assertThat(scimStatus(first.getString("access_token"))).isEqualTo(401);
        assertThat(scimStatus(second.getString("access_token"))).isEqualTo(200);
    }

    @Test
    void revoke_endsTheAuthorization() throws Exception {
        JsonObject tokens = Http.json(exchange(code(), REDIRECT.toString(), VERIFIER));

        HttpResponse<String> revokeResponse = Http.send(HttpRequest.newBuilder(fake.oauthRevokeUri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("token=" + tokens.getString("refresh_token"))).build());

        assertThat(revokeResponse.statusCode()).isEqualTo(200);
        assertThat(Http.json(revokeResponse).getString("status")).isEqualTo("success");
        assertZoomError(refresh(tokens.getString("refresh_token")), 400, "invalid_grant", 4741);
        assertThat(scimStatus(tokens.getString("access_token"))).isEqualTo(401);
    }

    @Test
    void expireAllTokens_expiresAppAccessTokensButTheRefreshTokenStillWorks() throws Exception {
        JsonObject tokens = Http.json(exchange(code(), REDIRECT.toString(), VERIFIER));

        fake.expireAllTokens();

        assertThat(scimStatus(tokens.getString("access_token"))).isEqualTo(401);
        JsonObject refreshed = Http.json(refresh(tokens.getString("refresh_token")));
        assertThat(scimStatus(refreshed.getString("access_token"))).isEqualTo(200);
    }

    @Test
    void accessToken_expiresAfterTheTtlOnTheFakesClock() throws Exception {
        JsonObject tokens = Http.json(exchange(code(), REDIRECT.toString(), VERIFIER));
        clock.advance(Duration.ofHours(1));

        assertThat(scimStatus(tokens.getString("access_token"))).isEqualTo(401);
    }

    @Test
    void droppedTokenResponse_afterApplying_leavesTheOldRefreshTokenRotatedAway() throws Exception {
        JsonObject tokens = Http.json(exchange(code(), REDIRECT.toString(), VERIFIER));
        fake.enqueueFault(RequestMatch.method("POST").exactPath("/oauth/token"), Fault.dropConnectionAfterApplying());

        assertThatThrownBy(() -> refresh(tokens.getString("refresh_token"))).isInstanceOf(java.io.UncheckedIOException.class);
        assertZoomError(refresh(tokens.getString("refresh_token")), 400, "invalid_grant", 4741);
    }

    @Test
    void journal_keepsNoSecretOfTheOAuthApp() throws Exception {
        String code = code();
        JsonObject tokens = Http.json(exchange(code, REDIRECT.toString(), VERIFIER));
        JsonObject rotated = Http.json(refresh(tokens.getString("refresh_token")));
        Http.send(HttpRequest.newBuilder(URI.create(fake.oauthTokenUri() + "?grant_type=refresh_token&refresh_token="
                + rotated.getString("refresh_token"))).POST(HttpRequest.BodyPublishers.noBody()).build());

        String journal = fake.requests().stream().map(r -> r.target() + " " + r.headers() + " " + r.body() + " "
                + r.responseBody()).collect(Collectors.joining("\n"));
        assertThat(fake.requests()).hasSize(4);
        assertThat(journal).doesNotContain(code).doesNotContain(VERIFIER).doesNotContain(SECRET)
                .doesNotContain(tokens.getString("access_token")).doesNotContain(tokens.getString("refresh_token"))
                .doesNotContain(rotated.getString("refresh_token")).doesNotContain(rotated.getString("access_token"))
                .contains("refresh_token=<redacted>");
    }

    @Test
    void reset_forgetsTheAuthorization() throws Exception {
        JsonObject tokens = Http.json(exchange(code(), REDIRECT.toString(), VERIFIER));

        fake.reset();

        assertZoomError(refresh(tokens.getString("refresh_token")), 400, "invalid_grant", 4737);
    }

    @Test
    void builder_oauthApp_validatesAndMaySetOnce() {
        assertThatThrownBy(() -> ZoomScimFake.builder().oauthApp("id", "secret", URI.create("/relative")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute");
        assertThatThrownBy(() -> ZoomScimFake.builder().oauthApp("id", " ", REDIRECT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ZoomScimFake.builder().oauthApp("id", "s3cr3t-x", REDIRECT).oauthApp("id", "s", REDIRECT))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("oauthApp")
                .hasMessageNotContaining("s3cr3t-x");
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
