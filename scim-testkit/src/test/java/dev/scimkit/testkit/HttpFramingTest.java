package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.json.ScimJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** HTTP/1.1 framing over raw sockets: what curl, Python, wrk and hand-written clients rely on. */
class HttpFramingTest {

    private final ZoomScimFake fake = ZoomScimFake.builder().token("tok").start();

    @AfterEach
    void close() {
        fake.close();
    }

    private static String get(String target, String... extraHeaders) {
        return "GET " + target + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer tok\r\n"
                + String.join("", extraHeaders) + "\r\n";
    }

    private static String post(String body, String... extraHeaders) {
        return "POST /scim2/Users HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer tok\r\n"
                + "Content-Type: application/json\r\n" + String.join("", extraHeaders) + "\r\n" + body;
    }

    private static String user(String userName) {
        return "{\"userName\":\"" + userName + "\"}";
    }

    @Test
    void keepAlive_servesSeveralRequestsOnOneConnection() {
        try (RawHttp http = new RawHttp(fake.port())) {
            for (int i = 0; i < 3; i++) {
                RawHttp.Response response = http.send(get("/scim2/Users?count=1")).read();
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.header("Connection")).isNull();
                assertThat(response.header("Date")).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
            }
        }
        assertThat(fake.requestCount()).isEqualTo(3);
    }

    @Test
    void pipelinedRequests_areAnsweredInOrder() {
        String body = user("pipe@example.com");
        String pipelined = post(body, "Content-Length: " + body.length() + "\r\n")
                + get("/scim2/Users?filter=userName%20eq%20%22pipe@example.com%22")
                + get("/scim2/Users/nope");
        try (RawHttp http = new RawHttp(fake.port())) {
            http.send(pipelined);

            assertThat(http.read().status()).isEqualTo(201);
            assertThat(ScimJson.parseObject(http.read().body()).getInt("totalResults")).isEqualTo(1);
            assertThat(http.read().status()).isEqualTo(404);
        }
    }

    @Test
    void head_hasTheHeadersOfGetAndNoBody() {
        try (RawHttp http = new RawHttp(fake.port())) {
            RawHttp.Response head = http.send(get("/scim2/Users?count=1").replace("GET", "HEAD")).read(true);
            RawHttp.Response next = http.send(get("/scim2/Users?count=1")).read();

            assertThat(head.status()).isEqualTo(200);
            assertThat(head.header("Content-Length")).isEqualTo(Integer.toString(next.body().length()));
            assertThat(next.status()).isEqualTo(200);   // no stray body bytes were left between the two
        }
        assertThat(fake.requests()).extracting(RecordedRequest::method).containsExactly("HEAD", "GET");
    }

    @Test
    void connectionClose_isAnsweredThenClosed() {
        try (RawHttp http = new RawHttp(fake.port())) {
            RawHttp.Response response = http.send(get("/scim2/Users", "Connection: close\r\n")).read();

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Connection")).isEqualTo("close");
            assertThat(http.closedByPeer()).isTrue();
        }
    }

    @Test
    void http10_closesUnlessKeepAliveIsAsked() {
        try (RawHttp http = new RawHttp(fake.port())) {
            RawHttp.Response response = http.send(get("/scim2/Users").replace("HTTP/1.1", "HTTP/1.0")).read();

            assertThat(response.status()).isEqualTo(200);
            assertThat(http.closedByPeer()).isTrue();
        }
        try (RawHttp http = new RawHttp(fake.port())) {
            String keepAlive = get("/scim2/Users", "Connection: keep-alive\r\n").replace("HTTP/1.1", "HTTP/1.0");

            assertThat(http.send(keepAlive).read().header("Connection")).isEqualTo("keep-alive");
            assertThat(http.send(keepAlive).read().status()).isEqualTo(200);
        }
    }

    @Test
    void expectContinue_getsAnInterimResponseBeforeTheBodyIsSent() {
        String body = user("expect@example.com");
        try (RawHttp http = new RawHttp(fake.port())) {
            http.send(post("", "Content-Length: " + body.length() + "\r\n", "Expect: 100-continue\r\n"));

            RawHttp.Response interim = http.read(true);
            assertThat(interim.status()).isEqualTo(100);
            assertThat(http.send(body).read().status()).isEqualTo(201);
        }
    }

    @Test
    void chunkedBody_withExtensionsAndTrailers_isDecoded() {
        String body = user("chunked@example.com");
        String chunked = Integer.toHexString(10) + ";name=value\r\n" + body.substring(0, 10) + "\r\n"
                + Integer.toHexString(body.length() - 10).toUpperCase() + "\r\n" + body.substring(10) + "\r\n"
                + "0\r\nX-Trailer: ignored\r\n\r\n";
        try (RawHttp http = new RawHttp(fake.port())) {
            RawHttp.Response response = http.send(post(chunked, "Transfer-Encoding: chunked\r\n")).read();

            assertThat(response.status()).isEqualTo(201);
            assertThat(http.send(get("/scim2/Users?count=1")).read().status()).isEqualTo(200);
        }
        assertThat(fake.users()).extracting(u -> u.getString("userName")).containsExactly("chunked@example.com");
    }

    @Test
    void requestSentInSingleBytes_isAssembled() {
        String body = user("trickle@example.com");
        byte[] request = post(body, "Content-Length: " + body.length() + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (RawHttp http = new RawHttp(fake.port())) {
            for (byte b : request) {
                http.send(new byte[] {b});
            }

            assertThat(http.read().status()).isEqualTo(201);
        }
    }

    @Test
    void absoluteFormTarget_andLeadingEmptyLine_areAccepted() {
        try (RawHttp http = new RawHttp(fake.port())) {
            RawHttp.Response response = http.send("\r\n" + get("http://127.0.0.1:" + fake.port() + "/scim2/Users?count=1")).read();

            assertThat(response.status()).isEqualTo(200);
        }
        assertThat(fake.requests().get(0).target()).isEqualTo("/scim2/Users?count=1");
    }

    @Test
    void requestFollowedByHalfClose_isStillAnswered() {
        try (RawHttp http = new RawHttp(fake.port())) {
            RawHttp.Response response = http.send(get("/scim2/Users")).shutdownOutput().read();

            assertThat(response.status()).isEqualTo(200);
            assertThat(http.closedByPeer()).isTrue();
        }
    }

    @Test
    void noJvmWideSystemProperty_isSet() {
        assertThat(System.getProperty("sun.net.httpserver.nodelay")).isNull();
    }
}
