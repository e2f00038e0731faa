package dev.scimkit.benchmarks.provisioning;

import dev.scimkit.client.RateLimit;
import dev.scimkit.client.ZoomScimClient;
import dev.scimkit.client.provisioning.Presets;
import dev.scimkit.client.provisioning.Provisioner;
import dev.scimkit.client.provisioning.ProvisioningReport;
import dev.scimkit.client.provisioning.SourceRecord;
import dev.scimkit.testkit.RecordedRequest;
import dev.scimkit.testkit.ZoomScimFake;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * A whole provisioning sync against the in-memory fake over real HTTP on loopback: 10,000 Entra ID
 * people into an empty Zoom ({@code fromEmpty}), and a re-sync of the same directory with 1% of the
 * people changed ({@code resyncOnePercentChanged}: a new department, so one minimal PATCH each). Each
 * invocation is one whole sync (single-shot time); the fake is fresh for every invocation and, for
 * the re-sync, already holds the 10,000 users. The client's rate limit is off and the provisioner
 * runs 8 requests at a time, so the numbers are the engine's and the HTTP stack's cost, not Zoom's
 * rate limits (at Zoom's documented limits the wall time is bounded by the rate instead).
 *
 * <p>Auxiliary counters report the requests per sync (JMH sums them over the measured iterations: divide
 * by the iteration count): {@code listRequests} (pages of
 * {@code GET /Users}, 100 users per page), {@code writeRequests} (POST/PUT/PATCH/DELETE) and
 * {@code otherRequests} (anything else, e.g. {@code GET /Users/{id}}; expected 0).
 *
 * <p>Run: {@code mvn -q -B -Pbench -pl benchmarks -am -DskipTests package && java -jar
 * benchmarks/target/benchmarks.jar ProvisioningSyncBenchmark -f 1 -wi 1 -i 3}
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProvisioningSyncBenchmark {

    /** How many people the directory holds. */
    @Param("10000")
    public int people;

    private List<SourceRecord> directory;
    private List<SourceRecord> changed;

    /** Request counts of one invocation, reported next to the time. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Requests {
        /** Pages of {@code GET /Users}. */
        public long listRequests;
        /** POST, PUT, PATCH and DELETE requests. */
        public long writeRequests;
        /** Any other request. */
        public long otherRequests;
    }

    /** Builds the directory and its 1%-changed variant. */
    @Setup(Level.Trial)
    public void directory() {
        directory = new ArrayList<>(people);
        changed = new ArrayList<>(people);
        for (int i = 0; i < people; i++) {
            directory.add(person(i, "Department " + (i % 20)));
            changed.add(i % 100 == 7 ? person(i, "Moved " + i) : directory.get(i));
        }
    }

    private static SourceRecord person(int i, String department) {
        String upn = "user" + i + "@example.com";
        return SourceRecord.of(Map.of("userPrincipalName", upn, "mail", upn, "givenName", "Given" + i,
                "surname", "Family" + i, "displayName", "Given" + i + " Family" + i, "department", department,
                "accountEnabled", true, "role", i % 3 == 0 ? "Licensed" : "Basic"));
    }

    /** A fresh, empty fake for each invocation. */
    @State(Scope.Thread)
    public static class EmptyZoom {
        ZoomScimFake fake;
        Provisioner provisioner;

        /** Starts the fake. */
        @Setup(Level.Invocation)
        public void start() {
            open();
        }

        void open() {
            fake = ZoomScimFake.builder().basicUserCap(0).journalCapacity(1 << 16).start();
            ZoomScimClient client = ZoomScimClient.builder().baseUri(fake.baseUri()).bearerToken(fake.token())
                    .rateLimit(RateLimit.unlimited()).requestTimeout(Duration.ofSeconds(60)).build();
            provisioner = Provisioner.builder().client(client).mapping(Presets.entraId()).concurrency(8).build();
        }

        /** Stops the fake. */
        @TearDown(Level.Invocation)
        public void stop() {
            fake.close();
        }
    }

    /** A fresh fake already holding the whole directory (synced in set-up, not measured). */
    @State(Scope.Thread)
    public static class PopulatedZoom {
        final EmptyZoom zoom = new EmptyZoom();

        /**
         * Starts the fake and syncs the directory into it.
         *
         * @param benchmark the benchmark state holding the directory
         */
        @Setup(Level.Invocation)
        public void populate(ProvisioningSyncBenchmark benchmark) {
            zoom.open();
            check(zoom.provisioner.sync(benchmark.directory), benchmark.people);
        }

        /** Stops the fake. */
        @TearDown(Level.Invocation)
        public void stop() {
            zoom.stop();
        }
    }

    /**
     * @param zoom     an empty Zoom
     * @param requests the request counters
     * @return the report (consumed by JMH)
     */
    @Benchmark
    public ProvisioningReport fromEmpty(EmptyZoom zoom, Requests requests) {
        int before = zoom.fake.requestCount();
        ProvisioningReport report = zoom.provisioner.sync(directory);
        count(zoom.fake, before, requests);
        return check(report, people);
    }

    /**
     * @param zoom     a Zoom holding the directory
     * @param requests the request counters
     * @return the report (consumed by JMH)
     */
    @Benchmark
    public ProvisioningReport resyncOnePercentChanged(PopulatedZoom populated, Requests requests) {
        EmptyZoom zoom = populated.zoom;
        int before = zoom.fake.requestCount();
        ProvisioningReport report = zoom.provisioner.sync(changed);
        count(zoom.fake, before, requests);
        return check(report, people / 100);
    }

    private static void count(ZoomScimFake fake, int before, Requests requests) {
        List<RecordedRequest> sent = fake.requests();
        for (RecordedRequest request : sent.subList(Math.min(before, sent.size()), sent.size())) {
            if (request.method().equals("GET") && request.path().endsWith("/Users")) {
                requests.listRequests++;
            } else if (!request.method().equals("GET")) {
                requests.writeRequests++;
            } else {
                requests.otherRequests++;
            }
        }
    }

    private static ProvisioningReport check(ProvisioningReport report, int expectedChanges) {
        if (!report.isComplete() || report.outcomes().size() != expectedChanges) {
            throw new IllegalStateException("unexpected sync result: " + report + "\n" + report.toTable());
        }
        return report;
    }
}
