package dev.scimkit.testkit.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A write evaluates its change (PATCH, validation) without holding the write lock, so a slow change does
 * not stop other writes; and a change computed from a version that was replaced meanwhile is computed
 * again, so no update is lost and a precondition is judged against the version actually replaced. Latches
 * order the threads; the only time bound is a generous guard against a hang.
 */
class OptimisticWriteTest {

    private static final long GUARD_SECONDS = 30;

    private final ResourceStore store = new ResourceStore(
            Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC), 1, "http://127.0.0.1:1/scim2", 0, null);
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void aSlowChange_doesNotBlockOtherWrites() throws Exception {
        String slow = createUser("slow", "0");
        String other = createUser("other", "0");
        CountDownLatch inChange = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<StoredResource> slowWrite = threads.submit(() -> store.updateUser(slow, Precondition.none(), user -> {
            inChange.countDown();
            await(release);
            return withNickName(user, "done");
        }));
        assertThat(inChange.await(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();

        Future<String> otherWrites = threads.submit(() -> {
            store.updateUser(other, Precondition.none(), user -> withNickName(user, "1"));
            return createUser("third", "0");
        });

        assertThat(otherWrites.get(GUARD_SECONDS, TimeUnit.SECONDS)).isNotNull();
        assertThat(slowWrite.isDone()).isFalse();
        release.countDown();
        assertThat(slowWrite.get(GUARD_SECONDS, TimeUnit.SECONDS).json().getString("nickName")).isEqualTo("done");
    }

    @Test
    void aChangeOverAReplacedVersion_isComputedAgain_soNoUpdateIsLost() throws Exception {
        String id = createUser("counter", "");
        CountDownLatch inChange = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        Future<StoredResource> appendA = threads.submit(() -> store.updateUser(id, Precondition.none(), user -> {
            if (calls.incrementAndGet() == 1) {
                inChange.countDown();
                await(release);
            }
            return withNickName(user, user.getString("nickName") + "A");
        }));
        assertThat(inChange.await(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();

        store.updateUser(id, Precondition.none(), user -> withNickName(user, user.getString("nickName") + "B"));
        release.countDown();

        assertThat(appendA.get(GUARD_SECONDS, TimeUnit.SECONDS).json().getString("nickName")).isEqualTo("BA");
        assertThat(calls.get()).isEqualTo(2);
        assertThat(store.user(id).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void anIfMatchOverAReplacedVersion_fails() throws Exception {
        String id = createUser("conditional", "");
        String etag = store.user(id).orElseThrow().etag();
        CountDownLatch inChange = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<StoredResource> conditional = threads.submit(() -> store.updateUser(id, new Precondition(etag, null),
                user -> {
                    inChange.countDown();
                    await(release);
                    return withNickName(user, "stale");
                }));
        assertThat(inChange.await(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();

        store.updateUser(id, Precondition.none(), user -> withNickName(user, "fresh"));
        release.countDown();

        assertThatThrownBy(() -> conditional.get(GUARD_SECONDS, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause()
                .isInstanceOf(ScimException.class).extracting(e -> ((ScimException) e).status()).isEqualTo(412);
        assertThat(store.user(id).orElseThrow().json().getString("nickName")).isEqualTo("fresh");
    }

    private String createUser(String name, String nickName) {
        JsonObject user = ScimJson.builders().createObjectBuilder()
                .add("schemas", ScimJson.builders().createArrayBuilder().add(SchemaRegistry.USER))
                .add("userName", name + "@example.com").add("nickName", nickName).build();
        return store.createUser(user, null).id();
    }

    private static JsonObject withNickName(JsonObject user, String nickName) {
        return ScimJson.builders().createObjectBuilder(user).add("nickName", nickName).build();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(GUARD_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released within " + GUARD_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
