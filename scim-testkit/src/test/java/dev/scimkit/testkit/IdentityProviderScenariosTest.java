package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The request sequences Entra ID, Okta and Google Workspace send to Zoom, in their real shapes
 * ({@code "Replace"}, {@code "False"}, dotted keys, {@code Content-Type: application/json}), against
 * the fake's ZOOM profile.
 */
class IdentityProviderScenariosTest {

    private static final String PATCH_OP = "\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"]";
    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private final ZoomScimFake fake = ZoomScimFake.start();

    @AfterEach
    void close() {
        fake.close();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String filterUserName(String userName) {
        return "/Users?filter=" + encode("userName eq \"" + userName + "\"");
    }

    @Test
    void entra_testConnectionCreateUpdateDeactivateAndGroupPush() {
        // Entra's gallery app talks to https://api.zoom.us/scim
        Http entra = new Http(URI.create(fake.baseUri().toString().replace("/scim2", "/scim")), fake.token());

        assertThat(entra.get("/Users?startIndex=1&count=1").statusCode()).isEqualTo(200);
        assertThat(Http.json(entra.get(filterUserName("9b2f3c1e-ffff-4f7e-a8e5-5f2e0c7d1a11"))).getInt("totalResults")).isZero();
        assertThat(Http.json(entra.get(filterUserName("alice@contoso.com"))).getInt("totalResults")).isZero();

        HttpResponse<String> created = entra.post("/Users", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\",\""
                + ENTERPRISE + "\"],\"externalId\":\"alice\",\"userName\":\"alice@contoso.com\",\"active\":true,"
                + "\"displayName\":\"Alice Smith\",\"emails\":[{\"primary\":true,\"type\":\"work\",\"value\":\"alice@contoso.com\"}],"
                + "\"meta\":{\"resourceType\":\"User\"},\"name\":{\"formatted\":\"Alice Smith\",\"familyName\":\"Smith\","
                + "\"givenName\":\"Alice\"},\"" + ENTERPRISE + "\":{\"department\":\"Engineering\"},\"userType\":\"Licensed\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String id = Http.json(created).getString("id");
        String path = "/Users/" + encode(id);
        assertThat(Http.json(entra.get(filterUserName("alice@contoso.com"))).getInt("totalResults")).isEqualTo(1);

        HttpResponse<String> updated = entra.patch(path, "{" + PATCH_OP + ",\"Operations\":["
                + "{\"op\":\"Replace\",\"path\":\"name.givenName\",\"value\":\"Alicia\"},"
                + "{\"op\":\"Replace\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"alicia@contoso.com\"},"
                + "{\"op\":\"Replace\",\"path\":\"" + ENTERPRISE + ":department\",\"value\":\"Sales\"},"
                + "{\"op\":\"Replace\",\"path\":\"userType\",\"value\":\"Basic\"}]}");
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        JsonObject user = Http.json(updated);
        assertThat(user.getJsonObject("name").getString("givenName")).isEqualTo("Alicia");
        assertThat(user.getJsonArray("emails").getJsonObject(0).getString("value")).isEqualTo("alicia@contoso.com");
        assertThat(user.getJsonObject(ENTERPRISE).getString("department")).isEqualTo("Sales");
        assertThat(user.getString("userType")).isEqualTo("Basic");

        HttpResponse<String> dotted = entra.patch(path, "{" + PATCH_OP + ",\"Operations\":[{\"op\":\"replace\","
                + "\"value\":{\"name.familyName\":\"Jones\",\"" + ENTERPRISE + ":employeeNumber\":\"42\"}}]}");
        assertThat(dotted.statusCode()).as(dotted.body()).isEqualTo(200);
        assertThat(Http.json(dotted).getJsonObject("name").getString("familyName")).isEqualTo("Jones");
        assertThat(Http.json(dotted).getJsonObject(ENTERPRISE).getString("employeeNumber")).isEqualTo("42");

        HttpResponse<String> deactivated = entra.patch(path, "{" + PATCH_OP
                + ",\"Operations\":[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]}");
        assertThat(deactivated.statusCode()).isEqualTo(200);
        assertThat(Http.json(deactivated).getBoolean("active")).isFalse();
        assertThat(fake.user(id).orElseThrow().getBoolean("active")).isFalse();

        HttpResponse<String> group = entra.post("/Groups", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                + "\"externalId\":\"g-1\",\"displayName\":\"Zoom Users\",\"meta\":{\"resourceType\":\"Group\"}}");
        assertThat(group.statusCode()).isEqualTo(201);
        String groupPath = "/Groups/" + encode(Http.json(group).getString("id"));
        HttpResponse<String> added = entra.patch(groupPath, "{" + PATCH_OP + ",\"Operations\":[{\"op\":\"Add\","
                + "\"path\":\"members\",\"value\":[{\"value\":\"" + id + "\"}]}]}");
        assertThat(added.statusCode()).isEqualTo(204);
        assertThat(added.body()).isEmpty();
        assertThat(Http.json(entra.get(path)).getJsonArray("groups").getJsonObject(0).getString("display"))
                .isEqualTo("Zoom Users");
        HttpResponse<String> removed = entra.patch(groupPath, "{" + PATCH_OP + ",\"Operations\":[{\"op\":\"Remove\","
                + "\"path\":\"members[value eq \\\"" + id + "\\\"]\"}]}");
        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(Http.json(entra.get(path)).containsKey("groups")).isFalse();
        assertThat(fake.requests()).allSatisfy(r -> assertThat(r.status()).isLessThan(400));
    }

    @Test
    void okta_testConnectionCreatePutDeactivateReactivateAndGroupPush() {
        Http okta = Http.to(fake);

        assertThat(Http.json(okta.get("/Users?startIndex=1&count=2")).getInt("itemsPerPage")).isZero();
        assertThat(Http.json(okta.get(filterUserName("bob@okta.example") + "&startIndex=1&count=100"))
                .getInt("totalResults")).isZero();
        String body = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"bob@okta.example\","
                + "\"name\":{\"givenName\":\"Bob\",\"familyName\":\"Builder\"},"
                + "\"emails\":[{\"primary\":true,\"value\":\"bob@okta.example\",\"type\":\"work\"}],"
                + "\"displayName\":\"Bob Builder\",\"locale\":\"en-US\",\"externalId\":\"00u1ab2cd3EF4gh5i6j7\","
                + "\"groups\":[],\"password\":\"1mP0ssible!\",\"active\":true}";
        HttpResponse<String> created = okta.post("/Users", body);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("1mP0ssible!");
        String id = Http.json(created).getString("id");
        String path = "/Users/" + encode(id);

        HttpResponse<String> put = okta.put(path, body.replace("\"locale\":\"en-US\"", "\"locale\":\"en-GB\",\"title\":\"Foreman\"")
                .replace("{\"schemas\"", "{\"id\":\"" + id + "\",\"schemas\""));
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(Http.json(put).getString("title")).isEqualTo("Foreman");
        assertThat(Http.json(put).getString("locale")).isEqualTo("en-GB");

        HttpResponse<String> deactivated = okta.patch(path, "{" + PATCH_OP
                + ",\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":false}}]}");
        assertThat(Http.json(deactivated).getBoolean("active")).isFalse();
        HttpResponse<String> reactivated = okta.patch(path, "{" + PATCH_OP
                + ",\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":true}}]}");
        assertThat(Http.json(reactivated).getBoolean("active")).isTrue();

        String groupId = Http.json(okta.post("/Groups", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                + "\"displayName\":\"Okta Push\",\"members\":[]}")).getString("id");
        String groupPath = "/Groups/" + encode(groupId);
        assertThat(okta.patch(groupPath, "{" + PATCH_OP + ",\"Operations\":[{\"op\":\"add\",\"path\":\"members\","
                + "\"value\":[{\"value\":\"" + id + "\",\"display\":\"bob@okta.example\"}]}]}").statusCode()).isEqualTo(204);
        assertThat(okta.patch(groupPath, "{" + PATCH_OP + ",\"Operations\":[{\"op\":\"replace\",\"value\":{\"id\":\""
                + groupId + "\",\"displayName\":\"Okta Push Renamed\"}}]}").statusCode()).isEqualTo(204);
        assertThat(fake.group(groupId).orElseThrow().getString("displayName")).isEqualTo("Okta Push Renamed");
        assertThat(fake.group(groupId).orElseThrow().getJsonArray("members")).hasSize(1);
        assertThat(Http.json(okta.get(path)).getJsonArray("groups").getJsonObject(0).getString("display"))
                .isEqualTo("Okta Push Renamed");
    }

    @Test
    void google_lookupCreateRenameSuspendAndDelete() {
        Http google = Http.to(fake);

        assertThat(Http.json(google.get(filterUserName("carol@example.com"))).getInt("totalResults")).isZero();
        HttpResponse<String> created = google.post("/Users", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                + "\"userName\":\"carol@example.com\",\"name\":{\"givenName\":\"Carol\",\"familyName\":\"Danvers\"},"
                + "\"emails\":[{\"value\":\"carol@example.com\",\"type\":\"work\",\"primary\":true}],"
                + "\"displayName\":\"Carol Danvers\",\"active\":true}");
        String id = Http.json(created).getString("id");
        String path = "/Users/" + encode(id);

        HttpResponse<String> renamed = google.patch(path, "{" + PATCH_OP + ",\"Operations\":[{\"op\":\"replace\","
                + "\"path\":\"name\",\"value\":{\"givenName\":\"Caroline\",\"familyName\":\"Danvers\"}}]}");
        HttpResponse<String> suspended = google.patch(path, "{" + PATCH_OP
                + ",\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]}");
        HttpResponse<String> deleted = google.delete(path);

        assertThat(Http.json(renamed).getJsonObject("name").getString("givenName")).isEqualTo("Caroline");
        assertThat(Http.json(suspended).getBoolean("active")).isFalse();
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(google.get(path).statusCode()).isEqualTo(404);
        assertThat(fake.requests()).allSatisfy(r ->
                assertThat(r.header("content-type").orElse("application/json")).startsWith("application/json"));
    }

    @Test
    void zoomPatch_withoutExactOperationsKeyIsZoomsActiveFieldError() {
        String id = fake.seedUser(dev.scimkit.core.json.ScimJson.parseObject("{\"userName\":\"p@example.com\"}"));

        for (String body : new String[] {"{\"operations\":[{\"op\":\"replace\",\"value\":{\"active\":false}}]}",
                "{\"active\":false}", "{\"Operations\":{\"op\":\"replace\"}}"}) {
            HttpResponse<String> response = Http.to(fake).patch("/Users/" + encode(id), body);

            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(Http.json(response).getString("detail"))
                    .isEqualTo("The request json did not contains valid active field.");
        }
        assertThat(fake.user(id).orElseThrow().getBoolean("active")).isTrue();
    }

    @Test
    void zoomPatch_acceptsListResponseSchemaAsCommunityScriptsSendIt() {
        String id = fake.seedUser(dev.scimkit.core.json.ScimJson.parseObject("{\"userName\":\"ps@example.com\"}"));

        HttpResponse<String> response = Http.to(fake).patch("/Users/" + encode(id),
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],"
                        + "\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":false}}]}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.json(response).getBoolean("active")).isFalse();
    }

    @Test
    void zoomPatch_cannotChangeUserNameAndUnknownUserIs404() {
        String id = fake.seedUser(dev.scimkit.core.json.ScimJson.parseObject("{\"userName\":\"keep@example.com\"}"));

        HttpResponse<String> renamed = Http.to(fake).patch("/Users/" + encode(id), "{" + PATCH_OP
                + ",\"Operations\":[{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"other@example.com\"}]}");
        HttpResponse<String> missing = Http.to(fake).patch("/Users/nope", "{" + PATCH_OP
                + ",\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]}");

        assertThat(Http.json(renamed).getString("userName")).isEqualTo("keep@example.com");
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void groupPatch_overZoomsSizeLimitIs413AndUnknownMemberIs400() {
        String groupId = Http.json(Http.to(fake).post("/Groups", "{\"displayName\":\"Big\"}")).getString("id");
        String huge = "{" + PATCH_OP + ",\"Operations\":[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\""
                + "x".repeat(100_001) + "\"}]}";

        HttpResponse<String> tooBig = Http.to(fake).patch("/Groups/" + encode(groupId), huge);
        HttpResponse<String> unknown = Http.to(fake).patch("/Groups/" + encode(groupId), "{" + PATCH_OP
                + ",\"Operations\":[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"ghost\"}]}]}");

        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(Http.json(tooBig).getInt("status")).isEqualTo(413);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(fake.group(groupId).orElseThrow().getString("displayName")).isEqualTo("Big");
    }
}
