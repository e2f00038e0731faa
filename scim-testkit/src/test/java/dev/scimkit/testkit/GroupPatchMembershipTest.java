package dev.scimkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.filter.Patch;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * A group PATCH as identity providers send it (Entra ID's and Okta's {@code add members},
 * {@code remove members[value eq "…"]}, Entra's {@code remove members} with a value list, mixed with
 * {@code displayName} changes and whole {@code members} replacements) has the effect the PATCH engine
 * gives on the whole group, although the fake shows the engine only the members named: same members in
 * the same order, or the same error. Both sides of each membership stay in step. Both profiles.
 */
class GroupPatchMembershipTest {

    /** "u0" and "U0" differ only in case: {@code members.value} filters match both. */
    private static final List<String> USERS = List.of("u0", "U0", "u1", "u2", "u3");
    private static final List<String> VALUES = List.of("u0", "U0", "u1", "U1", "u2", "u3", "nobody");

    private static ZoomScimFake zoom;
    private static ZoomScimFake scim;

    @BeforeContainer
    static void start() {
        zoom = ZoomScimFake.builder().basicUserCap(0).start();
        scim = ZoomScimFake.builder().profile(FakeProfile.SCIM).start();
    }

    @AfterContainer
    static void stop() {
        zoom.close();
        scim.close();
    }

    @Property(tries = 100)
    void aPatchHasTheEffectItHasOnTheWholeGroup(@ForAll boolean zoomProfile, @ForAll("initialMembers") List<String> initial,
                                                @ForAll("operations") List<String> operations) {
        ZoomScimFake fake = zoomProfile ? zoom : scim;
        fake.reset();
        USERS.forEach(id -> fake.seedUser(ScimJson.parseObject(
                Http.user(id + "-" + id.hashCode() + "@example.com").replace("{", "{\"id\":\"" + id + "\","))));
        StringBuilder members = new StringBuilder();
        for (String id : initial) {
            members.append(members.length() == 0 ? "" : ",").append("{\"value\":\"").append(id).append("\"}");
        }
        String groupId = fake.seedGroup(ScimJson.parseObject("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                + "\"displayName\":\"Team\",\"members\":[" + members + "]}"));
        JsonObject before = fake.group(groupId).orElseThrow();
        String body = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
                + String.join(",", operations) + "]}";

        HttpResponse<String> response = Http.to(fake).patch("/Groups/" + URLEncoder.encode(groupId, StandardCharsets.UTF_8),
                body);

        JsonObject after = fake.group(groupId).orElseThrow();
        JsonObject expected;
        try {
            expected = Patch.apply(before, PatchRequest.fromJson(ScimJson.parseObject(body)),
                    zoomProfile ? Patch.Options.defaults() : Patch.Options.strict());
        } catch (ScimException refused) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(refused.status());
            assertThat(Http.json(response).getString("detail")).isEqualTo(refused.detail());
            assertThat(after).isEqualTo(before);
            return;
        }
        List<JsonObject> expectedMembers = firstOfEachValue(expected);
        List<String> strangers = expectedMembers.stream().map(member -> member.getString("value"))
                .filter(id -> !USERS.contains(id)).toList();
        if (!strangers.isEmpty()) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(Http.json(response).getString("detail")).contains("'" + strangers.get(0) + "' is not the id");
            assertThat(after).isEqualTo(before);
            return;
        }
        assertThat(response.statusCode()).as(response.body()).isIn(200, 204);
        assertThat(membersOf(after)).isEqualTo(expectedMembers);
        assertThat(after.getString("displayName")).isEqualTo(expected.getString("displayName"));
        Set<String> fromUsers = new HashSet<>();
        for (JsonObject user : fake.users()) {
            for (JsonValue ref : user.getOrDefault("groups", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
                assertThat(ref.asJsonObject().getString("display")).isEqualTo(after.getString("displayName"));
                fromUsers.add(user.getString("id"));
            }
        }
        assertThat(fromUsers).isEqualTo(new HashSet<>(membersOf(after).stream()
                .map(member -> member.getString("value")).toList()));
    }

    @Provide
    Arbitrary<List<String>> initialMembers() {
        return Arbitraries.of(USERS).set().ofMaxSize(USERS.size()).map(ArrayList::new);
    }

    @Provide
    Arbitrary<List<String>> operations() {
        Arbitrary<String> value = Arbitraries.of(VALUES);
        Arbitrary<String> member = Combinators.combine(value, Arbitraries.of("", ",\"display\":\"Someone\""))
                .as((id, extra) -> "{\"value\":\"" + id + "\"" + extra + "}");
        Arbitrary<String> memberList = member.list().ofMinSize(1).ofMaxSize(3).map(list -> String.join(",", list));
        Arbitrary<String> operation = Arbitraries.frequencyOf(
                Tuple.of(4, memberList.map(list ->
                        "{\"op\":\"add\",\"path\":\"members\",\"value\":[" + list + "]}")),
                Tuple.of(4, value.map(id ->
                        "{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + id + "\\\"]\"}")),
                Tuple.of(2, memberList.map(list ->
                        "{\"op\":\"remove\",\"path\":\"members\",\"value\":[" + list + "]}")),
                Tuple.of(1, memberList.map(list ->
                        "{\"op\":\"replace\",\"path\":\"members\",\"value\":[" + list + "]}")),
                Tuple.of(1, Arbitraries.of("Team", "Team B", "team").map(name ->
                        "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"" + name + "\"}")),
                Tuple.of(1, Arbitraries.just(
                        "{\"op\":\"add\",\"value\":{\"displayName\":\"Renamed\"}}")));
        return operation.list().ofMinSize(1).ofMaxSize(4);
    }

    /** The engine appends without checking ids; the fake keeps the first object of each member value. */
    private static List<JsonObject> firstOfEachValue(JsonObject group) {
        Map<String, JsonObject> first = new LinkedHashMap<>();
        for (JsonObject member : membersOf(group)) {
            first.putIfAbsent(member.getString("value"), member);
        }
        return new ArrayList<>(first.values());
    }

    private static List<JsonObject> membersOf(JsonObject group) {
        List<JsonObject> members = new ArrayList<>();
        JsonValue array = group.get("members");
        if (array instanceof JsonArray list) {
            list.forEach(member -> members.add(member.asJsonObject()));
        }
        return members;
    }
}
