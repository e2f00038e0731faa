package dev.scimkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.scimkit.client.ScimClientException;
import dev.scimkit.client.ScimConnectionException;
import dev.scimkit.core.dialect.RateCategory;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransportAndLoggingTest {

    private HttpServer server;
    private URI base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/big", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] chunk = new byte[8192];
                for (int i = 0; i < 64; i++) {
                    out.write(chunk);
                }
            } catch (IOException clientGaveUp) {
                // expected: the client cancels past its cap
            }
        });
        server.createContext("/small", exchange -> {
            byte[] body = "{\"ok\":true}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpClientTransport transport(long cap) {
        return new HttpClientTransport(HttpClient.newHttpClient(), Duration.ofSeconds(10), cap);
    }

    @Test
    void send_bodyOverCap_failsWithClearException() {
        ScimRequest request = ScimRequest.of("GET", base.resolve("/big"), null, RateCategory.LIGHT);

        assertThatThrownBy(() -> Pipeline.await(SendStage.sendOnce(transport(100_000), request)))
                .isInstanceOf(ScimClientException.class)
                .hasMessage("502: response body exceeds the limit of 100000 bytes (maxResponseBytes) (GET /big)");
    }

    @Test
    void send_bodyUnderCap_isReturnedWhole() {
        ScimRequest request = ScimRequest.of("GET", base.resolve("/small"), null, RateCategory.LIGHT);

        ScimResponse response = Pipeline.await(SendStage.sendOnce(transport(1024), request));

        assertThat(new String(response.body())).isEqualTo("{\"ok\":true}");
    }

    @Test
    void send_nothingListening_isConnectionExceptionMarkedNeverSent() {
        server.stop(0);
        ScimRequest request = ScimRequest.of("POST", base.resolve("/small"), new byte[] {1}, RateCategory.LIGHT);

        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                () -> Pipeline.await(SendStage.sendOnce(transport(1024), request)));

        assertThat(failure).isInstanceOf(ScimConnectionException.class);
        assertThat(SendStage.neverSent(failure)).isTrue();
    }

    @Test
    void logging_debugHasMethodPathStatusAttempt_traceHasRedactedBodies_neverToken() {
        PipelineFixture f = PipelineFixture.standard();
        f.transport.respond(503, "").respond(201, "{\"id\":\"u1\",\"password\":\"pw-in-response\"}");

        f.execute(ScimRequest.of("PUT", URI.create("https://api.zoom.us/scim2/Users/u1?filter=secret%40x"),
                "{\"userName\":\"a\",\"password\":\"hunter2\"}".getBytes(), RateCategory.LIGHT));

        String log = f.logger.all();
        assertThat(log).contains("DEBUG PUT /scim2/Users/u1 -> 503 in ").contains("(attempt 1)")
                .contains("DEBUG PUT /scim2/Users/u1 -> 201 in ").contains("(attempt 2)")
                .contains("TRACE PUT /scim2/Users/u1 request body: {\"userName\":\"a\",\"password\":\"***\"}")
                .doesNotContain("hunter2").doesNotContain("pw-in-response").doesNotContain("tok-123")
                .doesNotContain("secret%40x");
    }
}
