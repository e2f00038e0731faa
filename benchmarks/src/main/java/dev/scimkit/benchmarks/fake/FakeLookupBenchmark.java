package dev.scimkit.benchmarks.fake;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.testkit.ZoomScimFake;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of Zoom's lookup {@code GET /Users?filter=userName eq "…"} (what every identity provider sends
 * before creating a user) against 1,000, 10,000 and 100,000 stored users, over loopback HTTP with one
 * keep-alive connection. The fake answers from a case-insensitive userName index, so the time should
 * stay flat as the store grows. Random existing userNames, mixed case.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar FakeLookupBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FakeLookupBenchmark {

    @Param({"1000", "10000", "100000"})
    public int users;

    ZoomScimFake fake;
    LoopbackClient client;
    String[] targets;

    @Setup(Level.Trial)
    public void start() throws IOException {
        fake = ZoomScimFake.builder().basicUserCap(0).idSeed(1).journalCapacity(0).start();
        for (int i = 0; i < users; i++) {
            fake.seedUser(ScimJson.parseObject("{\"userName\":\"user" + i + "@example.com\",\"userType\":\"Licensed\","
                    + "\"name\":{\"givenName\":\"U\",\"familyName\":\"" + i + "\"}}"));
        }
        targets = new String[1024];
        for (int i = 0; i < targets.length; i++) {
            int n = ThreadLocalRandom.current().nextInt(users);
            String filter = "userName eq \"USER" + n + "@Example.com\"";
            targets[i] = "/scim2/Users?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8);
        }
        client = new LoopbackClient(fake.baseUri(), fake.token());
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        client.close();
        fake.close();
    }

    @Benchmark
    public int lookupByUserName() throws IOException {
        String target = targets[ThreadLocalRandom.current().nextInt(targets.length)];
        return FakeThroughputBenchmark.check(client.get(target), 200);
    }
}
