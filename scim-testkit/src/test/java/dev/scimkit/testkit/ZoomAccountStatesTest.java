package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The account states the fake reproduces by configuration, over raw HTTP with Zoom's messages. */
class ZoomAccountStatesTest {

    private static String lookup(String userName) {
        return "/Users?filter=" + URLEncoder.encode("userName eq \"" + userName + "\"", StandardCharsets.UTF_8);
    }

    @Test
    void singleSignOnDisabled_everyScimCallIs400WithZoomsMessage() {
        try (ZoomScimFake fake = ZoomScimFake.builder().singleSignOnEnabled(false).start()) {
            Http http = Http.to(fake);
            for (HttpResponse<String> response : new HttpResponse[] {http.get("/Users?startIndex=1&count=1"),
                    http.post("/Users", Http.user("jill@example.com")), http.get("/Groups"), http.get("/Users/abc")}) {
                assertThat(response.statusCode()).isEqualTo(400);
                assertThat(Http.json(response).getString("detail")).isEqualTo("Account has not enabled Single Sign-On.");
                assertThat(Http.json(response).getInt("status")).isEqualTo(400);
            }
            assertThat(fake.users()).isEmpty();
        }
    }

    @Test
    void singleSignOnDisabled_badTokenIsStill401() {
        try (ZoomScimFake fake = ZoomScimFake.builder().singleSignOnEnabled(false).start()) {
            HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(fake.baseUri() + "/Users"))
                    .header("Authorization", "Bearer wrong").GET().build());

            assertThat(response.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void scimScopeMissing_usersAndGroupsAre403NamingThePermission() {
        try (ZoomScimFake fake = ZoomScimFake.builder().scimScopeGranted(false).start()) {
            Http http = Http.to(fake);

            HttpResponse<String> users = http.get("/Users?startIndex=1&count=1");
            HttpResponse<String> groups = http.post("/Groups", "{\"displayName\":\"G\"}");

            assertThat(users.statusCode()).isEqualTo(403);
            assertThat(Http.json(users).getString("detail"))
                    .isEqualTo("The request was denied due to insufficient permissions: \"User:Edit\"");
            assertThat(groups.statusCode()).isEqualTo(403);
            assertThat(Http.json(groups).getString("detail"))
                    .isEqualTo("The request was denied due to insufficient permissions: \"Group:Edit\"");
        }
    }

    @Test
    void scimScopeMissing_oauthTokenReportsScopeWithoutScim2() {
        try (ZoomScimFake fake = ZoomScimFake.builder().scimScopeGranted(false)
                .oauthClient("acct", "cid", "secret").start()) {
            HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(fake.oauthTokenUri()
                            + "?grant_type=account_credentials&account_id=acct"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "cid:secret".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.noBody()).build());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(Http.json(response).getString("scope")).doesNotContain("scim2");
        }
    }

    @Test
    void pendingUser_lookupByUserNameIs400QuotedOrNot_otherLookupsUnaffected() {
        try (ZoomScimFake fake = ZoomScimFake.builder().pendingUsers("Pending@Example.com").start()) {
            Http http = Http.to(fake);

            HttpResponse<String> quoted = http.get(lookup("pending@example.com"));
            HttpResponse<String> unquoted = http.get("/Users?filter="
                    + URLEncoder.encode("userName eq pending@example.com", StandardCharsets.UTF_8));
            HttpResponse<String> other = http.get(lookup("someone@example.com"));

            assertThat(quoted.statusCode()).isEqualTo(400);
            assertThat(Http.json(quoted).getString("detail"))
                    .isEqualTo("User pending@example.com not exist or not belong to this account.");
            assertThat(unquoted.statusCode()).isEqualTo(400);
            assertThat(other.statusCode()).isEqualTo(200);
            assertThat(Http.json(other).getInt("totalResults")).isZero();
        }
    }

    @Test
    void wrongPath_v2Scim2Is404() {
        try (ZoomScimFake fake = ZoomScimFake.start()) {
            HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(
                            "http://127.0.0.1:" + fake.port() + "/v2/scim2/Users"))
                    .header("Authorization", "Bearer " + fake.token()).GET().build());

            assertThat(response.statusCode()).isEqualTo(404);
        }
    }

    @Test
    void builder_accountSettingsOnceAndValidated() {
        ZoomScimFake.Builder builder = ZoomScimFake.builder().singleSignOnEnabled(false).scimScopeGranted(true);

        assertThatThrownBy(() -> builder.singleSignOnEnabled(true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("singleSignOnEnabled");
        assertThatThrownBy(() -> builder.scimScopeGranted(false)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ZoomScimFake.builder().pendingUsers()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ZoomScimFake.builder().pendingUsers(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
