package dev.scimkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.client.OAuthTokenException;
import dev.scimkit.client.ScimClientException;
import dev.scimkit.client.ScimConnectionException;
import dev.scimkit.core.json.ScimJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenEndpointTest {

    private static final URI TOKEN_URI = URI.create("https://zoom.us/oauth/token");
    private static final String SECRET = "the-client-secret";
    private final ScriptedTransport transport = new ScriptedTransport();
    private final TokenEndpoint endpoint = new TokenEndpoint(transport, Duration.ofSeconds(5), "cid", SECRET);

    private TokenEndpoint.Issued tokens(String body) {
        transport.respond(200, body);
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", "rt-1");
        return endpoint.tokens(TOKEN_URI, Map.of(), form, List.of("rt-1"), refusal -> OAuthTokenException.Part.REFRESH_TOKEN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3600                 | PT1H",
            "3599.9               | PT59M59S",
            "\"3600\"             | PT1H",
            "1e30                 | PT24H",
            "9223372036854775807  | PT24H",
            "1e300                | PT24H",
            "86401                | PT24H"})
    void expiresIn_numberOrNumericText_isReadAndHugeValuesAreClamped(String json, String expected) {
        TokenEndpoint.Issued issued = tokens("{\"access_token\":\"at\",\"token_type\":\"bearer\",\"expires_in\":" + json + "}");

        assertThat(issued.problem()).isNull();
        assertThat(issued.lifetime()).isEqualTo(Duration.parse(expected));
        assertThat(issued.accessToken()).isEqualTo("at");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-1                   | not a positive number",
            "0                    | not a positive number",
            "0.5                  | not a positive number",
            "-9223372036854775808 | not a positive number",
            "-1e30                | not a positive number",
            "\"soon\"             | not a number of seconds",
            "true                 | not a number of seconds",
            "[]                   | not a number of seconds"})
    void expiresIn_negativeZeroOrNotANumber_isAClearProblemNotAnException(String json, String message) {
        TokenEndpoint.Issued issued = tokens("{\"access_token\":\"at\",\"refresh_token\":\"rt-2\",\"expires_in\":"
                + json + "}");

        assertThat(issued.problem()).contains(message);
        assertThat(issued.accessToken()).isNull();
        assertThat(issued.refreshToken()).as("a rotated refresh token survives a bad expires_in").isEqualTo("rt-2");
    }

    @Property(tries = 300)
    void lifetime_ofAnyNumber_isBetweenOneSecondAndADayOrRefused(@ForAll BigDecimal seconds) {
        try {
            Duration lifetime = TokenEndpoint.lifetime(ScimJson.provider().createValue(seconds));
            assertThat(lifetime).isBetween(Duration.ofSeconds(1), TokenEndpoint.MAX_LIFETIME);
        } catch (IllegalArgumentException refused) {
            assertThat(seconds).isLessThan(BigDecimal.ONE);
        }
    }

    @Test
    void expiresIn_hugeExponentInTheBody_isAMalformedAnswerNeverARawNumberException() {
        assertThatThrownBy(() -> tokens("{\"access_token\":\"at\",\"expires_in\":1e9999999999}"))
                .isInstanceOfSatisfying(ScimClientException.class, e -> assertThat(e.status()).isEqualTo(502));
    }

    @Test
    void tokens_postsFormWithBasicAuth_andNoSecretInTheUrl() {
        tokens("{\"access_token\":\"at\",\"refresh_token\":\"rt-2\",\"expires_in\":3600,\"scope\":\"scim2\"}");

        ScimRequest sent = transport.sent().get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.uri()).isEqualTo(TOKEN_URI);
        assertThat(sent.header("content-type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(new String(sent.body(), StandardCharsets.US_ASCII))
                .isEqualTo("grant_type=refresh_token&refresh_token=rt-1");
        assertThat(sent.header("authorization")).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString(("cid:" + SECRET).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void missingOrUnsafeAccessToken_isAProblem() {
        assertThat(tokens("{\"token_type\":\"bearer\"}").problem()).contains("no access_token");
        assertThat(tokens("{\"access_token\":\"a b\"}").problem()).contains("access_token is not a token string");
        assertThat(tokens("{\"access_token\":\"at\",\"token_type\":\"mac\"}").problem()).contains("bearer");
    }

    @Test
    void zoomRefusal_becomesOAuthTokenException_withCodeAndErrorButNoEchoedSecret() {
        transport.respond(400, "{\"reason\":\"Invalid Token! rt-1 with " + SECRET + "\",\"error\":\"invalid_grant\","
                + "\"errorCode\":4741}");

        assertThatThrownBy(() -> endpoint.tokens(TOKEN_URI, Map.of(), Map.of("refresh_token", "rt-1"), List.of("rt-1"),
                refusal -> {
                    assertThat(refusal.code()).isEqualTo(4741);
                    assertThat(refusal.error()).isEqualTo("invalid_grant");
                    return OAuthTokenException.Part.REFRESH_TOKEN;
                }))
                .isInstanceOfSatisfying(OAuthTokenException.class, e -> {
                    assertThat(e.failedPart()).isEqualTo(OAuthTokenException.Part.REFRESH_TOKEN);
                    assertThat(e.zoomErrorCode()).hasValue(4741);
                    assertThat(e.oauthError()).hasValue("invalid_grant");
                    assertThat(e.getMessage()).contains("Invalid Token!").contains("invalid_grant, Zoom 4741")
                            .doesNotContain("rt-1").doesNotContain(SECRET).contains("<redacted>");
                });
    }

    @Test
    void otherAnswers_areScimClientExceptions_andSayWhetherTheyMayHaveBeenApplied() {
        transport.respond(503, "busy").respond(502, "<html>").respond(200, "not json").respond(302, "",
                "Location", "https://elsewhere.example.com/");

        ScimClientException unavailable = failure();
        ScimClientException badGateway = failure();
        ScimClientException garbage = failure();
        ScimClientException redirect = failure();

        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(TokenEndpoint.mayHaveBeenApplied(unavailable)).isFalse();
        assertThat(TokenEndpoint.mayHaveBeenApplied(badGateway)).isTrue();
        assertThat(garbage.status()).isEqualTo(502);
        assertThat(garbage.detail()).contains("not a JSON object");
        assertThat(TokenEndpoint.mayHaveBeenApplied(garbage)).isTrue();
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.detail()).contains("not followed");
        assertThat(TokenEndpoint.mayHaveBeenApplied(redirect)).isFalse();
    }

    @Test
    void connectionFailures_neverSentVersusMaybeSent() {
        transport.fail(new ConnectException("refused")).fail(new IOException("reset"));

        ScimClientException refused = failure();
        ScimClientException reset = failure();

        assertThat(refused).isInstanceOf(ScimConnectionException.class);
        assertThat(TokenEndpoint.mayHaveBeenApplied(refused)).isFalse();
        assertThat(TokenEndpoint.mayHaveBeenApplied(reset)).isTrue();
    }

    @Test
    void scrub_removesSecretsAndControlCharactersAndBoundsLength() {
        assertThat(TokenEndpoint.scrub("bad code abcd1234\r\nInjected: x", List.of("abcd1234")))
                .isEqualTo("bad code <redacted>  Injected: x");
        assertThat(TokenEndpoint.scrub("x".repeat(1000), List.of())).hasSize(301);
    }

    private ScimClientException failure() {
        try {
            endpoint.tokens(TOKEN_URI, Map.of(), Map.of("a", "b"), List.of(), r -> OAuthTokenException.Part.TOKEN_ENDPOINT);
        } catch (ScimClientException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }
}
