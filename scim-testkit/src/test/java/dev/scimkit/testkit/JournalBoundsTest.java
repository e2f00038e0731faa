package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.core.ScimException;
import dev.scimkit.testkit.internal.journal.Journal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The journal is bounded by memory: large rejected requests cannot exhaust the heap. */
class JournalBoundsTest {

    private static String largeInvalidUser(int chars) {
        return "{\"userName\":\"big@example.com\",\"userType\":\"Nope\",\"title\":\"" + "x".repeat(chars) + "\"}";
    }

    @Test
    void manyLargeRejectedRequests_stayWithinTheBound_andGetsStillAnswer() {
        long bound = 4L << 20;
        try (ZoomScimFake fake = ZoomScimFake.builder().journalBytes(bound).start()) {
            Http http = Http.to(fake);
            String body = largeInvalidUser(900_000);
            for (int i = 0; i < 40; i++) {
                assertThat(http.post("/Users", body).statusCode()).isEqualTo(400);
            }

            List<RecordedRequest> kept = fake.requests();
            assertThat(kept.stream().mapToLong(Journal::estimate).sum()).isLessThanOrEqualTo(bound);
            assertThat(fake.requestCount()).isEqualTo(40);
            assertThat(kept).isNotEmpty().allSatisfy(request -> {
                assertThat(request.bodyTruncated()).isTrue();
                assertThat(request.bodySize()).isEqualTo(body.length());
                assertThat(request.body()).startsWith("{\"userName\":\"big@example.com\"")
                        .endsWith("…[truncated by the fake's journal: first 8192 of " + body.length() + " bytes kept]");
                assertThat(request.responseBodyTruncated()).isFalse();
            });
            assertThat(http.get("/Users?count=1").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void defaultJournal_truncatesBodiesPast128KiB_andKeepsSmallerOnesWhole() throws InterruptedException {
        try (ZoomScimFake fake = ZoomScimFake.start()) {
            Http http = Http.to(fake);
            http.post("/Users", largeInvalidUser(200_000));
            http.post("/Users", Http.user("small@example.com"));

            RecordedRequest large = fake.takeRequest();
            RecordedRequest small = fake.takeRequest();
            assertThat(large.bodyTruncated()).isTrue();
            assertThat(large.body()).hasSizeLessThan(128 * 1024 + 100);
            assertThatThrownBy(large::bodyJson).isInstanceOf(ScimException.class).hasMessageContaining("truncated");
            assertThat(small.bodyTruncated()).isFalse();
            assertThat(small.bodySize()).isEqualTo(Http.user("small@example.com").length());
            assertThat(small.bodyJson().getString("userName")).isEqualTo("small@example.com");
        }
    }

    @Test
    void journalBytesZero_keepsNothingButCounts() {
        try (ZoomScimFake fake = ZoomScimFake.builder().journalBytes(0).start()) {
            Http.to(fake).get("/Users");

            assertThat(fake.requests()).isEmpty();
            assertThat(fake.requestCount()).isEqualTo(1);
        }
    }
}
