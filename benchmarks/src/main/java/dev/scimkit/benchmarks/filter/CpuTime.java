package dev.scimkit.benchmarks.filter;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Measures the benchmark thread's CPU time per operation in each measurement iteration and prints
 * the median at the end of the trial ("cpu: N ns/op"). On a shared, overloaded machine wall-clock
 * averages mostly measure the scheduler; CPU time is what the code itself costs. Benchmarks call
 * {@link #count(int)} once per invocation and must run single-threaded.
 */
@State(Scope.Thread)
public class CpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final List<Double> perOperation = new ArrayList<>();
    private long start;
    private long operations;

    /**
     * Adds the operations of one invocation.
     *
     * @param count operations done
     */
    public void count(int count) {
        operations += count;
    }

    /** Starts an iteration. */
    @Setup(Level.Iteration)
    public void startIteration() {
        operations = 0;
        start = THREADS.getCurrentThreadCpuTime();
    }

    /**
     * Ends an iteration; keeps measurement iterations only.
     *
     * @param iteration the iteration's parameters
     */
    @TearDown(Level.Iteration)
    public void endIteration(IterationParams iteration) {
        long cpu = THREADS.getCurrentThreadCpuTime() - start;
        if (iteration.getType() == IterationType.MEASUREMENT && operations > 0) {
            perOperation.add((double) cpu / operations);
        }
    }

    /**
     * Prints the median CPU time per operation of the measurement iterations.
     *
     * @param benchmark the benchmark's parameters
     */
    @TearDown(Level.Trial)
    public void report(BenchmarkParams benchmark) {
        List<Double> sorted = new ArrayList<>(perOperation);
        sorted.sort(null);
        double median = sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
        System.out.printf(Locale.ROOT, "%ncpu: %s %s %.0f ns/op (median of %d iterations)%n",
                benchmark.getBenchmark().replaceAll(".*\\.(\\w+\\.\\w+)$", "$1"),
                benchmark.getParam("library"), median, sorted.size());
    }
}
