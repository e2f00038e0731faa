package dev.scimkit.benchmarks.core;

import com.unboundid.scim2.common.types.UserResource;
import com.unboundid.scim2.common.utils.JsonUtils;
import dev.scimkit.core.User;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and writing a typed SCIM user, side by side with UnboundID's SCIM 2 SDK 6.0.0, on the
 * RFC 7643 §8.3 example: the §8.2 full user with the Enterprise User extension (4.4 kB of
 * pretty-printed UTF-8).
 *
 * <ul>
 *   <li>{@code parse}: UTF-8 bytes to a typed user ({@code User.parse(byte[])} vs
 *       {@code JsonUtils.getObjectReader().forType(UserResource.class).readValue(byte[])}).</li>
 *   <li>{@code write}: a typed user to a JSON string ({@code User.toJsonString()} vs
 *       {@code JsonUtils.getObjectWriter().writeValueAsString(UserResource)}).</li>
 * </ul>
 *
 * <p>Run (one fork, both libraries in the same JVM run):
 * <pre>{@code
 * mvn -q -B -Pbench -pl benchmarks -am -DskipTests package
 * java -jar benchmarks/target/benchmarks.jar UserCodecBenchmark -f 1 -wi 3 -i 5
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class UserCodecBenchmark {

    /** Adapts one library to the two operations measured. */
    public enum Library {
        /** scimkit's {@link User}. */
        SCIMKIT {
            @Override
            Object parse(byte[] utf8) {
                return User.parse(utf8);
            }

            @Override
            String write(Object user) {
                return ((User) user).toJsonString();
            }
        },
        /** UnboundID's {@code UserResource} through its Jackson reader and writer. */
        UNBOUNDID {
            private final ObjectReader reader = JsonUtils.getObjectReader().forType(UserResource.class);
            private final ObjectWriter writer = JsonUtils.getObjectWriter();

            @Override
            Object parse(byte[] utf8) {
                return reader.readValue(utf8);
            }

            @Override
            String write(Object user) {
                return writer.writeValueAsString(user);
            }
        };

        abstract Object parse(byte[] utf8);

        abstract String write(Object user);
    }

    /** The library measured. */
    @Param({"SCIMKIT", "UNBOUNDID"})
    public Library library;

    private byte[] document;
    private Object parsed;

    /** Loads the fixture and parses it once with the library under test. */
    @Setup(Level.Trial)
    public void setUp() {
        try (InputStream in = UserCodecBenchmark.class.getResourceAsStream("8.3-enterprise-user.json")) {
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        parsed = library.parse(document);
        String written = library.write(parsed);
        if (written.length() < document.length / 2) {
            throw new IllegalStateException(library + " wrote only " + written.length() + " characters");
        }
    }

    /** @return the typed user read from UTF-8 bytes */
    @Benchmark
    public Object parse() {
        return library.parse(document);
    }

    /** @return the JSON text of the typed user */
    @Benchmark
    public String write() {
        return library.write(parsed);
    }
}
