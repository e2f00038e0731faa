package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ZoomUsersTest {

    private static final String ZOOM_LICENSE = "urn:ietf:params:scim:schemas:extension:zoom:1.0:User";
    private static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

    private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-10T12:00:00Z"));
    private final ZoomScimFake fake = ZoomScimFake.builder().clock(clock).idSeed(7).start();
    private final Http http = Http.to(fake);

    @AfterEach
    void close() {
        fake.close();
    }

    private String create(String userName) {
        HttpResponse<String> response = http.post("/Users", Http.user(userName));
        assertThat(response.statusCode()).isEqualTo(201);
        return Http.json(response).getString("id");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void post_createsUserWithZoomDefaultsAndMeta() {
        HttpResponse<String> response = http.post("/Users", Http.user("jchill@example.com"));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonObject user = Http.json(response);
        String id = user.getString("id");
        assertThat(id).hasSize(22).matches("[A-Za-z0-9&-]{22}");
        assertThat(user.getBoolean("active")).isTrue();
        assertThat(user.getString("userType")).isEqualTo("Basic");
        assertThat(user.getString("displayName")).isEqualTo("Given Family");
        assertThat(user.getJsonObject(ZOOM_LICENSE)).isNotNull();
        JsonObject meta = user.getJsonObject("meta");
        assertThat(meta.getString("resourceType")).isEqualTo("User");
        assertThat(meta.getString("created")).isEqualTo("2026-01-10T12:00:00Z");
        assertThat(meta.getString("lastModified")).isEqualTo("2026-01-10T12:00:00Z");
        assertThat(meta.getString("location")).isEqualTo(fake.baseUri() + "/Users/" + id);
        assertThat(meta.getString("version")).startsWith("W/\"");
        assertThat(response.headers().firstValue("Location")).hasValue(meta.getString("location"));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void get_returnsZoomExtensionButListItemsOmitIt() {
        String id = create("a@example.com");

        JsonObject single = Http.json(http.get("/Users/" + encode(id)));
        JsonObject listed = Http.json(http.get("/Users?startIndex=1&count=10")).getJsonArray("Resources")
                .getJsonObject(0);

        assertThat(single.containsKey(ZOOM_LICENSE)).isTrue();
        assertThat(listed.containsKey(ZOOM_LICENSE)).isFalse();
        assertThat(listed.getJsonArray("schemas").toString()).doesNotContain(ZOOM_LICENSE);
        assertThat(listed.getString("id")).isEqualTo(id);
    }

    @Test
    void get_percentDecodesIdsWithAmpersandAndDash() {
        String id = fake.seedUser(ScimJson.parseObject("{\"id\":\"k&KdKr6TLWuxdDtk0hjS-L\",\"userName\":\"amp@example.com\"}"));

        HttpResponse<String> encoded = http.get("/Users/k%26KdKr6TLWuxdDtk0hjS-L");
        HttpResponse<String> raw = http.get("/Users/k&KdKr6TLWuxdDtk0hjS-L");

        assertThat(id).isEqualTo("k&KdKr6TLWuxdDtk0hjS-L");
        assertThat(encoded.statusCode()).isEqualTo(200);
        assertThat(Http.json(encoded).getString("id")).isEqualTo(id);
        assertThat(raw.statusCode()).isEqualTo(200);
    }

    @Test
    void list_pagesWithStartIndexAndCount() {
        for (int i = 1; i <= 25; i++) {
            create("user" + i + "@example.com");
        }

        JsonObject first = Http.json(http.get("/Users?startIndex=1&count=10"));
        JsonObject last = Http.json(http.get("/Users?startIndex=21&count=10"));
        JsonObject defaults = Http.json(http.get("/Users"));

        assertThat(first.getInt("totalResults")).isEqualTo(25);
        assertThat(first.getInt("itemsPerPage")).isEqualTo(10);
        assertThat(first.getInt("startIndex")).isEqualTo(1);
        assertThat(first.getJsonArray("Resources").getJsonObject(0).getString("userName")).isEqualTo("user1@example.com");
        assertThat(last.getInt("itemsPerPage")).isEqualTo(5);
        assertThat(last.getJsonArray("Resources").getJsonObject(4).getString("userName")).isEqualTo("user25@example.com");
        assertThat(defaults.getInt("itemsPerPage")).isEqualTo(10);
        assertThat(first.getJsonArray("schemas").getString(0))
                .isEqualTo("urn:ietf:params:scim:api:messages:2.0:ListResponse");
    }

    @Test
    void list_clampsCountToMaximumOf100() {
        for (int i = 1; i <= 120; i++) {
            fake.seedUser(ScimJson.parseObject("{\"userName\":\"u" + i + "@example.com\"}"));
        }

        JsonObject page = Http.json(http.get("/Users?startIndex=1&count=500"));

        assertThat(page.getInt("totalResults")).isEqualTo(120);
        assertThat(page.getInt("itemsPerPage")).isEqualTo(100);
    }

    @Test
    void list_rejectsNonNumericPaging() {
        HttpResponse<String> response = http.get("/Users?startIndex=one");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).getString("detail")).contains("startIndex");
    }

    @Test
    void list_filtersByUserNameQuotedUnquotedAndIgnoringCase() {
        String id = create("Jill.Chill@example.com");
        create("other@example.com");

        JsonObject quoted = Http.json(http.get("/Users?filter=" + encode("userName eq \"jill.chill@example.com\"")));
        JsonObject unquoted = Http.json(http.get("/Users?filter=" + encode("userName eq Jill.Chill@example.com")));
        JsonObject missing = Http.json(http.get("/Users?filter=" + encode("userName eq \"nobody@example.com\"")));

        assertThat(quoted.getInt("totalResults")).isEqualTo(1);
        assertThat(quoted.getJsonArray("Resources").getJsonObject(0).getString("id")).isEqualTo(id);
        assertThat(unquoted.getInt("totalResults")).isEqualTo(1);
        assertThat(missing.getInt("totalResults")).isZero();
        assertThat(missing.getJsonArray("Resources")).isEmpty();
    }

    @Test
    void list_filtersByExternalIdOrZoomId() {
        HttpResponse<String> created = http.post("/Users",
                "{\"userName\":\"ext@example.com\",\"externalId\":\"aad-123\"}");
        String id = Http.json(created).getString("id");

        JsonObject byExternal = Http.json(http.get("/Users?filter=" + encode("externalId eq \"aad-123\"")));
        JsonObject byZoomId = Http.json(http.get("/Users?filter=" + encode("externalId eq " + id)));

        assertThat(byExternal.getInt("totalResults")).isEqualTo(1);
        assertThat(byZoomId.getInt("totalResults")).isEqualTo(1);
        assertThat(byZoomId.getJsonArray("Resources").getJsonObject(0).getString("id")).isEqualTo(id);
    }

    @Test
    void list_rejectsFiltersZoomDoesNotSupportInZoomEnvelope() {
        for (String filter : new String[] {"displayName eq \"x\"", "userName sw \"a\"", "userName pr",
                "userName eq \"a\" or userName eq \"b\"", "emails.value eq \"a@b.c\"", "userName eq",
                "userName eq a@b.com or userName eq c@d.com", "userName eq a \"b\""}) {
            HttpResponse<String> response = http.get("/Users?filter=" + encode(filter));

            assertThat(response.statusCode()).as(filter).isEqualTo(400);
            JsonObject error = Http.json(response);
            assertThat(error.keySet()).as(filter).containsExactlyInAnyOrder("schemas", "detail", "status");
            assertThat(error.getJsonArray("schemas").getString(0)).isEqualTo(ERROR);
            assertThat(error.getInt("status")).isEqualTo(400);
            assertThat(error.getString("detail")).contains("userName eq, externalId eq");
        }
    }

    @Test
    void post_rejectsDuplicateUserNameIgnoringCaseWith409() {
        create("dup@example.com");

        HttpResponse<String> response = http.post("/Users", Http.user("DUP@Example.com"));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(Http.json(response).getInt("status")).isEqualTo(409);
        assertThat(Http.json(response).getString("detail")).contains("DUP@Example.com");
        assertThat(fake.users()).hasSize(1);
    }

    @Test
    void post_acceptsOnlyZoomUserTypes() {
        HttpResponse<String> licensed = http.post("/Users", "{\"userName\":\"l@example.com\",\"userType\":\"licensed\"}");
        HttpResponse<String> onPrem = http.post("/Users", "{\"userName\":\"o@example.com\",\"userType\":\"On-Prem\"}");
        HttpResponse<String> collaboration = http.post("/Users",
                "{\"userName\":\"c@example.com\",\"userType\":\"Collaboration\"}");

        assertThat(Http.json(licensed).getString("userType")).isEqualTo("Licensed");
        assertThat(onPrem.statusCode()).isEqualTo(201);
        assertThat(collaboration.statusCode()).isEqualTo(400);
        assertThat(Http.json(collaboration).getString("detail")).contains("Basic, Licensed, On-Prem");
    }

    @Test
    void post_enforcesBasicUserCapWithClearMessage() {
        try (ZoomScimFake capped = ZoomScimFake.builder().basicUserCap(2).start()) {
            Http client = Http.to(capped);
            client.post("/Users", Http.user("b1@example.com"));
            client.post("/Users", Http.user("b2@example.com"));

            HttpResponse<String> third = client.post("/Users", Http.user("b3@example.com"));
            HttpResponse<String> licensed = client.post("/Users",
                    "{\"userName\":\"l@example.com\",\"userType\":\"Licensed\"}");

            assertThat(third.statusCode()).isEqualTo(400);
            assertThat(Http.json(third).getString("detail")).contains("limit of 2 Basic users");
            assertThat(licensed.statusCode()).isEqualTo(201);
        }
    }

    @Test
    void post_rejectsMissingUserNameAndEmptyOrMalformedBodies() {
        assertThat(http.post("/Users", "{\"name\":{\"givenName\":\"x\"}}").statusCode()).isEqualTo(400);
        assertThat(http.post("/Users", "").statusCode()).isEqualTo(400);
        assertThat(http.post("/Users", "{\"userName\":").statusCode()).isEqualTo(400);
        assertThat(http.post("/Users", "[1,2]").statusCode()).isEqualTo(400);
        assertThat(fake.users()).isEmpty();
    }

    @Test
    void put_mergesAndIgnoresUserNameDisplayNameAndLoginType() {
        HttpResponse<String> created = http.post("/Users", "{\"userName\":\"m@example.com\",\"displayName\":\"M\","
                + "\"name\":{\"givenName\":\"Old\",\"familyName\":\"Name\"},\"title\":\"Engineer\","
                + "\"urn:us:zoom:scim:schemas:extension:1.0:ZoomUser\":{\"loginType\":{\"workEmail\":true,\"sso\":false}}}");
        String id = Http.json(created).getString("id");
        clock.advance(java.time.Duration.ofMinutes(5));

        HttpResponse<String> put = http.put("/Users/" + encode(id), "{\"schemas\":\"urn:ietf:params:scim:schemas:core:2.0:User\","
                + "\"userName\":\"changed@example.com\",\"displayName\":\"Changed\",\"userType\":\"Licensed\","
                + "\"name\":{\"givenName\":\"New\"},"
                + "\"urn:us:zoom:scim:schemas:extension:1.0:ZoomUser\":{\"loginType\":{\"workEmail\":false,\"sso\":true}},"
                + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"department\":\"Sales\"}}");

        assertThat(put.statusCode()).isEqualTo(200);
        JsonObject user = Http.json(put);
        assertThat(user.getString("userName")).isEqualTo("m@example.com");
        assertThat(user.getString("displayName")).isEqualTo("M");
        assertThat(user.getString("userType")).isEqualTo("Licensed");
        assertThat(user.getString("title")).isEqualTo("Engineer");
        assertThat(user.getJsonObject("name").getString("givenName")).isEqualTo("New");
        assertThat(user.getJsonObject("name").getString("familyName")).isEqualTo("Name");
        assertThat(user.getJsonObject("urn:us:zoom:scim:schemas:extension:1.0:ZoomUser").getJsonObject("loginType")
                .getBoolean("workEmail")).isTrue();
        assertThat(user.getJsonObject("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")
                .getString("department")).isEqualTo("Sales");
        assertThat(user.getJsonObject("meta").getString("created")).isEqualTo("2026-01-10T12:00:00Z");
        assertThat(user.getJsonObject("meta").getString("lastModified")).isEqualTo("2026-01-10T12:05:00Z");
        assertThat(user.getJsonObject("meta").getString("version"))
                .isNotEqualTo(Http.json(created).getJsonObject("meta").getString("version"));
    }

    @Test
    void put_reactivatesAndDeactivates() {
        String id = create("act@example.com");

        HttpResponse<String> off = http.put("/Users/" + encode(id), "{\"active\":false}");
        HttpResponse<String> on = http.put("/Users/" + encode(id), "{\"active\":\"True\"}");

        assertThat(Http.json(off).getBoolean("active")).isFalse();
        assertThat(Http.json(on).getBoolean("active")).isTrue();
    }

    @Test
    void put_unknownUserIs404() {
        HttpResponse<String> response = http.put("/Users/missing", "{\"active\":false}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Http.json(response).getInt("status")).isEqualTo(404);
    }

    @Test
    void delete_answers204ThenUserIsGone() {
        String id = create("del@example.com");

        HttpResponse<String> first = http.delete("/Users/" + encode(id));
        HttpResponse<String> get = http.get("/Users/" + encode(id));
        HttpResponse<String> second = http.delete("/Users/" + encode(id));

        assertThat(first.statusCode()).isEqualTo(204);
        assertThat(first.body()).isEmpty();
        assertThat(get.statusCode()).isEqualTo(404);
        assertThat(second.statusCode()).isEqualTo(404);
        assertThat(http.post("/Users", Http.user("del@example.com")).statusCode()).isEqualTo(201);
    }

    @Test
    void paths_servedUnderScimAliasAndLowerCaseEndpoint() {
        create("alias@example.com");
        Http scim = new Http(java.net.URI.create(fake.baseUri().toString().replace("/scim2", "/scim")), fake.token());

        assertThat(Http.json(scim.get("/Users")).getInt("totalResults")).isEqualTo(1);
        assertThat(Http.json(http.get("/users?count=1")).getInt("totalResults")).isEqualTo(1);
    }

    @Test
    void discovery_endpointsAre404InZoomProfile() {
        for (String path : new String[] {"/ServiceProviderConfig", "/Schemas", "/ResourceTypes", "/Bulk", "/.search"}) {
            HttpResponse<String> response = http.get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(Http.json(response).getInt("status")).isEqualTo(404);
        }
    }

    @Test
    void unsupportedMethod_is405() {
        HttpResponse<String> response = http.send("DELETE", "/Users", null);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(Http.json(response).getString("detail")).contains("GET, POST");
    }

    @Test
    void zoomPhoneAttributes_acceptedButNotReturned() {
        HttpResponse<String> created = http.post("/Users", "{\"userName\":\"phone@example.com\",\""
                + ZOOM_LICENSE + "\":{\"zoomPhoneExtNumber\":\"0\",\"zoomPhoneSite\":\"Main\",\"pronouns\":\"she\"}}");

        JsonObject extension = Http.json(created).getJsonObject(ZOOM_LICENSE);
        assertThat(extension.getString("pronouns")).isEqualTo("she");
        assertThat(extension.containsKey("zoomPhoneSite")).isFalse();
        assertThat(fake.users().get(0).getJsonObject(ZOOM_LICENSE).getString("zoomPhoneSite")).isEqualTo("Main");
    }

    @Test
    void password_isNeverStoredOrReturned() {
        HttpResponse<String> created = http.post("/Users", "{\"userName\":\"pw@example.com\",\"password\":\"s3cret!\"}");

        assertThat(created.body()).doesNotContain("s3cret!");
        assertThat(fake.users().get(0).toString()).doesNotContain("s3cret!");
    }
}
