package dev.scimkit.client.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.scimkit.client.BadRequestException;
import dev.scimkit.client.InvalidResponseException;
import dev.scimkit.client.ScimClientException;
import dev.scimkit.client.ScimConnectionException;
import dev.scimkit.client.ZoomScimClient;
import dev.scimkit.core.ScimException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An answer the client cannot use is an {@link InvalidResponseException} (never a
 * {@link BadRequestException}, never a raw runtime exception), is not retried, and is not downloaded
 * past the size cap.
 */
@Timeout(60)
class BadAnswersTest {

    private static HostileServer answering(int status, String body) {
        return HostileServer.start((request, wire) -> {
            wire.respond(status, body);
            return true;
        });
    }

    private static InvalidResponseException invalid(Throwable failure) {
        assertThat(failure).isInstanceOf(InvalidResponseException.class).isNotInstanceOf(BadRequestException.class);
        InvalidResponseException e = (InvalidResponseException) failure;
        assertThat(e.status()).isEqualTo(502);
        return e;
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{\"id\":", "[1,2]", "{\"\":[]}", "{\"\":{}}", "{\"id\":\"u1\",\"n\":1e9999999999}",
            "{\"id\":\"u1\",\"emails\":5}"})
    void get_unusableBody_isInvalidResponseWithTheParseError(String body) {
        try (HostileServer server = answering(200, body)) {
            ZoomScimClient client = Hostile.retrying(server);
            InvalidResponseException e = invalid(catchThrowable(() -> client.users().get("u1")));

            assertThat(e.responseStatus()).isEqualTo(200);
            assertThat(e.scimType()).isIn(ScimException.INVALID_SYNTAX, ScimException.INVALID_VALUE);
            assertThat(e.detail()).startsWith("the server's response is not a usable JSON object");
            assertThat(e.getCause()).isInstanceOf(ScimException.class);
            assertThat(invalid(Hostile.failureOf(client.users().getAsync("u1"))).responseStatus()).isEqualTo(200);
            assertThat(server.requests()).hasSize(2);
        }
    }

    @Test
    void get_numberOf1101Digits_isInvalidResponseNotUnsupportedOperation() {
        try (HostileServer server = answering(200, "{\"id\":\"u1\",\"n\":" + "9".repeat(1101) + "}")) {
            InvalidResponseException e = invalid(catchThrowable(() -> Hostile.client(server).users().get("u1")));
            assertThat(e.scimType()).isEqualTo(ScimException.INVALID_VALUE);
            assertThat(e.detail()).contains("more than 1100 characters");
        }
    }

    @Test
    void create_acceptedButUnreadable_saysTheUserWasCreatedAndIsNotRepeated() {
        try (HostileServer server = answering(201, "{\"id\":\"u1\",\"userName\":\"jill@example.com\",\"\":[]}")) {
            InvalidResponseException e = invalid(catchThrowable(
                    () -> Hostile.retrying(server).users().create(Hostile.user("jill@example.com"))));

            assertThat(e.responseStatus()).isEqualTo(201);
            assertThat(e.detail()).contains("accepted the request (HTTP 201), so it took effect");
            assertThat(e.request()).isEqualTo("POST /scim2/Users");
            assertThat(server.requests()).extracting(HostileServer.Request::method).containsExactly("POST");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"Resources\":{}}", "{\"Resources\":[1]}", "{\"totalResults\":\"many\"}",
            "{\"totalResults\":-5}", "{\"Resources\":[{\"id\":5}]}"})
    void list_malformedListResponse_isInvalidResponseNotBadRequest(String body) {
        try (HostileServer server = answering(200, body)) {
            ZoomScimClient client = Hostile.client(server);

            invalid(catchThrowable(() -> client.users().list().page()));
            invalid(catchThrowable(() -> client.groups().findByDisplayName("Sales")));
            invalid(catchThrowable(() -> client.users().list().stream().count()));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {999, 600, 42})
    void get_statusOutsideHttpRange_isInvalidResponseNotIllegalArgument(int status) {
        try (HostileServer server = HostileServer.start((request, wire) -> {
            wire.raw("HTTP/1.1 " + status + " Odd\r\nContent-Length: 2\r\n\r\n{}");
            return true;
        })) {
            Throwable failure = catchThrowable(() -> Hostile.retrying(server).users().get("u1"));

            if (status >= 100) {
                assertThat(invalid(failure).responseStatus()).isEqualTo(status);
                assertThat(failure).hasMessageContaining("HTTP status " + status);
            } else {
                invalid(failure); // the JDK refuses a two-digit status line itself
            }
            assertThat(server.requests()).hasSize(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GARBAGE\r\n\r\n", "HTTP/1.1 abc OK\r\n\r\n", "ICY 200 OK\r\n\r\n"})
    void get_garbageStatusLineOrHeaders_isInvalidResponseAndNotRetried(String answer) {
        try (HostileServer server = HostileServer.start((request, wire) -> {
            wire.raw(answer);
            wire.close();
            return false;
        })) {
            InvalidResponseException e = invalid(catchThrowable(() -> Hostile.retrying(server).users().get("u1")));

            assertThat(e.responseStatus()).isZero();
            assertThat(e.detail()).contains("not valid HTTP");
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void get_endlessBody_stopsAtTheCapOnceAndIsNotRetried() throws Exception {
        byte[] chunk = "{\"a\":\"aaaaaaaaaaaaaaaa\"},".repeat(100).getBytes();
        try (HostileServer server = HostileServer.start((request, wire) -> {
            wire.raw("HTTP/1.1 200 OK\r\nContent-Type: application/scim+json\r\nConnection: close\r\n\r\n");
            wire.flood(chunk);
            return false;
        })) {
            ZoomScimClient client = Hostile.retrying(server);
            InvalidResponseException e = invalid(catchThrowable(() -> client.users().get("u1")));

            assertThat(e).hasMessage("502: response body exceeds the limit of 65536 bytes (maxResponseBytes) "
                    + "(GET /scim2/Users/u1)");
            assertThat(e.responseStatus()).isEqualTo(200);
            assertThat(invalid(Hostile.failureOf(client.users().getAsync("u1"))).detail()).contains("65536");
            assertThat(server.requests()).hasSize(2);
        }
    }

    @Test
    void get_declaredLengthOverTheCap_failsBeforeReadingAndIsNotRetried() throws Exception {
        try (HostileServer server = HostileServer.start((request, wire) -> {
            wire.raw("HTTP/1.1 200 OK\r\nContent-Length: 104857600\r\n\r\n{");
            wire.stall();
            return false;
        })) {
            InvalidResponseException e = invalid(catchThrowable(() -> Hostile.retrying(server).users().get("u1")));

            assertThat(e.detail()).contains("exceeds the limit of 65536 bytes");
            assertThat(server.requests()).hasSize(1);
            assertThat(server.awaitClientClosed(1, Duration.ofSeconds(10))).isTrue();
        }
    }

    @Test
    void create_answerOverTheCap_isNotRepeatedAndSaysItTookEffect() {
        try (HostileServer server = HostileServer.start((request, wire) -> {
            wire.raw("HTTP/1.1 201 Created\r\nContent-Length: 104857600\r\n\r\n");
            wire.close();
            return false;
        })) {
            InvalidResponseException e = invalid(catchThrowable(
                    () -> Hostile.retrying(server).users().create(Hostile.user("jill@example.com"))));

            assertThat(e.responseStatus()).isEqualTo(201);
            assertThat(e.detail()).contains("took effect");
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void get_contentLengthShorterThanTheBody_readsOnlyThatAndReportsTheTruncatedJson() {
        try (HostileServer server = HostileServer.start((request, wire) -> {
            wire.raw("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n{\"id\":\"u1\",\"userName\":\"u\"}");
            return true;
        })) {
            InvalidResponseException e = invalid(catchThrowable(() -> Hostile.client(server).users().get("u1")));
            assertThat(e.scimType()).isEqualTo(ScimException.INVALID_SYNTAX);
        }
    }

    @Test
    void get_redirectsInCircles_stopsAfterFiveHopsWithoutInventingAStatus() {
        try (HostileServer server = HostileServer.start((request, wire) -> {
            wire.raw("HTTP/1.1 302 Found\r\nLocation: " + request.target() + "\r\nContent-Length: 0\r\n\r\n");
            return true;
        })) {
            InvalidResponseException e = invalid(catchThrowable(() -> Hostile.retrying(server).users().get("u1")));

            assertThat(e.responseStatus()).isEqualTo(302);
            assertThat(e.detail()).contains("more than 5 redirects");
            assertThat(server.requests()).hasSize(6);
        }
    }

    @Test
    void everyFailureAbove_isAScimClientException_neverAConnectionFailureForAnAnswer() {
        try (HostileServer server = answering(200, "{\"Resources\":{}}")) {
            Throwable failure = catchThrowable(() -> Hostile.client(server).users().list().page());
            assertThat(failure).isInstanceOf(ScimClientException.class).isNotInstanceOf(ScimConnectionException.class);
        }
    }
}
