package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultsTest {

    private final ZoomScimFake fake = ZoomScimFake.start();
    private final Http http = Http.to(fake);

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void status_failsNextMatchingRequestWithoutApplyingIt() {
        fake.enqueueFault(RequestMatch.method("POST").path("/scim2/Users"),
                Fault.status(503).withRetryAfter(Duration.ofSeconds(2)).withHeader("X-Test", "yes"));

        HttpResponse<String> failed = http.post("/Users", Http.user("a@example.com"));
        HttpResponse<String> next = http.post("/Users", Http.user("a@example.com"));

        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(failed.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(failed.headers().firstValue("X-Test")).hasValue("yes");
        assertThat(Http.json(failed).getInt("status")).isEqualTo(503);
        assertThat(next.statusCode()).isEqualTo(201);
        assertThat(fake.users()).hasSize(1);
        assertThat(fake.unusedFaults()).isEmpty();
    }

    @Test
    void status_withCountFailsThatManyRequests() {
        fake.enqueueFault(RequestMatch.any(), Fault.status(500).withBody("oops"), 2);

        HttpResponse<String> first = http.get("/Users");
        HttpResponse<String> second = http.get("/Users");
        HttpResponse<String> third = http.get("/Users");

        assertThat(first.statusCode()).isEqualTo(500);
        assertThat(first.body()).isEqualTo("oops");
        assertThat(second.statusCode()).isEqualTo(500);
        assertThat(third.statusCode()).isEqualTo(200);
    }

    @Test
    void match_onlyAppliesToMatchingMethodAndPath() {
        fake.enqueueFault(RequestMatch.method("delete").path("/scim2/Users"), Fault.status(429));

        assertThat(http.get("/Users").statusCode()).isEqualTo(200);
        assertThat(http.post("/Users", Http.user("x@example.com")).statusCode()).isEqualTo(201);
        assertThat(fake.unusedFaults()).hasSize(1);
        assertThat(http.delete("/Users/abc").statusCode()).isEqualTo(429);
        assertThat(fake.unusedFaults()).isEmpty();
    }

    @Test
    void requestMatch_pathMatchesWholeSegmentsAndExactPathOnlyItself() {
        RequestMatch prefix = RequestMatch.any().path("/scim2/Users");
        RequestMatch exact = RequestMatch.method("GET").exactPath("/scim2/Users");

        assertThat(prefix.matches("GET", "/scim2/Users")).isTrue();
        assertThat(prefix.matches("GET", "/scim2/Users/k&Kd")).isTrue();
        assertThat(prefix.matches("GET", "/scim2/UsersX")).isFalse();
        assertThat(exact.matches("get", "/scim2/Users")).isTrue();
        assertThat(exact.matches("GET", "/scim2/Users/1")).isFalse();
        assertThat(exact.matches("POST", "/scim2/Users")).isFalse();
        assertThatThrownBy(() -> RequestMatch.any().path("Users")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dropConnection_closesWithoutApplying() {
        fake.enqueueFault(RequestMatch.method("POST"), Fault.dropConnection());

        assertThatThrownBy(() -> http.post("/Users", Http.user("drop@example.com")))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IOException.class);
        assertThat(fake.users()).isEmpty();
        assertThat(fake.requests()).singleElement().satisfies(r -> assertThat(r.status()).isZero());
    }

    @Test
    void dropConnectionAfterApplying_appliesThenCloses() {
        fake.enqueueFault(RequestMatch.method("POST"), Fault.dropConnectionAfterApplying());

        assertThatThrownBy(() -> http.post("/Users", Http.user("applied@example.com")))
                .isInstanceOf(UncheckedIOException.class);
        HttpResponse<String> retry = http.post("/Users", Http.user("applied@example.com"));

        assertThat(fake.users()).hasSize(1);
        assertThat(retry.statusCode()).isEqualTo(409);
    }

    @Test
    void malformedBody_answers200WithTruncatedJson() {
        fake.enqueueFault(RequestMatch.method("GET"), Fault.malformedBody());

        HttpResponse<String> response = http.get("/Users");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> Http.json(response)).isInstanceOf(dev.scimkit.core.ScimException.class);
    }

    @Test
    void delay_holdsTheRequestWhileOthersAreServed() throws Exception {
        fake.enqueueFault(RequestMatch.method("POST"), Fault.delay(Duration.ofSeconds(2)));
        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<String>> delayed = client.sendAsync(HttpRequest.newBuilder(
                        URI.create(fake.baseUri() + "/Users"))
                .header("Authorization", "Bearer " + fake.token())
                .POST(HttpRequest.BodyPublishers.ofString(Http.user("slow@example.com"))).build(),
                HttpResponse.BodyHandlers.ofString());

        HttpResponse<String> quick = http.get("/Users?count=0");

        assertThat(quick.statusCode()).isEqualTo(200);
        assertThat(delayed.get().statusCode()).isEqualTo(201);
        assertThat(fake.requests()).extracting(RecordedRequest::method).containsExactly("GET", "POST");
    }

    @Test
    void fault_validatesItsArguments() {
        assertThatThrownBy(() -> Fault.status(99)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.delay(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.status(503).withHeader("Content-Length", "1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fake.enqueueFault(RequestMatch.any(), Fault.status(500), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
