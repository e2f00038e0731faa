package dev.scimkit.client.hostile;

import dev.scimkit.testkit.ManualClock;
import dev.scimkit.client.RateLimit;
import dev.scimkit.client.RecordingSleeper;
import dev.scimkit.client.RetryPolicy;
import dev.scimkit.client.ZoomScimClient;
import dev.scimkit.core.User;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Clients for a {@link HostileServer}: short timeouts, a small body cap, and waits that never sleep for real. */
final class Hostile {

    /** The attempt timeout of clients facing a server that stalls. */
    static final Duration TIMEOUT = Duration.ofMillis(300);
    /** The attempt timeout of clients facing a server that answers at once (no flakiness on a busy machine). */
    static final Duration GENEROUS = Duration.ofSeconds(15);
    /** The body cap in these tests. */
    static final long CAP = 64 * 1024;
    /** Retries without real waiting: backoff goes through a recording sleeper on a manual clock. */
    static final RetryPolicy RETRIES = new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(8),
            Duration.ofMinutes(5));

    private Hostile() {
    }

    static ZoomScimClient.Builder builder(HostileServer server, RetryPolicy policy, Duration timeout) {
        ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
        return ZoomScimClient.builder()
                .baseUri(server.baseUri())
                .bearerToken("hostile-token")
                .rateLimit(RateLimit.unlimited())
                .retryPolicy(policy)
                .clock(clock)
                .sleeper(new RecordingSleeper(clock))
                .requestTimeout(timeout)
                .maxResponseBytes(CAP);
    }

    /** A client without retries for a server that answers at once. */
    static ZoomScimClient client(HostileServer server) {
        return builder(server, RetryPolicy.none(), GENEROUS).build();
    }

    /** A retrying client for a server that answers at once. */
    static ZoomScimClient retrying(HostileServer server) {
        return builder(server, RETRIES, GENEROUS).build();
    }

    /** A client without retries and with a 300 ms attempt timeout, for a server that stalls. */
    static ZoomScimClient impatient(HostileServer server) {
        return builder(server, RetryPolicy.none(), TIMEOUT).build();
    }

    /** A retrying client with a 300 ms attempt timeout, for a server that stalls. */
    static ZoomScimClient impatientRetrying(HostileServer server) {
        return builder(server, RETRIES, TIMEOUT).build();
    }

    static User user(String userName) {
        return User.builder().userName(userName).build();
    }

    /** The failure of an asynchronous call, unwrapped; fails the test if it succeeds or hangs. */
    static Throwable failureOf(CompletableFuture<?> future) {
        try {
            future.get(20, TimeUnit.SECONDS);
        } catch (ExecutionException | CompletionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            throw new AssertionError("the call did not end within 20 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        throw new AssertionError("the call succeeded");
    }

    static String listOf(int total, String... resources) {
        return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"]"
                + (total < 0 ? "" : ",\"totalResults\":" + total)
                + ",\"Resources\":[" + String.join(",", resources) + "]}";
    }
}
