package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A body over the limit is answered 413, and the client reads that answer: never a connection reset. */
class OversizedBodyTest {

    private static final int TEN_MIB = 10 << 20;

    private final ZoomScimFake fake = ZoomScimFake.builder().token("tok").start();

    @AfterEach
    void close() {
        fake.close();
    }

    private static byte[] bigBody() {
        byte[] body = new byte[TEN_MIB];
        Arrays.fill(body, (byte) 'x');
        byte[] prefix = "{\"userName\":\"big@example.com\",\"title\":\"".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[body.length - 2] = '"';
        body[body.length - 1] = '}';
        return body;
    }

    @Test
    void rawClientWritingTheWholeBodyBeforeReading_reads413() {
        byte[] body = bigBody();
        for (int attempt = 0; attempt < 3; attempt++) {
            try (RawHttp http = new RawHttp(fake.port())) {
                http.send("POST /scim2/Users HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer tok\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n");
                http.send(body);    // all of it, without reading: the fake must keep reading meanwhile

                RawHttp.Response response = http.read();
                assertThat(response.status()).isEqualTo(413);
                assertThat(response.header("Connection")).isEqualTo("close");
                assertThat(response.body()).contains("exceeds the limit of 1048576 bytes");
                assertThat(http.closedByPeer()).isTrue();
            }
        }
        assertThat(fake.users()).isEmpty();
    }

    @Test
    void chunkedBodyOverTheLimit_reads413() {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'x');
        try (RawHttp http = new RawHttp(fake.port())) {
            http.send("POST /scim2/Users HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer tok\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            for (int i = 0; i < 40; i++) {      // 2.5 MiB in all
                http.send(Integer.toHexString(chunk.length) + "\r\n").send(chunk).send("\r\n");
            }
            http.send("0\r\n\r\n");

            assertThat(http.read().status()).isEqualTo(413);
        }
    }

    @Test
    void expectContinueWithAnOversizedLength_gets413InsteadOf100() {
        try (RawHttp http = new RawHttp(fake.port())) {
            http.send("POST /scim2/Users HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer tok\r\n"
                    + "Content-Length: " + TEN_MIB + "\r\nExpect: 100-continue\r\n\r\n");

            RawHttp.Response response = http.read();
            assertThat(response.status()).isEqualTo(413);
            assertThat(http.closedByPeer()).isTrue();
        }
    }

    @Test
    void javaNetHttpClient_reads413() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(fake.baseUri() + "/Users"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer tok")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bigBody()))
                .build();
        for (int attempt = 0; attempt < 3; attempt++) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(413);
        }
        assertThat(fake.requests()).extracting(RecordedRequest::status).containsExactly(413, 413, 413);
    }

    @Test
    void bodyJustUnderTheLimit_isRead() {
        try (ZoomScimFake small = ZoomScimFake.builder().maxBodyChars(4096).start()) {
            String title = "x".repeat(4096 - "{\"userName\":\"a@example.com\",\"title\":\"\"}".length());
            String body = "{\"userName\":\"a@example.com\",\"title\":\"" + title + "\"}";

            assertThat(body).hasSize(4096);
            assertThat(Http.to(small).post("/Users", body).statusCode()).isEqualTo(201);
            assertThat(Http.to(small).post("/Users", body.replace("a@", "ab@")).statusCode()).isEqualTo(413);
        }
    }
}
