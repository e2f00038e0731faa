package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScimProfileTest {

    private static final String CORE = "\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"]";

    private final ZoomScimFake fake = ZoomScimFake.builder().profile(FakeProfile.SCIM).start();
    private final Http http = Http.to(fake);

    @AfterEach
    void close() {
        fake.close();
    }

    @BeforeEach
    void seed() {
        seed("bjensen@example.com", "Jensen", "Barbara", "Sales", true);
        seed("jsmith@example.com", "Smith", "John", "Engineering", true);
        seed("adoe@example.org", "Doe", "Anne", "Engineering", false);
    }

    private void seed(String userName, String family, String given, String department, boolean active) {
        fake.seedUser(ScimJson.parseObject("{" + CORE + ",\"userName\":\"" + userName + "\",\"active\":" + active
                + ",\"name\":{\"familyName\":\"" + family + "\",\"givenName\":\"" + given + "\"},"
                + "\"emails\":[{\"type\":\"work\",\"value\":\"" + userName + "\"}],"
                + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"department\":\"" + department + "\"}}"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private List<String> userNames(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonArray resources = Http.json(response).getJsonArray("Resources");
        return resources.stream().map(value -> value.asJsonObject().getString("userName")).collect(Collectors.toList());
    }

    @Test
    void list_evaluatesAnyRfcFilter() {
        assertThat(userNames(http.get("/Users?filter=" + encode("userName sw \"j\"")))).containsExactly("jsmith@example.com");
        assertThat(userNames(http.get("/Users?filter=" + encode("emails[type eq \"work\" and value ew \".org\"]"))))
                .containsExactly("adoe@example.org");
        assertThat(userNames(http.get("/Users?filter=" + encode(
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq \"Engineering\" and active eq true"))))
                .containsExactly("jsmith@example.com");
        assertThat(userNames(http.get("/Users?filter=" + encode("not (name.familyName co \"e\") or userName eq \"ADOE@example.org\""))))
                .containsExactly("jsmith@example.com", "adoe@example.org");
    }

    @Test
    void list_rejectsUnparsableFilterWithScimType() {
        HttpResponse<String> response = http.get("/Users?filter=" + encode("userName eq"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).getString("scimType")).isEqualTo("invalidFilter");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/scim+json"));
    }

    @Test
    void list_sortsBySortByAndSortOrder() {
        assertThat(userNames(http.get("/Users?sortBy=name.familyName"))).containsExactly(
                "adoe@example.org", "bjensen@example.com", "jsmith@example.com");
        assertThat(userNames(http.get("/Users?sortBy=userName&sortOrder=descending"))).containsExactly(
                "jsmith@example.com", "bjensen@example.com", "adoe@example.org");
    }

    @Test
    void search_postsFilterSortAndPagingInBody() {
        String body = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                + "\"filter\":\"active eq true\",\"sortBy\":\"userName\",\"startIndex\":1,\"count\":1}";

        HttpResponse<String> users = http.post("/Users/.search", body);
        HttpResponse<String> root = http.post("/.search", body.replace(",\"count\":1", ""));

        assertThat(userNames(users)).containsExactly("bjensen@example.com");
        assertThat(Http.json(users).getInt("totalResults")).isEqualTo(2);
        assertThat(Http.json(root).getInt("totalResults")).isEqualTo(2);
        assertThat(http.post("/Users/.search", "{\"filter\":\"active eq true\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void etag_ifMatchMismatchIs412AndMatchApplies() {
        String id = Http.json(http.get("/Users?filter=" + encode("userName eq \"bjensen@example.com\"")))
                .getJsonArray("Resources").getJsonObject(0).getString("id");
        HttpResponse<String> get = http.get("/Users/" + encode(id));
        String etag = get.headers().firstValue("ETag").orElseThrow();
        String replacement = "{" + CORE + ",\"userName\":\"bjensen@example.com\",\"title\":\"Boss\"}";

        HttpResponse<String> stale = http.send("PUT", "/Users/" + encode(id), replacement, "If-Match", "W/\"999\"");
        HttpResponse<String> fresh = http.send("PUT", "/Users/" + encode(id), replacement, "If-Match", etag);

        assertThat(etag).isEqualTo(Http.json(get).getJsonObject("meta").getString("version"));
        assertThat(stale.statusCode()).isEqualTo(412);
        // RFC 7644 §3.12: in the SCIM profile the error's status is a JSON string (Zoom's is a number).
        assertThat(Http.json(stale).getString("status")).isEqualTo("412");
        assertThat(fresh.statusCode()).isEqualTo(200);
        assertThat(fresh.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    }

    @Test
    void etag_ifNoneMatchAnswers304OnGetAnd412OnWrite() {
        String id = fake.users().get(0).getString("id");
        String etag = http.get("/Users/" + encode(id)).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> notModified = http.send("GET", "/Users/" + encode(id), null, "If-None-Match", etag);
        HttpResponse<String> refused = http.send("DELETE", "/Users/" + encode(id), null, "If-None-Match", "*");

        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(refused.statusCode()).isEqualTo(412);
        assertThat(fake.user(id)).isPresent();
    }

    @Test
    void put_replacesEveryWritableAttribute() {
        String id = fake.users().get(0).getString("id");

        HttpResponse<String> put = http.put("/Users/" + encode(id), "{" + CORE
                + ",\"userName\":\"barbara@example.com\",\"displayName\":\"Babs\"}");

        JsonObject user = Http.json(put);
        assertThat(user.getString("userName")).isEqualTo("barbara@example.com");
        assertThat(user.getString("displayName")).isEqualTo("Babs");
        assertThat(user.containsKey("name")).isFalse();
        assertThat(user.containsKey("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")).isFalse();
        assertThat(user.getString("id")).isEqualTo(id);
    }

    @Test
    void post_requiresCoreSchemaAndBooleanActive() {
        assertThat(http.post("/Users", "{\"userName\":\"x@example.com\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> stringActive = http.post("/Users", "{" + CORE + ",\"userName\":\"x@example.com\",\"active\":\"False\"}");
        assertThat(stringActive.statusCode()).isEqualTo(400);
        assertThat(Http.json(stringActive).getString("scimType")).isEqualTo("invalidValue");
    }

    @Test
    void groups_supportPutAndReturnMembers() {
        String userId = fake.users().get(0).getString("id");
        HttpResponse<String> created = http.post("/Groups", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                + "\"displayName\":\"Team\",\"members\":[{\"value\":\"" + userId + "\"}]}");
        String id = Http.json(created).getString("id");

        HttpResponse<String> put = http.put("/Groups/" + encode(id),
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"Team 2\"}");

        assertThat(Http.json(created).getJsonArray("members")).hasSize(1);
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(Http.json(put).getString("displayName")).isEqualTo("Team 2");
        assertThat(Http.json(put).containsKey("members")).isFalse();
        assertThat(fake.user(userId).orElseThrow().containsKey("groups")).isFalse();
    }

    @Test
    void discovery_servesServiceProviderConfigSchemasAndResourceTypes() {
        JsonObject config = Http.json(http.get("/ServiceProviderConfig"));
        JsonObject schemas = Http.json(http.get("/Schemas"));
        HttpResponse<String> userSchema = http.get("/Schemas/urn:ietf:params:scim:schemas:core:2.0:User");
        JsonObject types = Http.json(http.get("/ResourceTypes"));
        HttpResponse<String> userType = http.get("/ResourceTypes/User");

        assertThat(config.getJsonObject("sort").getBoolean("supported")).isTrue();
        assertThat(config.getJsonObject("etag").getBoolean("supported")).isTrue();
        assertThat(config.getJsonObject("patch").getBoolean("supported")).isTrue();
        assertThat(config.getJsonObject("filter").getInt("maxResults")).isEqualTo(100);
        assertThat(schemas.getInt("totalResults")).isGreaterThanOrEqualTo(3);
        assertThat(userSchema.statusCode()).isEqualTo(200);
        assertThat(Http.json(userSchema).getString("id")).isEqualTo("urn:ietf:params:scim:schemas:core:2.0:User");
        assertThat(types.getInt("totalResults")).isEqualTo(2);
        assertThat(Http.json(userType).getString("endpoint")).isEqualTo("/Users");
        assertThat(http.get("/Schemas/urn:nope").statusCode()).isEqualTo(404);
    }

    @Test
    void attributes_projectListAndSingleResponses() {
        String id = fake.users().get(0).getString("id");

        JsonObject listed = Http.json(http.get("/Users?attributes=userName&count=1")).getJsonArray("Resources")
                .getJsonObject(0);
        JsonObject excluded = Http.json(http.get("/Users/" + encode(id) + "?excludedAttributes=emails,name"));

        assertThat(listed.keySet()).contains("id", "userName", "schemas").doesNotContain("name", "emails", "active");
        assertThat(excluded.keySet()).contains("userName", "active").doesNotContain("emails", "name");
        assertThat(http.get("/Users?attributes=" + encode("user name")).statusCode()).isEqualTo(400);
    }

    @Test
    void patch_appliesRfcOperationsConditionallyAndAnswers200() {
        String id = fake.users().get(0).getString("id");
        String etag = http.get("/Users/" + encode(id)).headers().firstValue("ETag").orElseThrow();
        String body = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
                + "{\"op\":\"replace\",\"path\":\"active\",\"value\":false},"
                + "{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"type\":\"home\",\"value\":\"b@home.example\"}]}]}";

        HttpResponse<String> patched = http.send("PATCH", "/Users/" + encode(id), body, "If-Match", etag);
        HttpResponse<String> stale = http.send("PATCH", "/Users/" + encode(id), body, "If-Match", etag);

        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(Http.json(patched).getBoolean("active")).isFalse();
        assertThat(Http.json(patched).getJsonArray("emails")).hasSize(2);
        assertThat(stale.statusCode()).isEqualTo(412);
    }

    @Test
    void patch_isStrictAboutShapes() {
        String id = fake.users().get(0).getString("id");

        HttpResponse<String> noSchema = http.patch("/Users/" + encode(id),
                "{\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]}");
        HttpResponse<String> stringBoolean = http.patch("/Users/" + encode(id),
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                        + "\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":\"False\"}]}");
        HttpResponse<String> noTarget = http.patch("/Users/" + encode(id),
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                        + "\"Operations\":[{\"op\":\"remove\",\"path\":\"emails[type eq \\\"pager\\\"]\"}]}");

        assertThat(noSchema.statusCode()).isEqualTo(400);
        assertThat(stringBoolean.statusCode()).isEqualTo(400);
        assertThat(Http.json(stringBoolean).getString("scimType")).isEqualTo("invalidValue");
        assertThat(noTarget.statusCode()).as(noTarget.body()).isEqualTo(400);
        assertThat(fake.user(id).orElseThrow().getBoolean("active")).isTrue();
    }

    @Test
    void groupPatch_answers200WithMembers() {
        String userId = fake.users().get(1).getString("id");
        String groupId = fake.seedGroup(ScimJson.parseObject(
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"Ops\"}"));

        HttpResponse<String> patched = http.patch("/Groups/" + encode(groupId),
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"add\","
                        + "\"path\":\"members\",\"value\":[{\"value\":\"" + userId + "\"}]}]}");

        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(Http.json(patched).getJsonArray("members").getJsonObject(0).getString("value")).isEqualTo(userId);
        assertThat(fake.user(userId).orElseThrow().getJsonArray("groups")).hasSize(1);
    }
}
