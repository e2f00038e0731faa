package dev.scimkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.client.BadRequestException;
import dev.scimkit.client.ConflictException;
import dev.scimkit.client.ForbiddenException;
import dev.scimkit.client.Hint;
import dev.scimkit.client.HintCode;
import dev.scimkit.client.NotFoundException;
import dev.scimkit.client.OAuthTokenException;
import dev.scimkit.client.ScimClientException;
import dev.scimkit.client.ScimConnectionException;
import dev.scimkit.client.ServerErrorException;
import dev.scimkit.client.TooManyRequestsException;
import dev.scimkit.client.UnauthorizedException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The hint table row by row: each error shape Zoom (or the client) produces, and the situation it maps to. */
class HintTableTest {

    private record Row(ScimClientException error, HintCode expected, String mustContain) {
    }

    private static BadRequestException bad(String detail) {
        return new BadRequestException(null, detail, "POST /scim2/Users", null);
    }

    private static final List<Row> ROWS = List.of(
            new Row(new dev.scimkit.client.InvalidFilterException("not a SCIM filter", 12, null),
                    HintCode.FILTER_REJECTED, "Filters.eq"),
            new Row(new dev.scimkit.client.InvalidFilterException("Zoom supports only", -1, null),
                    HintCode.FILTER_REJECTED, "zoomCompatibility"),
            new Row(new NotFoundException(null, "No endpoint", "GET /v2/scim2/Users", null),
                    HintCode.WRONG_BASE_PATH, "not /v2/scim2"),
            new Row(new NotFoundException(null, "No endpoint", "GET /scim/Groups/x", null),
                    HintCode.WRONG_BASE_PATH, "not /scim"),
            new Row(new ScimConnectionException(true, "no response", "GET /scim2/Users", null),
                    HintCode.SERVER_UNREACHABLE, "timed out"),
            new Row(new UnauthorizedException(null, "Invalid access token.", "GET /scim2/Users", null),
                    HintCode.TOKEN_REJECTED, "regenerates"),
            new Row(new OAuthTokenException(OAuthTokenException.Part.ACCOUNT_ID, "Invalid account_id", "POST /oauth/token"),
                    HintCode.OAUTH_ACCOUNT_ID, "Account ID"),
            new Row(new OAuthTokenException(OAuthTokenException.Part.CLIENT_CREDENTIALS, "Invalid client", "POST /oauth/token"),
                    HintCode.OAUTH_CLIENT_CREDENTIALS, "client secret"),
            new Row(new OAuthTokenException(OAuthTokenException.Part.TOKEN_ENDPOINT, "Unsupported grant type",
                    "POST /oauth/token"), HintCode.OAUTH_TOKEN_ENDPOINT, "tokenUri"),
            new Row(new OAuthTokenException(OAuthTokenException.Part.REFRESH_TOKEN, "Invalid Token!", "POST /oauth/token"),
                    HintCode.OAUTH_REAUTHORIZE, "authorizationRequest().uri()"),
            new Row(new OAuthTokenException(OAuthTokenException.Part.NOT_AUTHORIZED, "no tokens", null),
                    HintCode.OAUTH_REAUTHORIZE, "holds none"),
            new Row(new OAuthTokenException(OAuthTokenException.Part.AUTHORIZATION_CODE, "Code is expired",
                    "POST /oauth/token"), HintCode.OAUTH_AUTHORIZATION_CODE, "5 minutes"),
            new Row(new OAuthTokenException(OAuthTokenException.Part.REDIRECT_URI, "Redirect URI mismatch.",
                    "POST /oauth/token"), HintCode.OAUTH_AUTHORIZATION_CODE, "registered"),
            new Row(new OAuthTokenException(OAuthTokenException.Part.TOKEN_STORE, "corrupt", null),
                    HintCode.OAUTH_TOKEN_STORE, "never reset"),
            new Row(new ForbiddenException(null, "The request was denied due to insufficient permissions: \"User:Edit\"",
                    "POST /scim2/Users", null), HintCode.MISSING_SCIM_SCOPE, "\"User:Edit\""),
            new Row(bad("Account has not enabled Single Sign-On."), HintCode.SSO_NOT_ENABLED, "vanity URL"),
            new Row(new ConflictException("uniqueness", "User already exists", "POST /scim2/Users", null),
                    HintCode.USER_EXISTS, "userName"),
            new Row(bad("User jill@example.com not exist or not belong to this account."), HintCode.PENDING_USER,
                    "jill@example.com"),
            new Row(bad("Zoom only allows a maximum of 9,999 basic users."), HintCode.BASIC_USER_CAP, "Licensed"),
            new Row(bad("Invalid userType \"Collaboration\""), HintCode.INVALID_USER_TYPE, "On-Prem"),
            new Row(bad("No available license for zoomWhiteboard"), HintCode.LICENSE_UNAVAILABLE, "licence"),
            new Row(bad("zoomPhoneExtNumber: must be digits"), HintCode.ZOOM_PHONE_ATTRIBUTE, "zoomPhoneExtNumber"),
            new Row(bad("name.givenName: must be a string but is 5"), HintCode.ATTRIBUTE_MAPPING, "name.givenName"),
            new Row(bad("The \"DisplayName\" of the request is invalid."), HintCode.ATTRIBUTE_MAPPING, "DisplayName"),
            new Row(new TooManyRequestsException(null, "You have reached the maximum per-second rate limit",
                    "GET /scim2/Users", Duration.ofMillis(1500), null), HintCode.RATE_LIMITED, "wait 2 seconds"));

    @Test
    void hintFor_everyRow_givesItsSituationWithSpecificText() {
        for (Row row : ROWS) {
            Optional<Hint> hint = HintTable.hintFor(row.error());

            assertThat(hint).as(row.error().getMessage()).isPresent();
            assertThat(hint.get().code()).as(row.error().getMessage()).isEqualTo(row.expected());
            assertThat(hint.get().text()).as(row.error().getMessage()).contains(row.mustContain());
        }
    }

    @Test
    void rows_coverEverySituation() {
        Set<HintCode> covered = ROWS.stream().map(Row::expected).collect(Collectors.toSet());

        assertThat(covered).isEqualTo(EnumSet.allOf(HintCode.class));
    }

    @Test
    void hintFor_situationsOutsideTheGuides_noHint() {
        assertThat(HintTable.hintFor(new NotFoundException(null, "User does not exist: abc", "GET /scim2/Users/abc",
                null))).isEmpty();
        assertThat(HintTable.hintFor(new ServerErrorException(500, null, "boom", "GET /scim2/Users", null))).isEmpty();
        assertThat(HintTable.hintFor(new NotFoundException(null, "gone", "GET /scim2/Users/users", null))).isEmpty();
        assertThat(HintTable.hintFor(bad("Invalid filter: 'x'. Only userName eq filters are supported."))).isEmpty();
    }

    @Test
    void hintFor_rateLimitWithEarlierAttempts_countsThem() {
        TooManyRequestsException last = new TooManyRequestsException(null, "limit", "GET /scim2/Users", null, null);
        last.addSuppressed(new TooManyRequestsException(null, "limit", "GET /scim2/Users", null, null));

        assertThat(HintTable.hintFor(last).orElseThrow().text()).contains("2 times").doesNotContain("asks to wait");
    }

    @Test
    void hintFor_detailEchoingAToken_hintDoesNotRepeatIt() {
        String token = "eyJhbGciOiJIUzI1NiJ9.secret-token";
        UnauthorizedException e = new UnauthorizedException(null, "Invalid access token " + token, "GET /scim2/Users",
                null);

        assertThat(HintTable.hintFor(e).orElseThrow().text()).doesNotContain(token);
    }

    @Test
    void basePathAdvice_onlyForPathsOtherThanScim2() {
        assertThat(HintTable.basePathAdvice("/scim2")).isEmpty();
        assertThat(HintTable.basePathAdvice("/SCIM2")).isEmpty();
        assertThat(HintTable.basePathAdvice("/v2/scim2").orElseThrow().text()).contains("changelogs");
        assertThat(HintTable.basePathAdvice("/scim").orElseThrow().text()).contains("Entra");
        assertThat(HintTable.basePathAdvice("").orElseThrow().text()).contains("no path");
    }
}
