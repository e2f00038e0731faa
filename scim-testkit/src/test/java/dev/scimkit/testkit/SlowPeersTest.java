package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stalled and trickling clients cost the fake a buffer, never a worker thread: others are served while
 * they hang, and a stalled request is answered 408 and dropped after the read timeout.
 */
class SlowPeersTest {

    private static List<RawHttp> stallFifty(ZoomScimFake fake) {
        List<RawHttp> peers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            RawHttp peer = new RawHttp(fake.port());
            if (i % 3 == 0) {
                peer.send("GET /scim2/Us");                                     // part of a request line
            } else if (i % 3 == 1) {
                peer.send("GET /scim2/Users HTTP/1.1\r\nHost: x\r\nAuthorization: Bea");   // part of a head
            } else {
                peer.send("POST /scim2/Users HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + fake.token()
                        + "\r\nContent-Length: 100\r\n\r\n{\"userName\":");         // part of a body
            }
            peers.add(peer);
        }
        return peers;
    }

    @Test
    void fiftyStalledPeers_doNotStopOthersBeingServed() {
        try (ZoomScimFake fake = ZoomScimFake.builder().threads(2).start()) {
            List<RawHttp> peers = stallFifty(fake);
            try {
                Http http = Http.to(fake);
                for (int i = 0; i < 20; i++) {
                    HttpResponse<String> response = http.post("/Users", Http.user("u" + i + "@example.com"));
                    assertThat(response.statusCode()).isEqualTo(201);
                    assertThat(http.get("/Users?count=1").statusCode()).isEqualTo(200);
                }
                assertThat(fake.users()).hasSize(20);
            } finally {
                peers.forEach(RawHttp::close);
            }
        }
    }

    @Test
    void stalledRequest_isAnswered408AndClosedAfterTheReadTimeout() {
        try (ZoomScimFake fake = ZoomScimFake.builder().readTimeout(Duration.ofMillis(200)).start();
             RawHttp head = new RawHttp(fake.port());
             RawHttp body = new RawHttp(fake.port())) {
            head.send("GET /scim2/Users HTTP/1.1\r\nHost: x\r\n");
            body.send("POST /scim2/Users HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n{\"a\"");

            for (RawHttp stalled : List.of(head, body)) {
                RawHttp.Response response = stalled.read();     // arrives within RawHttp's 30 s bound
                assertThat(response.status()).isEqualTo(408);
                assertThat(response.header("Connection")).isEqualTo("close");
                assertThat(response.body()).contains("read timeout");
                assertThat(stalled.closedByPeer()).isTrue();
            }
            // recorded when its head had arrived (the other one has no request line to record)
            assertThat(fake.requests()).extracting(RecordedRequest::toString)
                    .containsExactly("#0 POST /scim2/Users -> 408");
        }
    }

    @Test
    void tricklingPeer_cannotExtendItsRequestPastTheReadTimeout() {
        try (ZoomScimFake fake = ZoomScimFake.builder().readTimeout(Duration.ofMillis(300)).start();
             RawHttp trickler = new RawHttp(fake.port())) {
            trickler.send("GET /scim2/Users HTTP/1.1\r\n");
            // one header line per 20 ms without an answer: every line is progress, but the request as a
            // whole is late (the bound is generous: 2,000 lines, far past 300 ms)
            boolean answered = false;
            for (int i = 0; i < 2_000 && !answered; i++) {
                trickler.send("X-Slow: a\r\n");
                answered = trickler.answersWithin(20);
            }

            assertThat(answered).isTrue();
            assertThat(trickler.read().status()).isEqualTo(408);
        }
    }

    @Test
    void idleConnection_isClosedAfterTheReadTimeoutWithoutAnswer() {
        try (ZoomScimFake fake = ZoomScimFake.builder().readTimeout(Duration.ofMillis(100)).start();
             RawHttp idle = new RawHttp(fake.port())) {
            assertThat(idle.closedByPeer()).isTrue();
            assertThat(fake.requestCount()).isZero();
        }
    }
}
