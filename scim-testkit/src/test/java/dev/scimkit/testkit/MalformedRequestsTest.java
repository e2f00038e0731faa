package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.json.ScimJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Garbage on the wire gets a 4xx with a SCIM error body and {@code Connection: close} — never a 500,
 * never a hang — and the fake goes on serving.
 */
class MalformedRequestsTest {

    private static final String AUTH = "Authorization: Bearer tok\r\n";
    private static ZoomScimFake fake;

    @BeforeContainer
    static void startForProperties() {
        fake = ZoomScimFake.builder().token("tok").maxBodyChars(4096).start();
    }

    @AfterContainer
    static void stopForProperties() {
        fake.close();
    }

    static Stream<Arguments> malformed() {
        String big = "x".repeat(400 * 1024);
        StringBuilder manyHeaders = new StringBuilder("GET /scim2/Users HTTP/1.1\r\n");
        for (int i = 0; i < 201; i++) {
            manyHeaders.append("X-H").append(i).append(": v\r\n");
        }
        return Stream.of(
                Arguments.of("no spaces", "GARBAGE\r\n\r\n", 400),
                Arguments.of("HTTP/0.9 request line", "GET /scim2/Users\r\n\r\n", 400),
                Arguments.of("extra request line part", "GET /scim2/Users HTTP/1.1 extra\r\n\r\n", 400),
                Arguments.of("double space", "GET  /scim2/Users HTTP/1.1\r\n\r\n", 400),
                Arguments.of("HTTP/2.0", "GET /scim2/Users HTTP/2.0\r\n\r\n", 400),
                Arguments.of("not HTTP", "GET /scim2/Users FOO/1.1\r\n\r\n", 400),
                Arguments.of("lower-case version", "GET /scim2/Users http/1.1\r\n\r\n", 400),
                Arguments.of("method with a separator, no line end yet", "G(T /scim2/Users", 400),
                Arguments.of("TLS handshake", "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u00fc\u0003\u0003", 400),
                Arguments.of("raw non-ASCII target", "GET /scim2/Us\u00e9rs HTTP/1.1\r\n\r\n", 400),
                Arguments.of("relative target", "GET scim2/Users HTTP/1.1\r\n\r\n", 400),
                Arguments.of("fragment", "GET /scim2/Users#x HTTP/1.1\r\n\r\n", 400),
                Arguments.of("header without colon", "GET /scim2/Users HTTP/1.1\r\nHost x\r\n\r\n", 400),
                Arguments.of("obs-fold", "GET /scim2/Users HTTP/1.1\r\nX-A: a\r\n b\r\n\r\n", 400),
                Arguments.of("space before colon", "GET /scim2/Users HTTP/1.1\r\nHost : x\r\n\r\n", 400),
                Arguments.of("empty header name", "GET /scim2/Users HTTP/1.1\r\n: x\r\n\r\n", 400),
                Arguments.of("NUL in a value", "GET /scim2/Users HTTP/1.1\r\nX-A: a\u0000b\r\n\r\n", 400),
                Arguments.of("bare CR in a value", "GET /scim2/Users HTTP/1.1\r\nX-A: a\rb\r\n\r\n", 400),
                Arguments.of("Content-Length not a number", post("Content-Length: abc\r\n"), 400),
                Arguments.of("negative Content-Length", post("Content-Length: -1\r\n"), 400),
                Arguments.of("Content-Length list", post("Content-Length: 1, 2\r\n"), 400),
                Arguments.of("conflicting Content-Lengths", post("Content-Length: 1\r\nContent-Length: 2\r\n"), 400),
                Arguments.of("Content-Length and chunked",
                        post("Content-Length: 5\r\nTransfer-Encoding: chunked\r\n"), 400),
                Arguments.of("gzip transfer coding", post("Transfer-Encoding: gzip\r\n"), 400),
                Arguments.of("chunked twice", post("Transfer-Encoding: chunked, chunked\r\n"), 400),
                Arguments.of("chunked in HTTP/1.0",
                        post("Transfer-Encoding: chunked\r\n").replace("HTTP/1.1", "HTTP/1.0"), 400),
                Arguments.of("chunk size not hex", post("Transfer-Encoding: chunked\r\n") + "zz\r\n", 400),
                Arguments.of("chunk longer than its size",
                        post("Transfer-Encoding: chunked\r\n") + "2\r\nabc\r\n0\r\n\r\n", 400),
                Arguments.of("chunk size with junk", post("Transfer-Encoding: chunked\r\n") + "2 x\r\n", 400),
                Arguments.of("chunk over the body limit",
                        post("Transfer-Encoding: chunked\r\n") + "100000\r\n", 413),
                Arguments.of("huge Content-Length",
                        post("Content-Length: 99999999999999999999999999\r\n"), 413),
                Arguments.of("201 header fields", manyHeaders + "\r\n", 431),
                Arguments.of("head over 384 KiB", "GET /scim2/Users HTTP/1.1\r\nX-Big: " + big + "\r\n\r\n", 431),
                Arguments.of("request line over 384 KiB", "GET /scim2/" + big + " HTTP/1.1\r\n\r\n", 414),
                Arguments.of("unknown expectation", "GET /scim2/Users HTTP/1.1\r\nExpect: 200-ok\r\n\r\n", 417),
                Arguments.of("many empty lines first", "\r\n".repeat(100) + "GET /scim2/Users HTTP/1.1\r\n\r\n", 400));
    }

    private static String post(String framing) {
        return "POST /scim2/Users HTTP/1.1\r\nHost: x\r\n" + AUTH + framing + "\r\n";
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("malformed")
    void malformedRequest_gets4xxWithScimBodyAndClose(String name, String request, int status) {
        try (ZoomScimFake target = ZoomScimFake.builder().token("tok").maxBodyChars(4096).start();
             RawHttp http = new RawHttp(target.port())) {
            RawHttp.Response response = http.send(request).read();

            assertThat(response.status()).as(name).isEqualTo(status);
            assertThat(response.header("Connection")).isEqualTo("close");
            assertThat(ScimJson.parseObject(response.body()).getString("detail")).isNotBlank();
            assertThat(http.closedByPeer()).isTrue();
            assertThat(Http.to(target).get("/Users").statusCode()).isEqualTo(200);
        }
    }

    @Property(tries = 150)
    void mutatedRequests_neverGet5xxNorHang(@ForAll("mutatedRequests") byte[] request) {
        List<Integer> statuses;
        try (RawHttp http = new RawHttp(fake.port())) {
            statuses = http.send(request).shutdownOutput().readUntilClosed(4);
        }

        assertThat(statuses).allSatisfy(status -> assertThat(status).isBetween(100, 499));
        assertThat(Http.to(fake).get("/Users?count=1").statusCode()).isEqualTo(200);
    }

    @Provide
    Arbitrary<byte[]> mutatedRequests() {
        Arbitrary<String> valid = Arbitraries.of(
                "GET /scim2/Users?count=1 HTTP/1.1\r\nHost: x\r\n" + AUTH + "\r\n",
                "POST /scim2/Users HTTP/1.1\r\nHost: x\r\n" + AUTH + "Content-Length: 27\r\n\r\n{\"userName\":\"a@example.com\"}",
                "POST /scim2/Users HTTP/1.1\r\nHost: x\r\n" + AUTH
                        + "Transfer-Encoding: chunked\r\n\r\n1b\r\n{\"userName\":\"b@example.com\"}\r\n0\r\n\r\n",
                "PATCH /scim2/Users/x HTTP/1.0\r\n" + AUTH + "Content-Length: 2\r\n\r\n{}");
        Arbitrary<Mutation> mutation = Combinators.combine(
                Arbitraries.of(Mutation.Kind.values()),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8)
        ).as(Mutation::new);
        return Combinators.combine(valid, mutation.list().ofMinSize(1).ofMaxSize(4))
                .as((text, mutations) -> {
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    for (Mutation m : mutations) {
                        bytes = m.apply(bytes);
                    }
                    return bytes;
                });
    }

    record Mutation(Kind kind, double where, byte[] bytes) {
        enum Kind { REPLACE, INSERT, DELETE, TRUNCATE, DUPLICATE }

        byte[] apply(byte[] in) {
            int at = (int) (where * in.length);
            return switch (kind) {
                case REPLACE -> {
                    byte[] out = in.clone();
                    for (int i = 0; i < bytes.length && at + i < out.length; i++) {
                        out[at + i] = bytes[i];
                    }
                    yield out;
                }
                case INSERT -> concat(slice(in, 0, at), bytes, slice(in, at, in.length));
                case DELETE -> concat(slice(in, 0, at), slice(in, Math.min(in.length, at + bytes.length), in.length));
                case TRUNCATE -> slice(in, 0, at);
                case DUPLICATE -> concat(in, in);
            };
        }

        private static byte[] slice(byte[] in, int from, int to) {
            return java.util.Arrays.copyOfRange(in, from, to);
        }

        private static byte[] concat(byte[]... parts) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (byte[] part : parts) {
                out.writeBytes(part);
            }
            return out.toByteArray();
        }
    }
}
