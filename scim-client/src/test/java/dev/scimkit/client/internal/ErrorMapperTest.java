package dev.scimkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.client.BadRequestException;
import dev.scimkit.client.ConflictException;
import dev.scimkit.client.ForbiddenException;
import dev.scimkit.client.NotFoundException;
import dev.scimkit.client.PreconditionFailedException;
import dev.scimkit.client.ScimClientException;
import dev.scimkit.client.ServerErrorException;
import dev.scimkit.client.TooManyRequestsException;
import dev.scimkit.client.UnauthorizedException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static ScimClientException map(int status, String body, String... headers) {
        return ErrorMapper.toException(ScriptedTransport.response(PipelineFixture.get("/Users/k%26K"), status, body,
                headers), NOW);
    }

    @ParameterizedTest
    @CsvSource({"400, BadRequestException", "401, UnauthorizedException", "403, ForbiddenException",
            "404, NotFoundException", "409, ConflictException", "412, PreconditionFailedException",
            "429, TooManyRequestsException", "500, ServerErrorException", "503, ServerErrorException",
            "418, ScimClientException"})
    void toException_status_picksSubclass(int status, String type) {
        ScimClientException e = map(status, "{\"detail\":\"x\"}");

        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.request()).isEqualTo("GET /scim2/Users/k%26K");
    }

    @Test
    void toException_scimBodyWithStringStatus_readsScimTypeAndDetail() {
        ScimClientException e = map(409, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],"
                + "\"status\":\"409\",\"scimType\":\"uniqueness\",\"detail\":\"userName taken\"}");

        assertThat(e).isInstanceOf(ConflictException.class);
        assertThat(e.scimType()).isEqualTo("uniqueness");
        assertThat(e.detail()).isEqualTo("userName taken");
    }

    @Test
    void toException_zoomNumericStatus_readsDetail() {
        ScimClientException e = map(400, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],"
                + "\"detail\":\"User a@b.c not exist or not belong to this account.\",\"status\":400}");

        assertThat(e).isInstanceOf(BadRequestException.class);
        assertThat(e.scimType()).isNull();
        assertThat(e.getMessage()).isEqualTo("400: User a@b.c not exist or not belong to this account. (GET /scim2/Users/k%26K)");
    }

    @Test
    void toException_zoomCodeMessageShape_readsMessage() {
        assertThat(map(401, "{\"code\":124,\"message\":\"Invalid access token.\"}").detail())
                .isEqualTo("Invalid access token.");
    }

    @Test
    void toException_htmlBody_quotesItBriefly() {
        ScimClientException e = map(502, "<html>\n<body>Bad gateway</body></html>");

        assertThat(e.detail()).isEqualTo("HTTP 502 with a non-JSON body: '<html> <body>Bad gateway</body></html>'");
    }

    @Test
    void toException_hugeNonJsonBody_isTruncated() {
        ScimClientException e = map(500, "x".repeat(100_000));

        assertThat(e.detail()).hasSizeLessThan(300).endsWith("(100000 bytes, truncated)");
    }

    @Test
    void toException_emptyBody_saysSo() {
        assertThat(map(404, "").detail()).isEqualTo("HTTP 404 with an empty body");
    }

    @Test
    void toException_429_readsRetryAfter() {
        TooManyRequestsException e = (TooManyRequestsException) map(429, "{}", "Retry-After", "3");

        assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
    }
}
