package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ZoomGroupsTest {

    private final ZoomScimFake fake = ZoomScimFake.builder().defaultGroup("All Users").start();
    private final Http http = Http.to(fake);

    @AfterEach
    void close() {
        fake.close();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void post_createsGroupAndGetReturnsItWithoutMembers() {
        String userId = fake.seedUser(ScimJson.parseObject("{\"userName\":\"m@example.com\"}"));

        HttpResponse<String> created = http.post("/Groups", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                + "\"displayName\":\"Engineering\",\"members\":[{\"value\":\"" + userId + "\"}]}");
        String id = Http.json(created).getString("id");
        HttpResponse<String> fetched = http.get("/Groups/" + encode(id));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(fetched.statusCode()).isEqualTo(200);
        JsonObject group = Http.json(fetched);
        assertThat(group.getString("displayName")).isEqualTo("Engineering");
        assertThat(group.containsKey("members")).isFalse();
        assertThat(group.getJsonObject("meta").getString("resourceType")).isEqualTo("Group");
        assertThat(fake.group(id).orElseThrow().getJsonArray("members")).hasSize(1);
        JsonObject user = Http.json(http.get("/Users/" + encode(userId)));
        assertThat(user.getJsonArray("groups").getJsonObject(0).getString("value")).isEqualTo(id);
        assertThat(user.getJsonArray("groups").getJsonObject(0).getString("display")).isEqualTo("Engineering");
    }

    @Test
    void post_rejectsMissingDisplayNameWithZoomMessage() {
        HttpResponse<String> response = http.post("/Groups", "{\"displayName\":\"\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).getString("detail")).isEqualTo("The \"DisplayName\" of the request is invalid.");
        assertThat(Http.json(response).containsKey("scimType")).isFalse();
    }

    @Test
    void post_rejectsEmptyBodyAndUnknownMembers() {
        HttpResponse<String> empty = http.post("/Groups", "");
        HttpResponse<String> unknownMember = http.post("/Groups",
                "{\"displayName\":\"G\",\"members\":[{\"value\":\"nobody\"}]}");

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(Http.json(empty).getString("detail")).isEqualTo("The request JSON must not be empty.");
        assertThat(unknownMember.statusCode()).isEqualTo(400);
        assertThat(Http.json(unknownMember).getString("detail")).contains("nobody");
    }

    @Test
    void post_rejectsDuplicateDisplayName() {
        http.post("/Groups", "{\"displayName\":\"Sales\"}");

        assertThat(http.post("/Groups", "{\"displayName\":\"sales\"}").statusCode()).isEqualTo(409);
    }

    @Test
    void list_includesDefaultGroupAndFiltersByDisplayName() {
        http.post("/Groups", "{\"displayName\":\"Sales\"}");

        JsonObject all = Http.json(http.get("/Groups?startIndex=1&count=10"));
        JsonObject sales = Http.json(http.get("/Groups?filter=" + encode("displayName eq \"Sales\"")));
        HttpResponse<String> unsupported = http.get("/Groups?filter=" + encode("displayName co \"a\""));

        assertThat(all.getInt("totalResults")).isEqualTo(2);
        assertThat(all.getJsonArray("Resources").getJsonObject(0).getString("displayName")).isEqualTo("All Users");
        assertThat(sales.getInt("totalResults")).isEqualTo(1);
        assertThat(sales.getJsonArray("Resources").getJsonObject(0).getString("displayName")).isEqualTo("Sales");
        assertThat(unsupported.statusCode()).isEqualTo(400);
    }

    @Test
    void list_filtersByUnquotedDisplayNameWithSpaces() {
        http.post("/Groups", "{\"displayName\":\"Sales Team EMEA\"}");

        JsonObject found = Http.json(http.get("/Groups?filter=" + encode("displayName eq Sales Team EMEA")));

        assertThat(found.getInt("totalResults")).isEqualTo(1);
        assertThat(found.getJsonArray("Resources").getJsonObject(0).getString("displayName"))
                .isEqualTo("Sales Team EMEA");
    }

    @Test
    void delete_answers204ThenGroupDoesNotExist() {
        String id = Http.json(http.post("/Groups", "{\"displayName\":\"Temp\"}")).getString("id");

        HttpResponse<String> deleted = http.delete("/Groups/" + encode(id));
        HttpResponse<String> again = http.get("/Groups/" + encode(id));

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(Http.json(again).getString("detail")).isEqualTo("Group does not exist.");
    }

    @Test
    void delete_refusesAccountDefaultGroup() {
        String id = fake.defaultGroupId().orElseThrow();

        HttpResponse<String> response = http.delete("/Groups/" + encode(id));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).getString("detail")).isEqualTo("Cannot delete account default group.");
        assertThat(fake.group(id)).isPresent();
    }

    @Test
    void deletingUser_removesItFromGroups() {
        String userId = fake.seedUser(ScimJson.parseObject("{\"userName\":\"gone@example.com\"}"));
        String groupId = fake.seedGroup(ScimJson.parseObject("{\"displayName\":\"G\",\"members\":[{\"value\":\""
                + userId + "\"}]}"));

        http.delete("/Users/" + encode(userId));

        assertThat(fake.group(groupId).orElseThrow().containsKey("members")).isFalse();
    }

    @Test
    void put_isNotAZoomGroupOperation() {
        String id = Http.json(http.post("/Groups", "{\"displayName\":\"P\"}")).getString("id");

        assertThat(http.put("/Groups/" + encode(id), "{\"displayName\":\"Q\"}").statusCode()).isEqualTo(405);
    }
}
