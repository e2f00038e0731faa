package dev.scimkit.benchmarks.filter;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first parse in a fresh JVM: class loading plus, for the ANTLR parsers, deserialising the ATN
 * and building the first DFA states. One shot per fork.
 *
 * <p>Run: {@code mvn -q -B -Pbench -pl benchmarks -am -DskipTests package && java -jar
 * benchmarks/target/benchmarks.jar FirstParseBenchmark -f 10}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class FirstParseBenchmark {

    /** The library under test. */
    @Param({"SCIMKIT", "UNBOUNDID", "SCIMPLE"})
    public FilterLibrary library;

    /** @return the parsed filter */
    @Benchmark
    public Object firstParse() {
        return library.parse("userName eq \"bjensen@example.com\" and (emails[type eq \"work\"] or title pr)");
    }
}
