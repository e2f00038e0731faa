package dev.scimkit.testkit.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RequestDecoderTest {

    private static final WireLimits LIMITS = new WireLimits(2048, 10, 4096, Duration.ofSeconds(1), 1 << 20);

    private static final String PIPELINE = "POST /a?x=1 HTTP/1.1\r\nContent-Length: 5\r\nX-A: 1\r\nX-A: 2\r\n\r\nhello"
            + "PUT http://h:1/b HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;e=1\r\nabc\r\n2\r\nde\r\n0\r\nT: v\r\n\r\n"
            + "GET /c HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"
            + "\nGET /d HTTP/1.1\nConnection: close\n\n";

    /** Feeds {@code bytes} in pieces of the given sizes (cycled), collecting complete requests. */
    private static List<WireRequest> decode(byte[] bytes, List<Integer> pieces) {
        RequestDecoder decoder = new RequestDecoder(LIMITS);
        ByteBuffer buffer = ByteBuffer.allocate(bytes.length).flip();
        List<WireRequest> requests = new ArrayList<>();
        int fed = 0;
        for (int i = 0; fed < bytes.length; i++) {
            int n = Math.min(pieces.get(i % pieces.size()), bytes.length - fed);
            buffer.compact().put(bytes, fed, n).flip();
            fed += n;
            RequestDecoder.Progress progress;
            while ((progress = decoder.decode(buffer)) != RequestDecoder.Progress.NEED_MORE) {
                if (progress == RequestDecoder.Progress.COMPLETE) {
                    requests.add(decoder.take());
                }
            }
        }
        assertThat(decoder.inProgress()).isFalse();
        return requests;
    }

    private static String describe(WireRequest r) {
        return r.method() + " " + r.target() + " 1." + r.minorVersion() + " " + r.headers() + " "
                + new String(r.body(), StandardCharsets.UTF_8) + " keepAlive=" + r.keepAlive();
    }

    @Test
    void pipeline_decodesEveryFraming() {
        List<WireRequest> requests = decode(PIPELINE.getBytes(StandardCharsets.ISO_8859_1), List.of(Integer.MAX_VALUE));

        assertThat(requests).extracting(RequestDecoderTest::describe).containsExactly(
                "POST /a?x=1 1.1 {content-length=[5], x-a=[1, 2]} hello keepAlive=true",
                "PUT /b 1.1 {transfer-encoding=[chunked]} abcde keepAlive=true",
                "GET /c 1.0 {connection=[keep-alive]}  keepAlive=true",
                "GET /d 1.1 {connection=[close]}  keepAlive=false");
        assertThat(requests.get(0).rawPath()).isEqualTo("/a");
        assertThat(requests.get(0).rawQuery()).isEqualTo("x=1");
    }

    @Property(tries = 200)
    void anySplitOfTheBytes_decodesTheSameRequests(@ForAll("pieces") List<Integer> pieces) {
        byte[] bytes = PIPELINE.getBytes(StandardCharsets.ISO_8859_1);

        assertThat(decode(bytes, pieces)).extracting(RequestDecoderTest::describe)
                .isEqualTo(decode(bytes, List.of(Integer.MAX_VALUE)).stream().map(RequestDecoderTest::describe).toList());
    }

    @Provide
    Arbitrary<List<Integer>> pieces() {
        return Arbitraries.integers().between(1, 64).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 500)
    void anyBytes_decodeOrFailWith4xxOnly(@ForAll byte[] garbage, @ForAll @IntRange(max = 3) int prefix) {
        String[] starts = {"", "GET / HTTP/1.1\r\n", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n",
            "POST / HTTP/1.1\r\nContent-Length: 3\r\n"};
        byte[] start = starts[prefix].getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer buffer = ByteBuffer.allocate(start.length + garbage.length);
        buffer.put(start).put(garbage).flip();
        RequestDecoder decoder = new RequestDecoder(LIMITS);
        try {
            RequestDecoder.Progress progress;
            for (int i = 0; i < 100 && (progress = decoder.decode(buffer)) != RequestDecoder.Progress.NEED_MORE; i++) {
                if (progress == RequestDecoder.Progress.COMPLETE) {
                    decoder.take();
                }
            }
        } catch (ProtocolException e) {
            assertThat(e.status()).isBetween(400, 499);
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Test
    void expectContinue_isOfferedOnceAndOnlyBeforeTheBody() {
        RequestDecoder decoder = new RequestDecoder(LIMITS);
        ByteBuffer buffer = ByteBuffer.wrap("POST / HTTP/1.1\r\nExpect: 100-Continue\r\nContent-Length: 2\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThat(decoder.decode(buffer)).isEqualTo(RequestDecoder.Progress.SEND_CONTINUE);
        assertThat(decoder.decode(buffer)).isEqualTo(RequestDecoder.Progress.NEED_MORE);
        assertThat(decoder.decode(ByteBuffer.wrap(new byte[] {'{', '}'}))).isEqualTo(RequestDecoder.Progress.COMPLETE);

        ByteBuffer withBody = ByteBuffer.wrap("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n{}"
                .getBytes(StandardCharsets.ISO_8859_1));
        RequestDecoder eager = new RequestDecoder(LIMITS);
        assertThat(eager.decode(withBody)).isEqualTo(RequestDecoder.Progress.COMPLETE);
    }

    @Test
    void limits_areEnforcedAsTheBytesArrive() {
        RequestDecoder decoder = new RequestDecoder(LIMITS);
        ByteBuffer head = ByteBuffer.wrap(("GET / HTTP/1.1\r\nX: " + "a".repeat(3000)).getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> decoder.decode(head)).isInstanceOf(ProtocolException.class)
                .satisfies(e -> assertThat(((ProtocolException) e).status()).isEqualTo(431));

        ByteBuffer body = ByteBuffer.wrap("POST / HTTP/1.1\r\nContent-Length: 4097\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        RequestDecoder other = new RequestDecoder(LIMITS);
        assertThatThrownBy(() -> other.decode(body)).isInstanceOf(ProtocolException.class)
                .satisfies(e -> assertThat(((ProtocolException) e).status()).isEqualTo(413));
        assertThat(other.partial().method()).isEqualTo("POST");
    }
}
