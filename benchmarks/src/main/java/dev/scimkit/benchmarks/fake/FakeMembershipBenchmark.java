package dev.scimkit.benchmarks.fake;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.testkit.ZoomScimFake;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to change one membership of a group of 10 or 20,000 members, over loopback HTTP with one
 * keep-alive connection (ZOOM profile: group PATCH answers 204, so the time is the change, not a
 * response body): each invocation adds one user with {@code add members} and removes it again with
 * {@code remove members[value eq "…"]}, as Entra ID and Okta send them; the score is per PATCH.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar FakeMembershipBenchmark -f 1 -wi 2 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FakeMembershipBenchmark {

    @Param({"10", "20000"})
    public int members;

    ZoomScimFake fake;
    LoopbackClient client;
    String groupPath;
    byte[] add;
    byte[] remove;

    @Setup(Level.Trial)
    public void start() throws IOException {
        fake = ZoomScimFake.builder().basicUserCap(0).idSeed(1).journalCapacity(0).start();
        StringBuilder group = new StringBuilder("{\"displayName\":\"Everyone\",\"members\":[");
        for (int i = 0; i < members; i++) {
            String id = fake.seedUser(ScimJson.parseObject(FakeMemoryFootprint.user(i)));
            group.append(i == 0 ? "" : ",").append("{\"value\":\"").append(id).append("\"}");
        }
        String groupId = fake.seedGroup(ScimJson.parseObject(group.append("]}").toString()));
        String newcomer = fake.seedUser(ScimJson.parseObject(FakeMemoryFootprint.user(members)));
        groupPath = "/scim2/Groups/" + URLEncoder.encode(groupId, StandardCharsets.UTF_8);
        add = ("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"add\","
                + "\"path\":\"members\",\"value\":[{\"value\":\"" + newcomer + "\"}]}]}").getBytes(StandardCharsets.UTF_8);
        remove = ("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"remove\","
                + "\"path\":\"members[value eq \\\"" + newcomer + "\\\"]\"}]}").getBytes(StandardCharsets.UTF_8);
        client = new LoopbackClient(fake.baseUri(), fake.token());
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        client.close();
        fake.close();
    }

    @Benchmark
    @OperationsPerInvocation(2)
    public int addThenRemoveOneMember() throws IOException {
        FakeThroughputBenchmark.check(client.patch(groupPath, add), 204);
        return FakeThroughputBenchmark.check(client.patch(groupPath, remove), 204);
    }
}
