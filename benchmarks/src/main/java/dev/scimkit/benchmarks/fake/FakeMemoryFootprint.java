package dev.scimkit.benchmarks.fake;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.testkit.ZoomScimFake;

/**
 * Heap held by {@code ZoomScimFake} for 100,000 users of realistic shape (name, work email,
 * enterprise department, Zoom licence extension): used heap after full GCs, before and after seeding,
 * divided by the number of users. Not a JMH benchmark (JMH measures time); it prints one line.
 *
 * <p>Run: {@code java -Xmx1g -cp benchmarks/target/benchmarks.jar dev.scimkit.benchmarks.fake.FakeMemoryFootprint}
 */
public final class FakeMemoryFootprint {

    private static final int USERS = 100_000;

    private FakeMemoryFootprint() {
    }

    /**
     * @param args ignored
     */
    public static void main(String[] args) {
        try (ZoomScimFake fake = ZoomScimFake.builder().basicUserCap(0).idSeed(1).start()) {
            long before = usedHeap();
            for (int i = 0; i < USERS; i++) {
                fake.seedUser(ScimJson.parseObject(FakeThroughputBenchmark.user("user" + i + "@example.com")));
            }
            long after = usedHeap();
            long total = after - before;
            System.out.printf("users=%d heapMiB=%.1f bytesPerUser=%d (%d users stored)%n", USERS,
                    total / (1024.0 * 1024.0), total / USERS, fake.users().size());
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 5; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
