package dev.scimkit.benchmarks.filter;

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
 * Evaluates seven mixed, pre-parsed filters ({@link FilterInputs#MIXED}: eq, co, value path,
 * dateTime gt, pr/and, ne/not/or, value path/or) against the RFC 7643 §8.2 full user. scimkit
 * compiles each filter once ({@code FilterEvaluator.compile}); {@code SCIMKIT_UNCOMPILED} calls
 * {@code Filter.test} (paths resolved per call); UnboundID calls {@code FilterEvaluator.evaluate} on a
 * Jackson tree. Setup checks that all libraries agree on every result. Score: average time per filter; each trial also
 * prints the median CPU time per filter ("cpu: … ns/op"), robust on a loaded machine.
 *
 * <p>Run: {@code mvn -q -B -Pbench -pl benchmarks -am -DskipTests package && java -jar
 * benchmarks/target/benchmarks.jar FilterEvaluateBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FilterEvaluateBenchmark {

    /** The library under test. */
    @Param({"SCIMKIT", "SCIMKIT_UNCOMPILED", "UNBOUNDID"})
    public FilterLibrary library;

    private Object[] prepared;
    private Object user;

    /** Prepares filters and resource, and checks the results against UnboundID's. */
    @Setup
    public void setUp() {
        String json = FilterInputs.fullUser();
        user = library.resource(json);
        prepared = FilterInputs.MIXED.stream().map(library::prepare).toArray();
        FilterLibrary reference = FilterLibrary.UNBOUNDID;
        Object referenceUser = reference.resource(json);
        for (int i = 0; i < prepared.length; i++) {
            boolean expected = reference.evaluate(reference.prepare(FilterInputs.MIXED.get(i)), referenceUser);
            if (library.evaluate(prepared[i], user) != expected) {
                throw new IllegalStateException(library + " disagrees with UnboundID on " + FilterInputs.MIXED.get(i));
            }
        }
    }

    /**
     * @param blackhole sink
     * @param cpu       CPU-time bookkeeping (prints "cpu: … ns/op" per trial)
     */
    @Benchmark
    @OperationsPerInvocation(7)
    public void evaluate(Blackhole blackhole, CpuTime cpu) {
        cpu.count(7);
        for (Object filter : prepared) {
            blackhole.consume(library.evaluate(filter, user));
        }
    }
}
