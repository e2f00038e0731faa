package dev.scimkit.benchmarks.fake;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.testkit.FakeProfile;
import dev.scimkit.testkit.ZoomScimFake;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Live heap held by {@code ZoomScimFake} per stored user, for realistic users (name, work email, userType,
 * enterprise department, Zoom's {@code ZoomUser} extension): used heap after full GCs (read from
 * {@link MemoryMXBean}), before seeding, after seeding, and again after every user was read once with
 * {@code GET /Users/{id}} and once in a {@code GET /Users} page of 100 (the state after an identity provider's
 * sync, when every serialised view the fake keeps has been built; the ids come from the pages, so the tool
 * itself holds nothing per user). The journal is off, so only the store counts.
 * Not a JMH benchmark (JMH measures time); it prints one line per phase.
 *
 * <p>Run: {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar dev.scimkit.benchmarks.fake.FakeMemoryFootprint
 * [zoom|scim] [users]} (defaults: zoom, 100000)
 */
public final class FakeMemoryFootprint {

    private FakeMemoryFootprint() {
    }

    /**
     * @param args the profile ({@code zoom} or {@code scim}) and the number of users
     * @throws IOException if the loopback reads fail
     */
    public static void main(String[] args) throws IOException {
        FakeProfile profile = args.length > 0 && args[0].equalsIgnoreCase("scim") ? FakeProfile.SCIM : FakeProfile.ZOOM;
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        try (ZoomScimFake fake = ZoomScimFake.builder().profile(profile).basicUserCap(0).idSeed(1)
                .journalCapacity(0).start()) {
            long empty = usedHeap();
            for (int i = 0; i < users; i++) {
                fake.seedUser(ScimJson.parseObject(user(i)));
            }
            long seeded = usedHeap();
            report(profile, "seeded", users, seeded - empty);
            try (LoopbackClient client = new LoopbackClient(fake.baseUri(), fake.token())) {
                for (int start = 1; start <= users; start += 100) {
                    JsonObject page = ScimJson.parseObject(
                            client.getBody("/scim2/Users?startIndex=" + start + "&count=100"));
                    for (JsonValue item : page.getJsonArray("Resources")) {
                        String id = item.asJsonObject().getString("id");
                        client.getBody("/scim2/Users/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
                    }
                }
            }
            long read = usedHeap();
            report(profile, "read", users, read - empty);
            if (fake.users().size() != users) {
                throw new IllegalStateException("expected " + users + " stored users");
            }
        }
    }

    /** A user as an identity provider sends it (Entra/Okta attribute set plus Zoom's sign-in extension). */
    static String user(int n) {
        String userName = "user" + n + "@example.com";
        return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\","
                + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\","
                + "\"urn:us:zoom:scim:schemas:extension:1.0:ZoomUser\"],"
                + "\"userName\":\"" + userName + "\",\"name\":{\"givenName\":\"Given" + n + "\",\"familyName\":\"Family\"},"
                + "\"displayName\":\"Given" + n + " Family\",\"userType\":\"Licensed\",\"active\":true,"
                + "\"emails\":[{\"type\":\"work\",\"value\":\"" + userName + "\",\"primary\":true}],"
                + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"department\":\"Engineering\"},"
                + "\"urn:us:zoom:scim:schemas:extension:1.0:ZoomUser\":{\"loginType\":{\"workEmail\":true,\"sso\":true}}}";
    }

    private static void report(FakeProfile profile, String phase, int users, long bytes) {
        System.out.printf(Locale.ROOT, "profile=%s phase=%s users=%d heapMiB=%.1f bytesPerUser=%d%n",
                profile, phase, users, bytes / (1024.0 * 1024.0), bytes / users);
    }

    private static long usedHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            memory.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
