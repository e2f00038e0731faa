package dev.scimkit.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scimkit.client.ConflictException;
import dev.scimkit.client.Hint;
import dev.scimkit.client.HintCode;
import dev.scimkit.testkit.ManualClock;
import dev.scimkit.client.OAuthTokenException;
import dev.scimkit.client.ScimClientException;
import dev.scimkit.client.TooManyRequestsException;
import dev.scimkit.client.ZoomScimClient;
import dev.scimkit.client.ZoomServerToServerOAuth;
import dev.scimkit.core.Email;
import dev.scimkit.core.User;
import dev.scimkit.core.ZoomLicenseType;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.testkit.Fault;
import dev.scimkit.testkit.RequestMatch;
import dev.scimkit.testkit.ZoomScimFake;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** One test per troubleshooting situation of the guides: the fake reproduces it, the client's error carries the hint. */
class HintsOverHttpTest {

    private static final String SECRET = "s3cr3t-client-secret";

    private static FakeFixture fixture(UnaryOperator<ZoomScimFake.Builder> configure) {
        return new FakeFixture(configure.apply(ZoomScimFake.builder().oauthClient("acct-1", "cid-1", SECRET)).start(),
                ManualClock.at(Instant.parse("2026-01-01T00:00:00Z")));
    }

    private static Hint hintOf(ScimClientException e, FakeFixture f) {
        assertThat(e).isNotNull();
        assertThat(e.hint()).isPresent();
        Hint hint = e.hint().get();
        assertThat(hint.text()).doesNotContain(SECRET).doesNotContain(f.fake.token());
        return hint;
    }

    private static User user(String userName) {
        return User.builder().userName(userName).licenseType(ZoomLicenseType.BASIC).active(true).build();
    }

    private static String zoomError(String detail) {
        return ScimJson.write(ScimJson.builders().createObjectBuilder()
                .add("schemas", ScimJson.builders().createArrayBuilder().add("urn:ietf:params:scim:api:messages:2.0:Error"))
                .add("detail", detail).add("status", 400).build());
    }

    @Test
    void create_userExists_hintSaysMatchOnUserNameAndPersonalAccounts() {
        try (FakeFixture f = fixture(b -> b)) {
            f.client.users().create(user("jill@example.com"));

            ConflictException e = catchThrowableOfType(() -> f.client.users().create(user("JILL@example.com")),
                    ConflictException.class);

            Hint hint = hintOf(e, f);
            assertThat(hint.code()).isEqualTo(HintCode.USER_EXISTS);
            assertThat(hint.text()).contains("match on userName").contains("personal account");
        }
    }

    @Test
    void create_attributeMappingError_hintNamesTheAttribute() {
        try (FakeFixture f = fixture(b -> b)) {
            User bad = User.builder().userName("jill@example.com")
                    .addEmail(Email.of("jill@example.com", "work", true))
                    .addEmail(Email.of("jill@home.example", "home", true)).build();

            ScimClientException e = catchThrowableOfType(() -> f.client.users().create(bad), ScimClientException.class);

            Hint hint = hintOf(e, f);
            assertThat(hint.code()).isEqualTo(HintCode.ATTRIBUTE_MAPPING);
            assertThat(hint.text()).startsWith("Zoom rejected the value of emails: fix the mapping of emails");
        }
    }

    @Test
    void create_userTypeZoomRejects_hintListsAcceptedValues() {
        try (FakeFixture f = fixture(b -> b)) {
            ScimClientException e = catchThrowableOfType(() -> f.client.users().create(
                    User.builder().userName("jill@example.com").userType("Pro").build()), ScimClientException.class);

            Hint hint = hintOf(e, f);
            assertThat(hint.code()).isEqualTo(HintCode.INVALID_USER_TYPE);
            assertThat(hint.text()).contains("Basic, Licensed, On-Prem");
        }
    }

    @Test
    void create_basicUserCapReached_hintSuggestsLicensed() {
        try (FakeFixture f = fixture(b -> b.basicUserCap(1))) {
            f.client.users().create(user("one@example.com"));

            ScimClientException e = catchThrowableOfType(() -> f.client.users().create(user("two@example.com")),
                    ScimClientException.class);

            Hint hint = hintOf(e, f);
            assertThat(hint.code()).isEqualTo(HintCode.BASIC_USER_CAP);
            assertThat(hint.text()).contains("9,999").contains("Licensed");
        }
    }

    @Test
    void findByUserName_pendingUser_hintNamesTheUserAndTheInvitation() {
        try (FakeFixture f = fixture(b -> b.pendingUsers("pending@example.com"))) {
            ScimClientException e = catchThrowableOfType(() -> f.client.users().findByUserName("pending@example.com"),
                    ScimClientException.class);

            assertThat(e.status()).isEqualTo(400);
            Hint hint = hintOf(e, f);
            assertThat(hint.code()).isEqualTo(HintCode.PENDING_USER);
            assertThat(hint.text()).startsWith("pending@example.com is pending").contains("invitation");
        }
    }

    @Test
    void list_rateLimitedUntilClientGivesUp_hintSaysAttemptsAndWait() {
        try (FakeFixture f = fixture(b -> b)) {
            f.fake.enqueueFault(RequestMatch.method("GET").path("/scim2/Users"),
                    Fault.status(429).withRetryAfter(Duration.ofSeconds(7)), 4);

            TooManyRequestsException e = catchThrowableOfType(() -> f.client.users().list().page(),
                    TooManyRequestsException.class);

            Hint hint = hintOf(e, f);
            assertThat(hint.code()).isEqualTo(HintCode.RATE_LIMITED);
            assertThat(hint.text()).contains("4 times").contains("Retry-After").contains("wait 7 seconds")
                    .contains("RateLimit");
            assertThat(f.sleeper.sleeps()).hasSize(3);
        }
    }

    @Test
    void create_licenceNotAvailable_hintIsWrongLicence() {
        try (FakeFixture f = fixture(b -> b)) {
            f.fake.enqueueFault(RequestMatch.method("POST").path("/scim2/Users"), Fault.status(400)
                    .withBody(zoomError("The account does not have enough Licensed licenses.")));

            ScimClientException e = catchThrowableOfType(() -> f.client.users().create(
                    User.builder().userName("a@example.com").licenseType(ZoomLicenseType.LICENSED).build()),
                    ScimClientException.class);

            assertThat(hintOf(e, f).code()).isEqualTo(HintCode.LICENSE_UNAVAILABLE);
        }
    }

    @Test
    void create_phoneNumberRejected_hintGivesPhoneFormats() {
        try (FakeFixture f = fixture(b -> b)) {
            f.fake.enqueueFault(RequestMatch.method("POST").path("/scim2/Users"), Fault.status(400)
                    .withBody(zoomError("Invalid zoomPhoneNumber: the number is assigned to another user.")));

            ScimClientException e = catchThrowableOfType(() -> f.client.users().create(user("a@example.com")),
                    ScimClientException.class);

            Hint hint = hintOf(e, f);
            assertThat(hint.code()).isEqualTo(HintCode.ZOOM_PHONE_ATTRIBUTE);
            assertThat(hint.text()).startsWith("Zoom rejected zoomPhoneNumber").contains("0 = auto-assign");
        }
    }

    @Test
    void get_expiredToken_hintSaysExpiredRevokedOrRegenerated() {
        try (FakeFixture f = fixture(b -> b)) {
            f.fake.expireAllTokens();

            ScimClientException e = catchThrowableOfType(() -> f.client.users().get("abc"), ScimClientException.class);

            Hint hint = hintOf(e, f);
            assertThat(hint.code()).isEqualTo(HintCode.TOKEN_REJECTED);
            assertThat(hint.text()).contains("GET /scim2/Users/abc").contains("expired").contains("revoked");
        }
    }

    @Test
    void list_scopeMissing_hintSaysAddScim2() {
        try (FakeFixture f = fixture(b -> b.scimScopeGranted(false))) {
            ScimClientException e = catchThrowableOfType(() -> f.client.groups().list().page(),
                    ScimClientException.class);

            Hint hint = hintOf(e, f);
            assertThat(hint.code()).isEqualTo(HintCode.MISSING_SCIM_SCOPE);
            assertThat(hint.text()).contains("\"Group:Edit\"").contains("scim2 scope");
        }
    }

    @Test
    void create_ssoDisabled_hintSaysEnableSso() {
        try (FakeFixture f = fixture(b -> b.singleSignOnEnabled(false))) {
            ScimClientException e = catchThrowableOfType(() -> f.client.users().create(user("a@example.com")),
                    ScimClientException.class);

            assertThat(hintOf(e, f).code()).isEqualTo(HintCode.SSO_NOT_ENABLED);
        }
    }

    @Test
    void get_wrongBasePath_hintSaysScim2() {
        try (FakeFixture f = fixture(b -> b)) {
            ZoomScimClient client = f.client.newBuilder()
                    .baseUri(URI.create("http://127.0.0.1:" + f.fake.port() + "/v2/scim2")).build();

            ScimClientException e = catchThrowableOfType(() -> client.users().get("abc"), ScimClientException.class);

            Hint hint = hintOf(e, f);
            assertThat(hint.code()).isEqualTo(HintCode.WRONG_BASE_PATH);
            assertThat(hint.text()).contains("/v2/scim2/Users/abc").contains("not /v2/scim2");
        }
    }

    @Test
    void get_unknownUser_hasNoHint() {
        try (FakeFixture f = fixture(b -> b)) {
            ScimClientException e = catchThrowableOfType(() -> f.client.users().get("abc"), ScimClientException.class);

            assertThat(e.status()).isEqualTo(404);
            assertThat(e.hint()).isEmpty();
        }
    }

    @Test
    void serverToServer_eachRejectedPart_hasItsOwnHint() {
        try (FakeFixture f = fixture(b -> b)) {
            OAuthTokenException account = catchThrowableOfType(() -> provider(f, "other-acct", SECRET).token(),
                    OAuthTokenException.class);
            OAuthTokenException secret = catchThrowableOfType(() -> provider(f, "acct-1", "not-it").token(),
                    OAuthTokenException.class);

            assertThat(account.failedPart()).isEqualTo(OAuthTokenException.Part.ACCOUNT_ID);
            assertThat(hintOf(account, f).code()).isEqualTo(HintCode.OAUTH_ACCOUNT_ID);
            assertThat(secret.failedPart()).isEqualTo(OAuthTokenException.Part.CLIENT_CREDENTIALS);
            assertThat(hintOf(secret, f).code()).isEqualTo(HintCode.OAUTH_CLIENT_CREDENTIALS);
            assertThat(secret.hint().get().text()).doesNotContain("not-it");
        }
    }

    private static ZoomServerToServerOAuth provider(FakeFixture f, String accountId, String secret) {
        return ZoomServerToServerOAuth.builder().accountId(accountId).clientId("cid-1").clientSecret(secret)
                .tokenUri(f.fake.oauthTokenUri()).build();
    }
}
