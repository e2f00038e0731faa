package dev.scimkit.benchmarks.client;

import dev.scimkit.client.RateLimit;
import dev.scimkit.client.ZoomScimClient;
import dev.scimkit.core.Email;
import dev.scimkit.core.Name;
import dev.scimkit.core.User;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.testkit.ZoomScimFake;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@code ZoomScimClient} costs over the wire: creates ({@code POST /Users}) and reads
 * ({@code GET /Users/{id}}) against the in-memory fake over real HTTP on loopback, 8 concurrent
 * callers, side by side with a raw {@code java.net.http} loop sending the same requests (same
 * headers and JSON body, response body read as bytes and not decoded). The scimkit path adds the
 * whole pipeline (auth, retry, rate limiter set to unlimited, headers, logging check, capped body)
 * plus {@code User} encoding and decoding.
 *
 * <p>Measurement is 3 iterations of 3 s per operation and mode, each well over 10,000 calls across
 * the 8 threads (JMH prints the sample count); {@code SampleTime} reports p50/p99 per call and
 * {@code Throughput} calls per millisecond. Compare the two {@code client} rows of one run.
 *
 * <p>The fork sets {@code sun.net.httpserver.nodelay=true}: without it the JDK's HttpServer (which
 * the fake runs on) leaves Nagle's algorithm on, and every call waits ~40 ms for a delayed ACK,
 * which hides everything a client does.
 *
 * <p>Run: {@code mvn -q -B -Pbench -pl benchmarks -am -DskipTests package && java -jar
 * benchmarks/target/benchmarks.jar ClientOverheadBenchmark -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@Threads(8)
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClientOverheadBenchmark {

    /** Which client sends the requests. */
    @Param({"scimkit", "rawJavaNetHttp"})
    public String client;

    private ZoomScimFake fake;
    private Caller caller;
    private final List<String> seededIds = new ArrayList<>();
    private final AtomicLong nextUser = new AtomicLong();
    private final AtomicInteger nextRead = new AtomicInteger();

    /** The operations both adapters implement. */
    interface Caller {
        void create(String userName) throws IOException, InterruptedException;

        void get(String id) throws IOException, InterruptedException;
    }

    /** Starts the fake (no Basic-user cap), seeds 1,000 users to read, and builds the chosen client. */
    @Setup(Level.Trial)
    public void start() {
        fake = ZoomScimFake.builder().threads(8).basicUserCap(0).start();
        for (int i = 0; i < 1000; i++) {
            seededIds.add(fake.seedUser(userJson("seed" + i + "@example.com")));
        }
        caller = client.equals("scimkit") ? new ScimkitCaller(fake) : new RawCaller(fake);
    }

    /** Stops the fake. */
    @TearDown(Level.Trial)
    public void stop() {
        fake.close();
    }

    /**
     * Creates one user.
     *
     * @throws Exception on failure
     */
    @Benchmark
    @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
    public void create() throws Exception {
        caller.create("bench" + nextUser.incrementAndGet() + "@example.com");
    }

    /**
     * Reads one seeded user.
     *
     * @throws Exception on failure
     */
    @Benchmark
    @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
    public void get() throws Exception {
        caller.get(seededIds.get(Math.floorMod(nextRead.incrementAndGet(), seededIds.size())));
    }

    static jakarta.json.JsonObject userJson(String userName) {
        return user(userName).toJson();
    }

    static User user(String userName) {
        return User.builder().userName(userName).name(Name.of("Bench", "Mark"))
                .addEmail(Email.of(userName, "work", true)).active(true).userType("Basic").build();
    }

    /** scimkit: the full client. */
    static final class ScimkitCaller implements Caller {
        private final ZoomScimClient client;

        ScimkitCaller(ZoomScimFake fake) {
            client = ZoomScimClient.builder().baseUri(fake.baseUri()).bearerToken(fake.token())
                    .rateLimit(RateLimit.unlimited()).build();
        }

        @Override
        public void create(String userName) {
            if (client.users().create(user(userName)).id() == null) {
                throw new IllegalStateException("no id");
            }
        }

        @Override
        public void get(String id) {
            if (client.users().get(id).userName() == null) {
                throw new IllegalStateException("no userName");
            }
        }
    }

    /** The baseline: java.net.http with the same requests, no pipeline, no decoding. */
    static final class RawCaller implements Caller {
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final String base;
        private final String authorization;

        RawCaller(ZoomScimFake fake) {
            base = fake.baseUri().toString();
            authorization = "Bearer " + fake.token();
        }

        @Override
        public void create(String userName) throws IOException, InterruptedException {
            byte[] body = ScimJson.writeBytes(userJson(userName));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/Users"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", authorization)
                    .header("Accept", "application/scim+json")
                    .header("Content-Type", "application/scim+json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            check(http.send(request, HttpResponse.BodyHandlers.ofByteArray()), 201);
        }

        @Override
        public void get(String id) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/Users/"
                            + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", authorization)
                    .header("Accept", "application/scim+json")
                    .GET().build();
            check(http.send(request, HttpResponse.BodyHandlers.ofByteArray()), 200);
        }

        private static void check(HttpResponse<byte[]> response, int expected) {
            if (response.statusCode() != expected) {
                throw new IllegalStateException("HTTP " + response.statusCode());
            }
        }
    }
}
