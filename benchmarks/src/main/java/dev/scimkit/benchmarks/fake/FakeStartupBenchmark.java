package dev.scimkit.benchmarks.fake;

import dev.scimkit.testkit.ZoomScimFake;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start-up of {@code ZoomScimFake}: {@code start()}, the first authenticated request answered,
 * {@code close()}, measured once per fresh JVM (single-shot, no warm-up), so class loading, the JSON-P
 * provider and the schema registry are included. Compare with {@code warm}, the same in a JVM that
 * already started one fake.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar FakeStartupBenchmark -f 10}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class FakeStartupBenchmark {

    @Benchmark
    public int cold() throws IOException {
        return startServeAndClose();
    }

    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 5)
    @Fork(2)
    public int warm() throws IOException {
        return startServeAndClose();
    }

    static int startServeAndClose() throws IOException {
        try (ZoomScimFake fake = ZoomScimFake.start(); LoopbackClient client = new LoopbackClient(fake.baseUri(), fake.token())) {
            return FakeThroughputBenchmark.check(client.get("/scim2/Users?startIndex=1&count=1"), 200);
        }
    }
}
