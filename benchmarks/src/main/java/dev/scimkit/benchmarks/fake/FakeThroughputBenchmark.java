package dev.scimkit.benchmarks.fake;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.testkit.ZoomScimFake;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of {@code ZoomScimFake} over loopback HTTP with concurrent callers: {@code GET /Users/{id}}
 * of 1,000 stored users (random ids, percent-encoded), {@code GET /Users} pages of 100 (random
 * {@code startIndex}) and {@code POST /Users} (unique userNames). Each
 * JMH thread drives its own keep-alive connection with {@link LoopbackClient}; the fake runs its default
 * 8 worker threads and default journal in the same JVM, so server and load generator share the cores.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar FakeThroughputBenchmark -f 1 -wi 3 -i 5 -t 4}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(4)
public class FakeThroughputBenchmark {

    private static final int USERS = 1_000;

    ZoomScimFake fake;
    List<String> paths;
    final AtomicLong created = new AtomicLong();

    @Setup(Level.Trial)
    public void start() {
        fake = ZoomScimFake.builder().basicUserCap(0).idSeed(1).start();
        paths = new ArrayList<>(USERS);
        for (int i = 0; i < USERS; i++) {
            String id = fake.seedUser(ScimJson.parseObject(user("seed" + i + "@example.com")));
            paths.add("/scim2/Users/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        fake.close();
    }

    /** One keep-alive connection per benchmark thread. */
    @State(Scope.Thread)
    public static class Connection {
        LoopbackClient client;

        @Setup(Level.Trial)
        public void open(FakeThroughputBenchmark benchmark) throws IOException {
            client = new LoopbackClient(benchmark.fake.baseUri(), benchmark.fake.token());
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            client.close();
        }
    }

    @Benchmark
    public int getById(Connection connection) throws IOException {
        String path = paths.get(ThreadLocalRandom.current().nextInt(USERS));
        return check(connection.client.get(path), 200);
    }

    @Benchmark
    public int listPage(Connection connection) throws IOException {
        int startIndex = 1 + ThreadLocalRandom.current().nextInt(USERS - 99);
        return check(connection.client.get("/scim2/Users?startIndex=" + startIndex + "&count=100"), 200);
    }

    @Benchmark
    public int create(Connection connection) throws IOException {
        byte[] body = user("bench" + created.incrementAndGet() + "@example.com").getBytes(StandardCharsets.UTF_8);
        return check(connection.client.post("/scim2/Users", body), 201);
    }

    static int check(int status, int expected) {
        if (status != expected) {
            throw new IllegalStateException("expected HTTP " + expected + " but got " + status);
        }
        return status;
    }

    static String user(String userName) {
        return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"" + userName
                + "\",\"name\":{\"givenName\":\"Bench\",\"familyName\":\"User\"},\"userType\":\"Licensed\","
                + "\"emails\":[{\"type\":\"work\",\"value\":\"" + userName + "\",\"primary\":true}],"
                + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"department\":\"R&D\"}}";
    }
}
