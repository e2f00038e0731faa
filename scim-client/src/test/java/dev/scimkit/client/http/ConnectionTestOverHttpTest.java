package dev.scimkit.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.client.ConnectionReport;
import dev.scimkit.client.ConnectionReport.Check;
import dev.scimkit.client.ConnectionReport.Outcome;
import dev.scimkit.client.HintCode;
import dev.scimkit.testkit.ManualClock;
import dev.scimkit.client.ZoomScimClient;
import dev.scimkit.client.ZoomServerToServerOAuth;
import dev.scimkit.testkit.ZoomScimFake;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** {@code testConnection()} against the fake in the healthy and in each failing configuration. */
class ConnectionTestOverHttpTest {

    private static final String SECRET = "s3cr3t-client-secret";

    private static FakeFixture fixture(UnaryOperator<ZoomScimFake.Builder> configure) {
        return new FakeFixture(configure.apply(ZoomScimFake.builder().oauthClient("acct-1", "cid-1", SECRET)).start(),
                ManualClock.at(Instant.parse("2026-01-01T00:00:00Z")));
    }

    private static List<Outcome> outcomes(ConnectionReport report) {
        return report.steps().stream().map(ConnectionReport.Step::outcome).toList();
    }

    private static ZoomServerToServerOAuth oauth(FakeFixture f, String accountId, String clientSecret) {
        return ZoomServerToServerOAuth.builder().accountId(accountId).clientId("cid-1").clientSecret(clientSecret)
                .tokenUri(f.fake.oauthTokenUri()).build();
    }

    private static void assertNoSecrets(ConnectionReport report, FakeFixture f) {
        assertThat(report.toText()).doesNotContain(SECRET).doesNotContain(f.fake.token());
        assertThat(report.toJson().toString()).doesNotContain(SECRET).doesNotContain(f.fake.token());
    }

    @Test
    void testConnection_healthyAccount_allStepsPassInOrder() {
        try (FakeFixture f = fixture(b -> b)) {
            f.fake.seedUser(FakeFixture.userJson("jill@example.com"));

            ConnectionReport report = f.client.testConnection();

            assertThat(report.successful()).isTrue();
            assertThat(report.steps()).extracting(ConnectionReport.Step::check).containsExactly(Check.values());
            assertThat(outcomes(report)).containsOnly(Outcome.PASSED);
            assertThat(report.step(Check.LIST_USERS).message()).isEqualTo("listed 1 of 1 users");
            assertThat(report.step(Check.BASE_URL).message()).contains("GET /scim2/Users?startIndex=1&count=1")
                    .contains("200");
            assertThat(f.wire(1)).containsExactly("GET /scim2/Users?startIndex=1&count=1");
            assertThat(report.toText()).startsWith("Zoom SCIM connection test: OK\nBase URL: " + f.fake.baseUri());
            JsonObject json = report.toJson();
            assertThat(json.getBoolean("successful")).isTrue();
            assertThat(json.getJsonArray("steps")).hasSize(5);
            assertThat(json.getJsonArray("steps").getJsonObject(0).getString("check")).isEqualTo("BASE_URL");
            assertNoSecrets(report, f);
        }
    }

    @Test
    void testConnection_serverToServerOAuth_healthy_saysTokenWasIssued() {
        try (FakeFixture f = fixture(b -> b)) {
            ZoomScimClient client = f.clientBuilder().tokenProvider(oauth(f, "acct-1", SECRET)).build();

            ConnectionReport report = client.testConnection();

            assertThat(report.successful()).isTrue();
            assertThat(report.step(Check.TOKEN).message()).contains("Server-to-Server OAuth issued a token");
            assertNoSecrets(report, f);
        }
    }

    @Test
    void testConnection_ssoDisabled_accountStepFailsWithZoomsMessage() {
        try (FakeFixture f = fixture(b -> b.singleSignOnEnabled(false))) {
            ConnectionReport report = f.client.testConnection();

            assertThat(report.successful()).isFalse();
            assertThat(outcomes(report)).containsExactly(Outcome.PASSED, Outcome.PASSED, Outcome.PASSED,
                    Outcome.FAILED, Outcome.SKIPPED);
            ConnectionReport.Step account = report.step(Check.ACCOUNT);
            assertThat(account.message()).contains("Account has not enabled Single Sign-On.");
            assertThat(account.hint()).isEqualTo(HintCode.SSO_NOT_ENABLED);
            assertThat(account.advice()).contains("single sign-on").contains("vanity URL");
            assertThat(report.firstFailure()).contains(account);
        }
    }

    @Test
    void testConnection_scopeMissing_scopeStepFailsAdvisingScim2() {
        try (FakeFixture f = fixture(b -> b.scimScopeGranted(false))) {
            ConnectionReport report = f.client.testConnection();

            assertThat(outcomes(report)).containsExactly(Outcome.PASSED, Outcome.PASSED, Outcome.FAILED,
                    Outcome.SKIPPED, Outcome.SKIPPED);
            ConnectionReport.Step scope = report.step(Check.SCIM_SCOPE);
            assertThat(scope.message()).contains("insufficient permissions");
            assertThat(scope.hint()).isEqualTo(HintCode.MISSING_SCIM_SCOPE);
            assertThat(scope.advice()).contains("scim2 scope").contains("\"User:Edit\"");
        }
    }

    @Test
    void testConnection_expiredToken_tokenStepFails() {
        try (FakeFixture f = fixture(b -> b)) {
            f.fake.expireAllTokens();

            ConnectionReport report = f.client.testConnection();

            assertThat(outcomes(report)).containsExactly(Outcome.PASSED, Outcome.FAILED, Outcome.SKIPPED,
                    Outcome.SKIPPED, Outcome.SKIPPED);
            ConnectionReport.Step token = report.step(Check.TOKEN);
            assertThat(token.hint()).isEqualTo(HintCode.TOKEN_REJECTED);
            assertThat(token.advice()).contains("because it expired").contains("regenerates");
            assertNoSecrets(report, f);
        }
    }

    @Test
    void testConnection_v2Scim2Path_baseUrlFailsNamingThePathTried() {
        try (FakeFixture f = fixture(b -> b)) {
            URI wrong = URI.create("http://127.0.0.1:" + f.fake.port() + "/v2/scim2");
            ZoomScimClient client = f.client.newBuilder().baseUri(wrong).build();

            ConnectionReport report = client.testConnection();

            assertThat(outcomes(report)).containsExactly(Outcome.FAILED, Outcome.SKIPPED, Outcome.SKIPPED,
                    Outcome.SKIPPED, Outcome.SKIPPED);
            ConnectionReport.Step base = report.step(Check.BASE_URL);
            assertThat(base.message()).contains("404").contains("(tried /v2/scim2)");
            assertThat(base.hint()).isEqualTo(HintCode.WRONG_BASE_PATH);
            assertThat(base.advice()).contains("/scim2").contains("not /v2/scim2");
            assertThat(report.toText()).contains("[FAILED ] Base URL answers at Zoom's SCIM path");
        }
    }

    @Test
    void testConnection_scimPath_passesWithWarningToUseScim2() {
        try (FakeFixture f = fixture(b -> b)) {
            URI entra = URI.create("http://127.0.0.1:" + f.fake.port() + "/scim");
            ConnectionReport report = f.client.newBuilder().baseUri(entra).build().testConnection();

            assertThat(report.successful()).isTrue();
            ConnectionReport.Step base = report.step(Check.BASE_URL);
            assertThat(base.outcome()).isEqualTo(Outcome.WARNING);
            assertThat(base.advice()).contains("/scim is the tenant URL of Entra's gallery app")
                    .contains("https://api.zoom.us/scim2");
        }
    }

    @Test
    void testConnection_nothingListening_baseUrlFailsAsUnreachable() {
        int port;
        try (ZoomScimFake closed = ZoomScimFake.start()) {
            port = closed.port();
        }
        try (FakeFixture f = fixture(b -> b)) {
            ZoomScimClient client = f.client.newBuilder().baseUri(URI.create("http://127.0.0.1:" + port + "/scim2"))
                    .build();

            ConnectionReport report = client.testConnection();

            ConnectionReport.Step base = report.step(Check.BASE_URL);
            assertThat(base.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(base.hint()).isEqualTo(HintCode.SERVER_UNREACHABLE);
            assertThat(base.message()).contains("(tried /scim2)");
        }
    }

    @Test
    void testConnection_serverToServerWrongAccountId_tokenStepNamesAccountId() {
        try (FakeFixture f = fixture(b -> b)) {
            ZoomScimClient client = f.clientBuilder().tokenProvider(oauth(f, "no-such-account", SECRET)).build();

            ConnectionReport report = client.testConnection();

            assertThat(outcomes(report)).containsExactly(Outcome.SKIPPED, Outcome.FAILED, Outcome.SKIPPED,
                    Outcome.SKIPPED, Outcome.SKIPPED);
            assertThat(report.step(Check.TOKEN).hint()).isEqualTo(HintCode.OAUTH_ACCOUNT_ID);
            assertThat(report.step(Check.TOKEN).advice()).contains("Account ID");
            assertThat(f.fake.requests()).noneMatch(r -> r.path().startsWith("/scim2"));
            assertNoSecrets(report, f);
        }
    }

    @Test
    void testConnection_serverToServerWrongSecret_tokenStepNamesClientCredentials() {
        try (FakeFixture f = fixture(b -> b)) {
            ZoomScimClient client = f.clientBuilder().tokenProvider(oauth(f, "acct-1", "wrong-secret")).build();

            ConnectionReport report = client.testConnection();

            assertThat(report.step(Check.TOKEN).outcome()).isEqualTo(Outcome.FAILED);
            assertThat(report.step(Check.TOKEN).hint()).isEqualTo(HintCode.OAUTH_CLIENT_CREDENTIALS);
            assertThat(report.step(Check.TOKEN).advice()).contains("client id or client secret");
            assertThat(report.toText()).doesNotContain("wrong-secret");
        }
    }

    @Test
    void testConnection_serverToServerTokenEndpointMissing_tokenStepNamesTokenEndpoint() {
        try (FakeFixture f = fixture(b -> b)) {
            ZoomServerToServerOAuth wrongEndpoint = ZoomServerToServerOAuth.builder().accountId("acct-1")
                    .clientId("cid-1").clientSecret(SECRET)
                    .tokenUri(URI.create("http://127.0.0.1:" + f.fake.port() + "/oauth/no-token-here")).build();
            ZoomScimClient client = f.clientBuilder().tokenProvider(wrongEndpoint).build();

            ConnectionReport report = client.testConnection();

            assertThat(report.step(Check.TOKEN).hint()).isEqualTo(HintCode.OAUTH_TOKEN_ENDPOINT);
            assertThat(report.step(Check.TOKEN).advice()).contains("HTTP 404").contains("tokenUri");
        }
    }

    @Test
    void testConnectionAsync_sameReportAsBlocking() throws Exception {
        try (FakeFixture f = fixture(b -> b.singleSignOnEnabled(false))) {
            ConnectionReport async = f.client.testConnectionAsync().get();

            assertThat(async).isEqualTo(f.client.testConnection());
            assertThat(async.step(Check.ACCOUNT).outcome()).isEqualTo(Outcome.FAILED);
        }
    }
}
