package dev.scimkit.benchmarks.patch;

import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.messages.PatchOpType;
import com.unboundid.scim2.common.utils.JsonUtils;
import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.filter.Patch;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An Entra-style three-operation PATCH on the RFC 7643 §8.2 full user, scimkit against UnboundID
 * SCIM 2 SDK 6.0.0 in the same run:
 *
 * <pre>
 * Replace emails[type eq "work"].value            = "bjensen@contoso.com"
 * Replace name.familyName                          = "Jensen-Smith"
 * Add     urn:…:enterprise:2.0:User:employeeNumber = "12345"
 * </pre>
 *
 * <p>scimkit is measured through its public entry points: {@code Patch.apply(JsonObject, PatchRequest)},
 * whose request holds the paths as text (as read from the wire), and {@code Patch.prepare(request).apply},
 * whose paths are parsed once, like UnboundID's; the result is a new immutable object. UnboundID's {@code PatchRequest.apply(GenericScimResource)} patches its Jackson tree in
 * place, so each call gets a {@code deepCopy} of the user; its operations are built once, with their
 * paths already parsed.
 *
 * <p>Run: {@code mvn -q -B -Pbench -pl benchmarks -am -DskipTests package &&
 * java -jar benchmarks/target/benchmarks.jar PatchBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PatchBenchmark {

    private static final String ENTERPRISE_EMPLOYEE_NUMBER =
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber";
    private static final String WORK_EMAIL = "emails[type eq \"work\"].value";

    private JsonObject scimkitUser;
    private PatchRequest scimkitRequest;
    private Patch.Prepared scimkitPrepared;
    private ObjectNode unboundidUser;
    private com.unboundid.scim2.common.messages.PatchRequest unboundidRequest;

    /** Loads the user and builds both requests. */
    @Setup
    public void setUp() throws Exception {
        String userJson = resource("full-user.json");
        scimkitUser = ScimJson.parseObject(userJson);
        scimkitRequest = PatchRequest.fromJson(ScimJson.parseObject("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
                 {"op":"Replace","path":"emails[type eq \\"work\\"].value","value":"bjensen@contoso.com"},
                 {"op":"Replace","path":"name.familyName","value":"Jensen-Smith"},
                 {"op":"Add","path":"%s","value":"12345"}]}""".formatted(ENTERPRISE_EMPLOYEE_NUMBER)));
        scimkitPrepared = Patch.prepare(scimkitRequest);
        unboundidUser = (ObjectNode) JsonUtils.getObjectReader().readTree(userJson);
        unboundidRequest = new com.unboundid.scim2.common.messages.PatchRequest(List.of(
                com.unboundid.scim2.common.messages.PatchOperation.create(PatchOpType.REPLACE, WORK_EMAIL,
                        text("bjensen@contoso.com")),
                com.unboundid.scim2.common.messages.PatchOperation.create(PatchOpType.REPLACE, "name.familyName",
                        text("Jensen-Smith")),
                com.unboundid.scim2.common.messages.PatchOperation.create(PatchOpType.ADD, ENTERPRISE_EMPLOYEE_NUMBER,
                        text("12345"))));
        check();
    }

    /** @return the patched user (scimkit) */
    @Benchmark
    public JsonObject scimkit() {
        return Patch.apply(scimkitUser, scimkitRequest);
    }

    /** @return the patched user (scimkit, paths parsed once like UnboundID's operations) */
    @Benchmark
    public JsonObject scimkitPrepared() {
        return scimkitPrepared.apply(scimkitUser);
    }

    /** @return the patched user (UnboundID) */
    @Benchmark
    public GenericScimResource unboundid() throws Exception {
        return unboundidRequest.apply(new GenericScimResource(unboundidUser.deepCopy()));
    }

    /** Both libraries must produce the same three changes, or the comparison means nothing. */
    private void check() throws Exception {
        JsonObject ours = scimkit();
        if (!ours.equals(scimkitPrepared())) {
            throw new IllegalStateException("Patch.apply and Patch.prepare(...).apply disagree");
        }
        ObjectNode theirs = unboundid().getObjectNode();
        String email = ours.getJsonArray("emails").getJsonObject(0).getString("value");
        String family = ours.getJsonObject("name").getString("familyName");
        String number = ours.getJsonObject("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")
                .getString("employeeNumber");
        if (!email.equals(theirs.get("emails").get(0).get("value").asString())
                || !family.equals(theirs.get("name").get("familyName").asString())
                || !number.equals(theirs.get("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")
                        .get("employeeNumber").asString())) {
            throw new IllegalStateException("scimkit and UnboundID disagree: " + ours + " vs " + theirs);
        }
    }

    private static JsonNode text(String value) {
        return JsonUtils.valueToNode(value);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PatchBenchmark.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing benchmark resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
