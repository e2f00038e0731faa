package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A PATCH request carries at most 1,000 operations in both profiles: more is a 413 that states the cap
 * (as RFC 7644 §3.7.4 has bulk requests refused) and changes nothing; the SCIM profile advertises the cap
 * in its ServiceProviderConfig as {@code patch.maxOperations}.
 */
class PatchOperationCapTest {

    private static final int CAP = 1000;

    private static String patch(int operations, String operation) {
        return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
                + String.join(",", Collections.nCopies(operations, operation)) + "]}";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(FakeProfile.class)
    void userPatch_overTheCapIs413AndChangesNothing(FakeProfile profile) {
        try (ZoomScimFake fake = ZoomScimFake.builder().profile(profile).start()) {
            Http http = Http.to(fake);
            String path = "/Users/" + encode(fake.seedUser(ScimJson.parseObject(Http.user("cap@example.com"))));
            String rename = "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Renamed\"}";

            HttpResponse<String> over = http.patch(path, patch(CAP + 1, rename));
            String unchanged = Http.json(http.get(path)).getString("displayName", "");
            HttpResponse<String> atCap = http.patch(path, patch(CAP, rename));

            assertThat(over.statusCode()).isEqualTo(413);
            assertThat(Http.json(over).getString("detail")).contains("at most 1000 operations", "has 1001");
            assertThat(unchanged).isNotEqualTo("Renamed");
            assertThat(atCap.statusCode()).as(atCap.body()).isEqualTo(200);
            assertThat(Http.json(http.get(path)).getString("displayName")).isEqualTo("Renamed");
        }
    }

    @ParameterizedTest
    @EnumSource(FakeProfile.class)
    void groupPatch_overTheCapIs413AndChangesNothing(FakeProfile profile) {
        try (ZoomScimFake fake = ZoomScimFake.builder().profile(profile).start()) {
            Http http = Http.to(fake);
            String path = "/Groups/" + encode(fake.seedGroup(ScimJson.parseObject(
                    "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"Cap\"}")));
            String rename = "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Renamed\"}";

            HttpResponse<String> over = http.patch(path, patch(CAP + 1, rename));
            String unchanged = Http.json(http.get(path)).getString("displayName");
            HttpResponse<String> atCap = http.patch(path, patch(CAP, rename));

            assertThat(over.statusCode()).isEqualTo(413);
            assertThat(Http.json(over).getString("detail")).contains("at most 1000 operations", "has 1001");
            assertThat(unchanged).isEqualTo("Cap");
            assertThat(atCap.statusCode()).as(atCap.body()).isIn(200, 204);
            assertThat(Http.json(http.get(path)).getString("displayName")).isEqualTo("Renamed");
        }
    }

    @Test
    void scimProfile_advertisesTheCapInServiceProviderConfig() {
        try (ZoomScimFake fake = ZoomScimFake.builder().profile(FakeProfile.SCIM).start()) {
            JsonObject patch = Http.json(Http.to(fake).get("/ServiceProviderConfig")).getJsonObject("patch");

            assertThat(patch.getBoolean("supported")).isTrue();
            assertThat(patch.getInt("maxOperations")).isEqualTo(CAP);
        }
    }
}
