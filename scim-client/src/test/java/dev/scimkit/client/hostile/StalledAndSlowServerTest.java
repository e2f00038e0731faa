package dev.scimkit.client.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.scimkit.client.ScimConnectionException;
import dev.scimkit.client.ScimInterruptedException;
import dev.scimkit.client.ServerErrorException;
import dev.scimkit.client.ZoomScimClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every attempt ends within its timeout, connect to last body byte: a server that stalls after the
 * headers, trickles, or lies about its length cannot hold a call, and the connection is released.
 */
@Timeout(60)
class StalledAndSlowServerTest {

    private static final String HEAD = "HTTP/1.1 200 OK\r\nContent-Type: application/scim+json\r\n";

    private static HostileServer headersThenStall() {
        return HostileServer.start((request, wire) -> {
            wire.raw(HEAD + "Content-Length: 500\r\n\r\n{\"id\":\"u1\",");
            wire.stall();
            return false;
        });
    }

    private static void assertTimedOut(Throwable failure) {
        assertThat(failure).isInstanceOfSatisfying(ScimConnectionException.class, e -> {
            assertThat(e.timedOut()).isTrue();
            assertThat(e.status()).isEqualTo(504);
            assertThat(e.detail()).contains("300 ms").contains("connect, headers and body");
        });
        assertThat(failure).isNotInstanceOf(ServerErrorException.class);
    }

    @Test
    void get_headersThenStall_timesOutAndReleasesTheConnection() throws Exception {
        try (HostileServer server = headersThenStall()) {
            assertTimedOut(catchThrowable(() -> Hostile.impatient(server).users().get("u1")));
            assertThat(server.awaitClientClosed(1, Duration.ofSeconds(10))).isTrue();
        }
    }

    @Test
    void getAsync_headersThenStall_timesOutAndReleasesTheConnection() throws Exception {
        try (HostileServer server = headersThenStall()) {
            assertTimedOut(Hostile.failureOf(Hostile.impatient(server).users().getAsync("u1")));
            assertThat(server.awaitClientClosed(1, Duration.ofSeconds(10))).isTrue();
        }
    }

    @Test
    void create_headersThenStall_timesOutInBothForms() throws Exception {
        try (HostileServer server = headersThenStall()) {
            ZoomScimClient client = Hostile.impatient(server);
            assertTimedOut(catchThrowable(() -> client.users().create(Hostile.user("a@example.com"))));
            assertTimedOut(Hostile.failureOf(client.users().createAsync(Hostile.user("b@example.com"))));
            assertThat(server.awaitClientClosed(2, Duration.ofSeconds(10))).isTrue();
        }
    }

    @Test
    void get_noAnswerAtAll_timesOut() throws Exception {
        try (HostileServer server = HostileServer.start((request, wire) -> {
            wire.stall();
            return false;
        })) {
            assertTimedOut(catchThrowable(() -> Hostile.impatient(server).users().get("u1")));
            assertTimedOut(Hostile.failureOf(Hostile.impatient(server).groups().getAsync("g1")));
        }
    }

    @Test
    void get_tricklingBody_timesOut() throws Exception {
        byte[] body = ("{\"id\":\"u1\",\"userName\":\"" + "x".repeat(400) + "\"}").getBytes(StandardCharsets.UTF_8);
        try (HostileServer server = HostileServer.start((request, wire) -> {
            wire.raw(HEAD + "Content-Length: " + body.length + "\r\n\r\n");
            wire.trickle(body, Duration.ofMillis(20));
            return false;
        })) {
            ZoomScimClient client = Hostile.impatient(server);
            assertTimedOut(catchThrowable(() -> client.users().get("u1")));
            assertTimedOut(Hostile.failureOf(client.users().getAsync("u1")));
        }
    }

    @Test
    void get_contentLengthLongerThanTheBody_timesOut() throws Exception {
        try (HostileServer server = HostileServer.start((request, wire) -> {
            wire.raw(HEAD + "Content-Length: 1000\r\n\r\n{\"id\":\"u1\"}");
            wire.stall();
            return false;
        })) {
            assertTimedOut(catchThrowable(() -> Hostile.impatient(server).users().get("u1")));
        }
    }

    @Test
    void get_stalledEveryTime_eachAttemptEndsWithinItsTimeoutAndAllAreRetried() throws Exception {
        try (HostileServer server = headersThenStall()) {
            Throwable failure = catchThrowable(() -> Hostile.impatientRetrying(server).users().get("u1"));

            assertTimedOut(failure);
            assertThat(failure.getSuppressed()).hasSize(3);
            assertThat(server.requests()).hasSize(4);
            assertThat(server.awaitClientClosed(4, Duration.ofSeconds(10))).isTrue();
        }
    }

    @Test
    void get_closedMidBody_isAConnectionFailureNotATimeout() throws Exception {
        try (HostileServer server = HostileServer.start((request, wire) -> {
            wire.raw(HEAD + "Content-Length: 100\r\n\r\n{\"id\":\"u1\",\"userName\":");
            wire.close();
            return false;
        })) {
            Throwable failure = catchThrowable(() -> Hostile.retrying(server).users().get("u1"));

            assertThat(failure).isInstanceOfSatisfying(ScimConnectionException.class, e -> {
                assertThat(e.timedOut()).isFalse();
                assertThat(e.status()).isEqualTo(503);
            });
            assertThat(server.requests()).hasSize(4);
        }
    }

    @Test
    void get_interruptedWhileWaiting_isScimInterruptedExceptionAndKeepsTheInterrupt() throws Exception {
        CountDownLatch received = new CountDownLatch(1);
        try (HostileServer server = HostileServer.start((request, wire) -> {
            received.countDown();
            wire.stall();
            return false;
        })) {
            ZoomScimClient client = Hostile.builder(server, dev.scimkit.client.RetryPolicy.none(),
                    Duration.ofMinutes(5)).build();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            AtomicBoolean stillInterrupted = new AtomicBoolean();
            Thread caller = new Thread(() -> {
                failure.set(catchThrowable(() -> client.users().get("u1")));
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            });
            caller.start();
            assertThat(received.await(10, TimeUnit.SECONDS)).isTrue();

            caller.interrupt();
            caller.join(10_000);

            assertThat(caller.isAlive()).isFalse();
            assertThat(failure.get()).isInstanceOfSatisfying(ScimInterruptedException.class,
                    e -> assertThat(e.status()).isEqualTo(499));
            assertThat(stillInterrupted).isTrue();
            assertThat(server.awaitClientClosed(1, Duration.ofSeconds(10))).isTrue();
        }
    }
}
