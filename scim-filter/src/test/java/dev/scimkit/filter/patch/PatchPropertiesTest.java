package dev.scimkit.filter.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.core.PatchOperation;
import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.filter.Patch;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Laws of {@link Patch}: the diff law, idempotent replace, add-then-remove, atomic failure. */
class PatchPropertiesTest {

    private static final String USER = SchemaRegistry.USER;
    private static final String GROUP = SchemaRegistry.GROUP;
    private static final String ENTERPRISE = SchemaRegistry.ENTERPRISE_USER;
    private static final String ZOOM = SchemaRegistry.ZOOM_USER_LICENSE;

    // ---------------------------------------------------------------- laws

    @Property
    void diff_appliedToBefore_givesAfterModuloMeta(@ForAll("users") JsonObject before, @ForAll("users") JsonObject after) {
        PatchRequest diff = Patch.diff(before, after);
        assertThat(withoutMeta(Patch.apply(before, diff))).isEqualTo(withoutMeta(after));
    }

    @Property
    void diff_ofGroupsWithMovedMembers_givesAfter(@ForAll("groups") JsonObject before, @ForAll("groups") JsonObject after) {
        PatchRequest diff = Patch.diff(before, after);
        assertThat(Patch.apply(before, diff)).isEqualTo(after);
    }

    @Property
    void diff_ofEqualResources_isEmpty(@ForAll("users") JsonObject user) {
        assertThat(Patch.diff(user, user).operations()).isEmpty();
    }

    @Property
    void replace_appliedTwice_equalsAppliedOnce(@ForAll("users") JsonObject user, @ForAll("replace") PatchOperation operation) {
        PatchRequest replace = PatchRequest.of(operation);
        JsonObject once;
        try {
            once = Patch.apply(user, replace);
        } catch (ScimException e) {
            Assume.that(false);     // e.g. a filter that selects nothing: noTarget, covered by the fixtures
            return;
        }
        assertThat(Patch.apply(once, replace)).isEqualTo(once);
    }

    @Property
    void addThenRemove_ofNewEmail_restoresOriginal(@ForAll("users") JsonObject user, @ForAll("emailAddresses") String address) {
        Assume.that(!ScimJson.write(user).toLowerCase(java.util.Locale.ROOT).contains(address.toLowerCase(java.util.Locale.ROOT)));
        JsonValue email = ScimJson.builders().createArrayBuilder()
                .add(ScimJson.builders().createObjectBuilder().add("value", address).add("type", "other")).build();
        JsonObject added = Patch.apply(user, PatchRequest.of(PatchOperation.add("emails", email)));
        String filter = "emails[value eq " + ScimJson.write(ScimJson.provider().createValue(address)) + "]";
        assertThat(Patch.apply(added, PatchRequest.of(PatchOperation.remove(filter)))).isEqualTo(user);
    }

    @Property
    void addThenRemove_ofNewAttribute_restoresOriginal(@ForAll("users") JsonObject user,
                                                       @ForAll("absentPaths") String path, @ForAll("words") String text) {
        Assume.that(Patch.apply(user, PatchRequest.of(PatchOperation.remove(path))).equals(user));   // absent
        JsonObject added = Patch.apply(user, PatchRequest.of(PatchOperation.add(path, ScimJson.provider().createValue(text))));
        assertThat(Patch.apply(added, PatchRequest.of(PatchOperation.remove(path)))).isEqualTo(user);
    }

    @Property
    void apply_arbitraryRequest_returnsOrThrowsScimException(@ForAll("users") JsonObject user,
                                                             @ForAll("arbitraryRequests") PatchRequest request,
                                                             @ForAll boolean strict) {
        String copy = ScimJson.write(user);
        try {
            Patch.apply(user, request, strict ? Patch.Options.strict() : Patch.Options.defaults());
        } catch (ScimException e) {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.detail()).startsWith("Operations[");
        }
        assertThat(ScimJson.write(user)).isEqualTo(copy);
    }

    @Property
    void apply_requestWithOneMalformedOperation_throwsAndChangesNothing(@ForAll("users") JsonObject user,
                                                                        @ForAll("replaces") PatchRequest valid,
                                                                        @ForAll("malformed") PatchOperation bad,
                                                                        @ForAll("indexes") int at) {
        List<PatchOperation> operations = new ArrayList<>(valid.operations());
        int index = Math.min(at, operations.size());
        operations.add(index, bad);
        String copy = ScimJson.write(user);
        assertThatThrownBy(() -> Patch.apply(user, new PatchRequest(operations)))
                .isInstanceOf(ScimException.class);
        assertThat(ScimJson.write(user)).isEqualTo(copy);
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('é', 'ß', '"', '\\', ' ').ofMinLength(1).ofMaxLength(8);
    }

    @Provide
    Arbitrary<String> emailAddresses() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6)
                .map(local -> local + "@new.example");
    }

    @Provide
    Arbitrary<Integer> indexes() {
        return Arbitraries.integers().between(0, 4);
    }

    @Provide
    Arbitrary<String> absentPaths() {
        return Arbitraries.of("title", "nickName", "locale", "profileUrl", "name.honorificSuffix",
                ENTERPRISE + ":costCenter", ENTERPRISE + ":division", ZOOM + ":pronouns");
    }

    @Provide
    Arbitrary<JsonObject> users() {
        Arbitrary<JsonValue> name = Combinators.combine(optional(words()), optional(words()), optional(words()))
                .as((given, family, middle) -> {
                    JsonObjectBuilder b = ScimJson.builders().createObjectBuilder();
                    given.ifPresent(v -> b.add("givenName", v));
                    family.ifPresent(v -> b.add("familyName", v));
                    middle.ifPresent(v -> b.add("middleName", v));
                    return (JsonValue) b.build();
                });
        Arbitrary<List<String>> emails = Arbitraries.of("a@x.org", "b@x.org", "c@y.org", "d@y.org", "e@z.org")
                .list().uniqueElements().ofMaxSize(4);
        Arbitrary<List<String>> types = Arbitraries.of("work", "home", "other").list().ofSize(4);
        Arbitrary<Integer> primary = Arbitraries.integers().between(-1, 3);
        Arbitrary<Map<String, String>> enterprise = Arbitraries.maps(
                Arbitraries.of("department", "employeeNumber", "costCenter", "organization"), words()).ofMaxSize(3);
        Arbitrary<java.util.Optional<String>> manager = optional(Arbitraries.of("boss-1", "boss-2"));
        Arbitrary<java.util.Optional<Boolean>> huddles = optional(Arbitraries.of(true, false));
        Arbitrary<Tuple.Tuple4<java.util.Optional<String>, java.util.Optional<String>, java.util.Optional<Boolean>, java.util.Optional<String>>> simple =
                Combinators.combine(optional(words()), optional(words()), optional(Arbitraries.of(true, false)),
                        optional(Arbitraries.of("Basic", "Licensed", "On-Prem"))).as(Tuple::of);
        return Combinators.combine(simple, optional(name), emails, types, primary, enterprise, manager, huddles)
                .as((s, n, mails, kinds, primaryIndex, ext, boss, zoomHuddles) -> {
                    JsonObjectBuilder user = ScimJson.builders().createObjectBuilder();
                    JsonArrayBuilder schemas = ScimJson.builders().createArrayBuilder().add(USER);
                    user.add("id", "u1").add("userName", "bjensen");
                    s.get1().ifPresent(v -> user.add("displayName", v));
                    s.get2().ifPresent(v -> user.add("title", v));
                    s.get3().ifPresent(v -> user.add("active", v));
                    s.get4().ifPresent(v -> user.add("userType", v));
                    n.filter(v -> !v.asJsonObject().isEmpty()).ifPresent(v -> user.add("name", v));
                    if (!mails.isEmpty()) {
                        JsonArrayBuilder array = ScimJson.builders().createArrayBuilder();
                        for (int i = 0; i < mails.size(); i++) {
                            JsonObjectBuilder email = ScimJson.builders().createObjectBuilder()
                                    .add("value", mails.get(i)).add("type", kinds.get(i));
                            if (i == primaryIndex) {
                                email.add("primary", true);
                            }
                            array.add(email);
                        }
                        user.add("emails", array);
                    }
                    if (!ext.isEmpty() || boss.isPresent()) {
                        JsonObjectBuilder e = ScimJson.builders().createObjectBuilder();
                        ext.forEach(e::add);
                        boss.ifPresent(v -> e.add("manager", ScimJson.builders().createObjectBuilder().add("value", v)));
                        user.add(ENTERPRISE, e);
                        schemas.add(ENTERPRISE);
                    }
                    if (zoomHuddles.isPresent()) {
                        user.add(ZOOM, ScimJson.builders().createObjectBuilder().add("zoomHuddles", zoomHuddles.get()));
                        schemas.add(ZOOM);
                    }
                    user.add("schemas", schemas);
                    user.add("meta", ScimJson.builders().createObjectBuilder().add("resourceType", "User")
                            .add("version", "W/\"" + mails.size() + "\""));
                    return user.build();
                });
    }

    @Provide
    Arbitrary<JsonObject> groups() {
        return Arbitraries.of("u1", "u2", "u3", "u4", "u5", "u6").list().uniqueElements().ofMaxSize(6)
                .map(members -> {
                    JsonObjectBuilder group = ScimJson.builders().createObjectBuilder()
                            .add("schemas", ScimJson.builders().createArrayBuilder().add(GROUP))
                            .add("id", "g1").add("displayName", "Tour Guides");
                    if (!members.isEmpty()) {
                        JsonArrayBuilder array = ScimJson.builders().createArrayBuilder();
                        members.forEach(m -> array.add(ScimJson.builders().createObjectBuilder().add("value", m)
                                .add("display", "User " + m)));
                        group.add("members", array);
                    }
                    return group.build();
                });
    }

    @Provide
    Arbitrary<PatchRequest> replaces() {
        return replace().list().ofMinSize(1).ofMaxSize(4).map(PatchRequest::new);
    }

    @Provide
    Arbitrary<PatchOperation> replace() {
        return Arbitraries.oneOf(
                words().map(v -> PatchOperation.replace("displayName", ScimJson.provider().createValue(v))),
                words().map(v -> PatchOperation.replace("name.givenName", ScimJson.provider().createValue(v))),
                words().map(v -> PatchOperation.replace("name", ScimJson.builders().createObjectBuilder()
                        .add("familyName", v).build())),
                Arbitraries.of("True", "false").map(v -> PatchOperation.replace("active", ScimJson.provider().createValue(v))),
                words().map(v -> PatchOperation.replace("emails[type eq \"work\"].value", ScimJson.provider().createValue(v))),
                Arbitraries.just(PatchOperation.replace("emails[type eq \"home\"].primary", JsonValue.TRUE)),
                words().map(v -> PatchOperation.replace(ENTERPRISE + ":department", ScimJson.provider().createValue(v))),
                words().map(v -> PatchOperation.replace(null, ScimJson.builders().createObjectBuilder()
                        .add("name.familyName", v).add(ENTERPRISE + ":manager", v).build())),
                words().map(v -> PatchOperation.replace("emails", ScimJson.builders().createArrayBuilder()
                        .add(ScimJson.builders().createObjectBuilder().add("value", v).add("primary", true)).build())));
    }

    @Provide
    Arbitrary<PatchOperation> malformed() {
        return Arbitraries.oneOf(
                Arbitraries.just(new PatchOperation(PatchOperation.Op.REMOVE, null, null)),
                Arbitraries.of("emails[", "name..x", "[x]", "emails[type eq \"a\"", "a b", "urn:", "emails[type zz 1]",
                        "members[value eq \"x\"].", "\"", "emails]").map(p -> PatchOperation.replace(p, JsonValue.TRUE)),
                Arbitraries.just(PatchOperation.replace("id", ScimJson.provider().createValue("other"))),
                Arbitraries.just(PatchOperation.replace("active", ScimJson.provider().createValue("maybe"))),
                Arbitraries.just(PatchOperation.replace("emails[type eq \"fax\"].value", JsonValue.TRUE)),
                Arbitraries.just(PatchOperation.remove("emails[value eq \"nobody@nowhere\"]")),
                Arbitraries.just(PatchOperation.add(null, ScimJson.provider().createValue(3))),
                Arbitraries.just(PatchOperation.replace("userName.x", JsonValue.TRUE)),
                Arbitraries.just(PatchOperation.add("groups", ScimJson.builders().createArrayBuilder().add("g").build())),
                Arbitraries.just(new PatchOperation(PatchOperation.Op.ADD, "title", null)));
    }

    @Provide
    Arbitrary<PatchRequest> arbitraryRequests() {
        Arbitrary<String> paths = Arbitraries.oneOf(
                Arbitraries.of("userName", "name", "name.givenName", "emails", "emails.value", "emails[type eq \"work\"]",
                        "emails[type eq \"work\"].value", "emails[value co \"x\" or not (type pr)].primary", "active",
                        "id", "meta", "meta.version", "groups", "schemas", ENTERPRISE + ":manager",
                        ENTERPRISE + ":manager.value", ENTERPRISE, "urn:x:y:z:attr", "", " ", "name[givenName eq 1]"),
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.just(null));
        Arbitrary<JsonValue> values = Arbitraries.recursive(
                () -> Arbitraries.oneOf(
                        Arbitraries.of(JsonValue.TRUE, JsonValue.FALSE, JsonValue.NULL),
                        Arbitraries.strings().ofMaxLength(6).map(s -> (JsonValue) ScimJson.provider().createValue(s)),
                        Arbitraries.integers().between(-3, 3).map(i -> (JsonValue) ScimJson.provider().createValue(i))),
                inner -> Arbitraries.oneOf(
                        inner.list().ofMaxSize(3).map(list -> {
                            JsonArrayBuilder b = ScimJson.builders().createArrayBuilder();
                            list.forEach(b::add);
                            return (JsonValue) b.build();
                        }),
                        Arbitraries.maps(Arbitraries.of("value", "type", "primary", "givenName", "x", "name.givenName",
                                ENTERPRISE + ":department", "active", "emails"), inner).ofMaxSize(3).map(map -> {
                            JsonObjectBuilder b = ScimJson.builders().createObjectBuilder();
                            map.forEach(b::add);
                            return (JsonValue) b.build();
                        })),
                3);
        Arbitrary<PatchOperation> operations = Combinators.combine(
                Arbitraries.of(PatchOperation.Op.class), paths, Arbitraries.oneOf(values, Arbitraries.just(null)))
                .as(PatchOperation::new);
        return operations.list().ofMaxSize(4).map(PatchRequest::new);
    }

    private static <T> Arbitrary<java.util.Optional<T>> optional(Arbitrary<T> arbitrary) {
        return arbitrary.optional(0.6);
    }

    private static JsonObject withoutMeta(JsonObject resource) {
        return ScimJson.builders().createObjectBuilder(resource).remove("meta").build();
    }
}
