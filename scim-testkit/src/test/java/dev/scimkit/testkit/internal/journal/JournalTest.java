package dev.scimkit.testkit.internal.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.testkit.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class JournalTest {

    private static RecordedRequest request(int n, int bodyChars) {
        return new RecordedRequest(n, "POST", "/scim2/Users", "", Map.of(), "x".repeat(bodyChars), 400, "");
    }

    @Test
    void bytesBound_evictsOldestFirstFromBothViews() throws InterruptedException {
        Journal journal = new Journal(10_000, 10_000);

        for (int i = 0; i < 10; i++) {
            journal.record(request(i, 1_000));
        }

        assertThat(journal.bytes()).isLessThanOrEqualTo(10_000);
        assertThat(journal.count()).isEqualTo(10);
        long fit = 10_000 / Journal.estimate(request(0, 1_000));     // 3 of these fit
        assertThat(journal.all()).extracting(RecordedRequest::sequence).hasSize((int) fit).endsWith(9L);
        assertThat(journal.take(Duration.ZERO).sequence()).isEqualTo(10 - fit);
    }

    @Test
    void anEntryLargerThanTheBound_isNotKept() {
        Journal journal = new Journal(10, 1_000);

        journal.record(request(0, 2_000));

        assertThat(journal.all()).isEmpty();
        assertThat(journal.bytes()).isZero();
        assertThat(journal.count()).isEqualTo(1);
    }

    @Test
    void bodyLimit_isA512thOfTheBound() {
        assertThat(new Journal(1, 64L << 20).bodyLimit()).isEqualTo(128 * 1024);
        assertThat(new Journal(1, 0).bodyLimit()).isZero();
    }

    @Property(tries = 300)
    void truncation_keepsAUtf8PrefixWithinTheLimitAndSaysSo(@ForAll String text, @ForAll @IntRange(max = 64) int limit) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        JournalBody body = JournalBody.of(bytes, limit);

        assertThat(body.size()).isEqualTo(bytes.length);
        assertThat(body.truncated()).isEqualTo(bytes.length > limit);
        if (body.truncated()) {
            String kept = body.text().substring(0, body.text().indexOf("…[truncated by the fake's journal"));
            assertThat(text).startsWith(kept);
            assertThat(kept.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(limit);
            assertThat(body.text()).endsWith(" of " + bytes.length + " bytes kept]");
        } else {
            assertThat(body.text()).isEqualTo(text);
        }
    }
}
