package dev.scimkit.core;

import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/** Generators of valid users and groups: non-ASCII text, extensions, unknown attributes. */
final class ModelArbitraries {

    private ModelArbitraries() {
    }

    /** @return text with control characters, non-ASCII letters and supplementary characters */
    static Arbitrary<String> text() {
        Arbitrary<String> bmp = Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMaxLength(10);
        Arbitrary<String> fancy = Arbitraries.of("Zoë", "张伟", "🚀", "Ørsted", "\"quoted\"", "back\\slash", "", " ");
        return Arbitraries.oneOf(bmp, fancy, Combinators.combine(bmp, fancy).as(String::concat));
    }

    private static Arbitrary<Boolean> flag() {
        return Arbitraries.of(true, false);
    }

    /** @return member names that no model knows ({@code xt_} prefix, then letters and digits) */
    static Arbitrary<String> unknownName() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8).map(s -> "xt_" + s);
    }

    /** @return any JSON value, nested at most three levels */
    static Arbitrary<JsonValue> jsonValue() {
        return jsonValue(3);
    }

    private static Arbitrary<JsonValue> jsonValue(int depth) {
        Arbitrary<JsonValue> scalar = Arbitraries.oneOf(
                text().map(s -> (JsonValue) ScimJson.provider().createValue(s)),
                Arbitraries.longs().map(n -> (JsonValue) ScimJson.provider().createValue(n)),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e9"), new BigDecimal("1e9")).ofScale(3)
                        .map(n -> (JsonValue) ScimJson.provider().createValue(n)),
                Arbitraries.of(JsonValue.TRUE, JsonValue.FALSE, JsonValue.NULL));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<JsonValue> array = jsonValue(depth - 1).list().ofMaxSize(3).map(values -> {
            var builder = ScimJson.builders().createArrayBuilder();
            values.forEach(builder::add);
            return builder.build();
        });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, scalar),
                net.jqwik.api.Tuple.of(1, array),
                net.jqwik.api.Tuple.of(1, jsonObject(depth - 1).map(o -> (JsonValue) o)));
    }

    /** @return an object of unknown members */
    static Arbitrary<JsonObject> jsonObject(int depth) {
        return Arbitraries.maps(unknownName(), jsonValue(depth)).ofMaxSize(3).map(map -> {
            JsonObjectBuilder builder = ScimJson.builders().createObjectBuilder();
            map.forEach(builder::add);
            return builder.build();
        });
    }

    private static Arbitrary<JsonObject> unknowns() {
        return Arbitraries.oneOf(Arbitraries.just(JsonValue.EMPTY_JSON_OBJECT), jsonObject(2));
    }

    private static Arbitrary<Boolean> maybeFlag() {
        return Arbitraries.of(Boolean.TRUE, Boolean.FALSE, null);
    }

    private static Arbitrary<Email> email() {
        return Combinators.combine(text(), text().injectNull(0.5), Arbitraries.of("work", "home", "other", "office"),
                maybeFlag(), unknowns()).as(Email::new);
    }

    private static Arbitrary<PhoneNumber> phone() {
        return Combinators.combine(text(), text().injectNull(0.7), Arbitraries.of("work", "mobile", "office"),
                maybeFlag(), unknowns()).as(PhoneNumber::new);
    }

    private static Arbitrary<Role> role() {
        return Combinators.combine(text(), text().injectNull(0.5), text().injectNull(0.5), maybeFlag(), unknowns())
                .as(Role::new);
    }

    private static Arbitrary<MultiValue> multiValue() {
        return Combinators.combine(text(), text().injectNull(0.5), text().injectNull(0.5), maybeFlag(), unknowns())
                .as(MultiValue::new);
    }

    private static Arbitrary<Address> address() {
        return Combinators.combine(text().injectNull(0.3), text().injectNull(0.3), text().injectNull(0.3),
                text().injectNull(0.3), text().injectNull(0.3), text().injectNull(0.3),
                Arbitraries.of("work", "home").injectNull(0.3), maybeFlag())
                .as((f, s, l, r, p, c, t, pr) -> new Address(f, s, l, r, p, c, t, pr, null));
    }

    private static Arbitrary<GroupMembership> membership() {
        return Combinators.combine(text(), text().injectNull(0.5), text().injectNull(0.5),
                Arbitraries.of("direct", "indirect").injectNull(0.5), maybeFlag(), unknowns())
                .as(GroupMembership::new);
    }

    private static Arbitrary<Name> name() {
        return Combinators.combine(text().injectNull(0.5), text().injectNull(0.2), text().injectNull(0.2),
                text().injectNull(0.7), text().injectNull(0.8), text().injectNull(0.8), unknowns())
                .as(Name::new);
    }

    private static Arbitrary<Meta> meta() {
        return Combinators.combine(Arbitraries.of("User", "Group"), Arbitraries.of("2024-01-10T12:00:00Z"),
                Arbitraries.of("2024-02-01T08:30:00.123+02:00").injectNull(0.3), text().injectNull(0.3),
                Arbitraries.of("W/\"1\"", "1.0.0").injectNull(0.3)).as((t, c, m, l, v) -> new Meta(t, c, m, l, v, null));
    }

    private static Arbitrary<EnterpriseUser> enterprise() {
        Arbitrary<EnterpriseUser.Manager> manager = Arbitraries.oneOf(
                text().map(EnterpriseUser.Manager::ofString),
                Combinators.combine(text(), text().injectNull(0.5), text().injectNull(0.5), unknowns())
                        .as((v, r, d, u) -> new EnterpriseUser.Manager(v, r, d, false, u)));
        return Combinators.combine(text().injectNull(0.5), text().injectNull(0.5), text().injectNull(0.5),
                text().injectNull(0.5), text().injectNull(0.3), manager.injectNull(0.3), unknowns())
                .as(EnterpriseUser::new);
    }

    private static Arbitrary<ZoomUser> zoomUser() {
        return Combinators.combine(maybeFlag(), maybeFlag(), flag())
                .as((w, s, has) -> new ZoomUser(has ? new ZoomUser.LoginType(w, s, null) : null, null));
    }

    private static Arbitrary<ZoomUserLicense> license() {
        return Combinators.combine(text(), flag(), jsonObject(1))
                .as((link, board, more) -> new ZoomUserLicense(ScimJson.builders().createObjectBuilder(more)
                        .add("personalLinkName", link).add("zoomWhiteboard", board).build()));
    }

    /** @return valid users with any mix of attributes, Zoom extensions and unknown members */
    static Arbitrary<User> users() {
        return Builders.withBuilder(User::builder)
                .use(text()).withProbability(0.5).in(User.Builder::id)
                .use(text()).withProbability(0.3).in(User.Builder::externalId)
                .use(meta()).withProbability(0.5).in(User.Builder::meta)
                .use(text()).withProbability(0.9).in(User.Builder::userName)
                .use(name()).withProbability(0.6).in(User.Builder::name)
                .use(text()).withProbability(0.5).in(User.Builder::displayName)
                .use(text()).withProbability(0.2).in(User.Builder::nickName)
                .use(text()).withProbability(0.2).in(User.Builder::profileUrl)
                .use(text()).withProbability(0.3).in(User.Builder::title)
                .use(Arbitraries.of("Basic", "Licensed", "On-Prem")).withProbability(0.5).in(User.Builder::userType)
                .use(text()).withProbability(0.2).in(User.Builder::preferredLanguage)
                .use(text()).withProbability(0.2).in(User.Builder::locale)
                .use(text()).withProbability(0.2).in(User.Builder::timezone)
                .use(flag()).withProbability(0.7).in(User.Builder::active)
                .use(text()).withProbability(0.1).in(User.Builder::password)
                .use(email().list().ofMaxSize(3)).withProbability(0.6).in(User.Builder::emails)
                .use(phone().list().ofMaxSize(2)).withProbability(0.3).in(User.Builder::phoneNumbers)
                .use(multiValue().list().ofMaxSize(2)).withProbability(0.2).in(User.Builder::ims)
                .use(multiValue().list().ofMaxSize(2)).withProbability(0.2).in(User.Builder::photos)
                .use(address().list().ofMaxSize(2)).withProbability(0.3).in(User.Builder::addresses)
                .use(membership().list().ofMaxSize(2)).withProbability(0.3).in(User.Builder::groups)
                .use(multiValue().list().ofMaxSize(2)).withProbability(0.2).in(User.Builder::entitlements)
                .use(role().list().ofMaxSize(2)).withProbability(0.3).in(User.Builder::roles)
                .use(multiValue().list().ofMaxSize(1)).withProbability(0.1).in(User.Builder::x509Certificates)
                .use(enterprise()).withProbability(0.5).in(User.Builder::enterpriseUser)
                .use(zoomUser()).withProbability(0.4).in(User.Builder::zoomUser)
                .use(license()).withProbability(0.3).in(User.Builder::zoomUserLicense)
                .use(jsonObject(2)).withProbability(0.4).in(User.Builder::unknownAttributes)
                .use(Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6), jsonObject(2))
                        .as((suffix, body) -> List.of("urn:test:ext:" + suffix, body)))
                .withProbability(0.3).in((b, pair) -> b.extension((String) pair.get(0), (JsonObject) pair.get(1)))
                .build(User.Builder::build);
    }

    /** @return valid groups with members, Zoom's extension and unknown members */
    static Arbitrary<Group> groups() {
        Arbitrary<Member> member = Combinators.combine(text(), text().injectNull(0.5), text().injectNull(0.5),
                Arbitraries.of("User", "Group").injectNull(0.3), unknowns()).as(Member::new);
        return Builders.withBuilder(Group::builder)
                .use(text()).withProbability(0.5).in(Group.Builder::id)
                .use(text()).withProbability(0.3).in(Group.Builder::externalId)
                .use(meta()).withProbability(0.5).in(Group.Builder::meta)
                .use(text()).withProbability(0.9).in(Group.Builder::displayName)
                .use(member.list().ofMaxSize(4)).withProbability(0.6).in(Group.Builder::members)
                .use(Combinators.combine(text().injectNull(0.2), unknowns()).as(ZoomGroup::new))
                .withProbability(0.4).in(Group.Builder::zoomGroup)
                .use(jsonObject(2)).withProbability(0.4).in(Group.Builder::unknownAttributes)
                .build(Group.Builder::build);
    }
}
