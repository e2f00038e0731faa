package dev.scimkit.benchmarks.filter;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parses 1,024 distinct filter strings (eight realistic shapes; no library caches results) with
 * scimkit, UnboundID 6.0.0 and Apache SCIMple 1.0.0-M1, side by side. Score: average time per filter; each trial also
 * prints the median CPU time per filter ("cpu: … ns/op"), robust on a loaded machine.
 *
 * <p>Run: {@code mvn -q -B -Pbench -pl benchmarks -am -DskipTests package && java -jar
 * benchmarks/target/benchmarks.jar FilterParseBenchmark -f 1 -wi 3 -i 5 -p library=SCIMKIT,UNBOUNDID,SCIMPLE}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FilterParseBenchmark {

    /** The library under test. */
    @Param({"SCIMKIT", "UNBOUNDID", "SCIMPLE"})
    public FilterLibrary library;

    private String[] filters;

    /** Builds the inputs and checks that every library accepts every one of them. */
    @Setup
    public void setUp() {
        filters = FilterInputs.distinctFilters();
        Set<String> distinct = new HashSet<>(java.util.Arrays.asList(filters));
        if (distinct.size() != FilterInputs.DISTINCT) {
            throw new IllegalStateException("inputs are not distinct");
        }
        for (String filter : filters) {
            library.parse(filter);
        }
    }

    /**
     * @param blackhole sink
     * @param cpu       CPU-time bookkeeping (prints "cpu: … ns/op" per trial)
     */
    @Benchmark
    @OperationsPerInvocation(FilterInputs.DISTINCT)
    public void parse(Blackhole blackhole, CpuTime cpu) {
        cpu.count(FilterInputs.DISTINCT);
        for (String filter : filters) {
            blackhole.consume(library.parse(filter));
        }
    }
}
