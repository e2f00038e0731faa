package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A user's ETag covers its {@code groups}: a membership change gives the user a new version, so a
 * conditional GET with the old tag gets the new {@code groups} (not a 304) and a conditional write with
 * the old tag is refused (412). SCIM profile (the ZOOM profile has no ETags).
 */
class MembershipEtagTest {

    private static final String PATCH_OP = "\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"]";

    private final ZoomScimFake fake = ZoomScimFake.builder().profile(FakeProfile.SCIM).start();
    private final Http http = Http.to(fake);
    private final String userId = fake.seedUser(ScimJson.parseObject(Http.user("member@example.com")));
    private final String groupId = fake.seedGroup(ScimJson.parseObject(
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"Team\"}"));

    @AfterEach
    void close() {
        fake.close();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private String userPath() {
        return "/Users/" + encode(userId);
    }

    private String etagOfUser() {
        HttpResponse<String> response = http.get(userPath());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private void patchGroup(String operation) {
        HttpResponse<String> response = http.patch("/Groups/" + encode(groupId),
                "{" + PATCH_OP + ",\"Operations\":[" + operation + "]}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void joiningAGroup_changesTheUsersEtag_soIfNoneMatchReturnsTheNewGroups() {
        String before = etagOfUser();

        patchGroup("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + userId + "\"}]}");
        HttpResponse<String> conditional = http.send("GET", userPath(), null, "If-None-Match", before);

        assertThat(conditional.statusCode()).isEqualTo(200);
        JsonObject user = Http.json(conditional);
        assertThat(user.getJsonArray("groups").getJsonObject(0).getString("value")).isEqualTo(groupId);
        assertThat(conditional.headers().firstValue("ETag")).get().isNotEqualTo(before)
                .isEqualTo(user.getJsonObject("meta").getString("version"));
    }

    @Test
    void leavingAGroup_changesTheUsersEtag_soIfMatchWithTheOldTagIsRefused() {
        patchGroup("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + userId + "\"}]}");
        String member = etagOfUser();

        patchGroup("{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + userId + "\\\"]\"}");
        HttpResponse<String> staleWrite = http.send("PUT", userPath(), Http.user("member@example.com"),
                "If-Match", member);
        HttpResponse<String> conditional = http.send("GET", userPath(), null, "If-None-Match", member);
        String current = etagOfUser();
        HttpResponse<String> notModified = http.send("GET", userPath(), null, "If-None-Match", current);
        HttpResponse<String> freshWrite = http.send("PUT", userPath(), Http.user("member@example.com"),
                "If-Match", current);

        assertThat(staleWrite.statusCode()).isEqualTo(412);
        assertThat(conditional.statusCode()).isEqualTo(200);
        assertThat(Http.json(conditional).containsKey("groups")).isFalse();
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(freshWrite.statusCode()).as(freshWrite.body()).isEqualTo(200);
    }

    @Test
    void renamingOrDeletingAGroup_changesItsMembersEtags() {
        patchGroup("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + userId + "\"}]}");
        String member = etagOfUser();

        patchGroup("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Renamed\"}");
        String renamed = etagOfUser();
        HttpResponse<String> afterRename = http.send("GET", userPath(), null, "If-None-Match", member);
        http.delete("/Groups/" + encode(groupId));
        HttpResponse<String> afterDelete = http.send("GET", userPath(), null, "If-None-Match", renamed);

        assertThat(afterRename.statusCode()).isEqualTo(200);
        assertThat(Http.json(afterRename).getJsonArray("groups").getJsonObject(0).getString("display"))
                .isEqualTo("Renamed");
        assertThat(afterDelete.statusCode()).isEqualTo(200);
        assertThat(Http.json(afterDelete).containsKey("groups")).isFalse();
    }
}
