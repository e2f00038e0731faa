package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JournalTest {

    private final ZoomScimFake fake = ZoomScimFake.start();
    private final Http http = Http.to(fake);

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void takeRequest_returnsRequestsInOrderWithWireDetails() throws InterruptedException {
        http.post("/Users", Http.user("j@example.com"));
        http.get("/Users?startIndex=1&count=1");

        RecordedRequest post = fake.takeRequest();
        RecordedRequest get = fake.takeRequest(Duration.ofSeconds(5));

        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.path()).isEqualTo("/scim2/Users");
        assertThat(post.header("content-type")).hasValue("application/json");
        assertThat(post.bodyJson().getString("userName")).isEqualTo("j@example.com");
        assertThat(post.status()).isEqualTo(201);
        assertThat(post.responseJson().getString("userName")).isEqualTo("j@example.com");
        assertThat(get.query()).isEqualTo("startIndex=1&count=1");
        assertThat(get.target()).isEqualTo("/scim2/Users?startIndex=1&count=1");
        assertThat(get.sequence()).isGreaterThan(post.sequence());
        assertThat(get.toString()).isEqualTo("#1 GET /scim2/Users?startIndex=1&count=1 -> 200");
    }

    @Test
    void takeRequest_withTimeoutReturnsNullWhenNothingArrives() throws InterruptedException {
        assertThat(fake.takeRequest(Duration.ofMillis(1))).isNull();
    }

    @Test
    void requests_andCountSeeEverythingIncludingFailures() {
        http.get("/Users");
        Http.to(fake).withToken("bad").get("/Users");

        assertThat(fake.requestCount()).isEqualTo(2);
        assertThat(fake.requests()).extracting(RecordedRequest::status).containsExactly(200, 401);
        assertThat(fake.requests()).allSatisfy(r -> assertThat(r.header("Authorization")).isEmpty());
    }

    @Test
    void reset_clearsJournalStoreAndFaults() {
        http.post("/Users", Http.user("r@example.com"));
        fake.enqueueFault(RequestMatch.any(), Fault.status(500));

        fake.reset();

        assertThat(fake.requestCount()).isZero();
        assertThat(fake.requests()).isEmpty();
        assertThat(fake.users()).isEmpty();
        assertThat(fake.unusedFaults()).isEmpty();
    }

    @Test
    void journalCapacity_keepsOnlyTheMostRecent() {
        try (ZoomScimFake small = ZoomScimFake.builder().journalCapacity(2).start()) {
            Http client = Http.to(small);
            client.get("/Users?count=1");
            client.get("/Users?count=2");
            client.get("/Users?count=3");

            assertThat(small.requestCount()).isEqualTo(3);
            assertThat(small.requests()).extracting(RecordedRequest::query).containsExactly("count=2", "count=3");
        }
    }
}
