package dev.scimkit.benchmarks.fake;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.testkit.ZoomScimFake;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * CPU cost of {@code GET /Users/{id}} on the fake, for machines too busy for wall-clock throughput to
 * mean anything: 4 keep-alive connections ({@link LoopbackClient}) hammer 1,000 stored users for three
 * rounds of 3 s; each round prints requests per wall second and requests per CPU-second of this
 * process (fake and load generator together), and the throughput two dedicated cores would give at
 * that cost. Not a JMH benchmark (JMH does not report process CPU time).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.scimkit.benchmarks.fake.FakeCpuCost}
 */
public final class FakeCpuCost {

    private static final long ROUND_NANOS = 3_000_000_000L;

    private FakeCpuCost() {
    }

    /**
     * @param args ignored
     * @throws Exception if a request fails
     */
    public static void main(String[] args) throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (ZoomScimFake fake = ZoomScimFake.builder().basicUserCap(0).idSeed(1).start()) {
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                String id = fake.seedUser(ScimJson.parseObject(FakeThroughputBenchmark.user("u" + i + "@example.com")));
                paths.add("/scim2/Users/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
            }
            for (int round = 1; round <= 3; round++) {
                LongAdder count = new LongAdder();
                long cpuBefore = os.getProcessCpuTime();
                long end = System.nanoTime() + ROUND_NANOS;
                List<Thread> callers = new ArrayList<>();
                for (int c = 0; c < 4; c++) {
                    int offset = c * 257;
                    Thread caller = new Thread(() -> {
                        try (LoopbackClient client = new LoopbackClient(fake.baseUri(), fake.token())) {
                            for (int i = offset; System.nanoTime() < end; i++) {
                                FakeThroughputBenchmark.check(client.get(paths.get(i % paths.size())), 200);
                                count.increment();
                            }
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                    caller.start();
                    callers.add(caller);
                }
                for (Thread caller : callers) {
                    caller.join();
                }
                double cpuSeconds = (os.getProcessCpuTime() - cpuBefore) / 1e9;
                System.out.printf("round %d: %.0f GET/s wall, %.0f GET per CPU-second, %.1f µs CPU per GET "
                                + "(=> %.0f GET/s on 2 dedicated cores)%n", round, count.sum() / (ROUND_NANOS / 1e9),
                        count.sum() / cpuSeconds, cpuSeconds * 1e6 / count.sum(), 2 * count.sum() / cpuSeconds);
            }
        }
    }
}
