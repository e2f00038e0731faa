package dev.scimkit.benchmarks.patch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The three {@link PatchBenchmark} variants interleaved in short alternating bursts, reporting the
 * median time of each and the median of the per-round ratios. On a shared, loaded machine, JMH's
 * one-benchmark-after-the-other runs drift with the load; alternating bursts see the same load, so
 * their ratio is stable where the absolute numbers are not.
 *
 * <p>Run: {@code mvn -q -B -Pbench -pl benchmarks -am -DskipTests package &&
 * java -cp benchmarks/target/benchmarks.jar dev.scimkit.benchmarks.patch.PatchSideBySide}
 */
public final class PatchSideBySide {

    private static final int BURST = 2_000;
    private static final int WARM_UP_ROUNDS = 100;
    private static final int ROUNDS = 200;

    private PatchSideBySide() {
    }

    /**
     * @param args ignored
     * @throws Exception if the benchmark set-up fails
     */
    public static void main(String[] args) throws Exception {
        PatchBenchmark benchmark = new PatchBenchmark();
        benchmark.setUp();
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (int i = 0; i < BURST; i++) {
                benchmark.scimkit();
                benchmark.scimkitPrepared();
                benchmark.unboundid();
            }
        }
        List<Double> apply = new ArrayList<>();
        List<Double> prepared = new ArrayList<>();
        List<Double> unboundid = new ArrayList<>();
        List<Double> applyRatio = new ArrayList<>();
        List<Double> preparedRatio = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < BURST; i++) {
                benchmark.scimkit();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < BURST; i++) {
                benchmark.scimkitPrepared();
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < BURST; i++) {
                benchmark.unboundid();
            }
            long t3 = System.nanoTime();
            apply.add((t1 - t0) / 1e3 / BURST);
            prepared.add((t2 - t1) / 1e3 / BURST);
            unboundid.add((t3 - t2) / 1e3 / BURST);
            applyRatio.add((double) (t3 - t2) / (t1 - t0));
            preparedRatio.add((double) (t3 - t2) / (t2 - t1));
        }
        System.out.printf("median µs/op: Patch.apply %.2f, Patch.prepare(..).apply %.2f, UnboundID %.2f%n",
                median(apply), median(prepared), median(unboundid));
        System.out.printf("median speed-up over UnboundID: Patch.apply %.2fx, prepared %.2fx%n",
                median(applyRatio), median(preparedRatio));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
