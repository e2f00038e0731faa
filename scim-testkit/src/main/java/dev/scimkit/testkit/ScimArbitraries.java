package dev.scimkit.testkit;

import dev.scimkit.core.User;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.filter.AttributePath;
import dev.scimkit.filter.ComparisonOperator;
import dev.scimkit.filter.Filter;
import dev.scimkit.filter.PatchPath;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators for SCIM data: valid users, groups, filters, attribute and PATCH paths and PATCH
 * requests, and malformed variants of each for negative tests.
 *
 * <pre>{@code
 * @Property
 * void roundTrips(@ForAll("users") User user) { ... }
 *
 * @Provide
 * Arbitrary<User> users() {
 *     return ScimArbitraries.users().asciiNames().withoutZoomExtension();
 * }
 * }</pre>
 *
 * <p>Bare {@code @ForAll User}, {@code Group}, {@code Filter}, {@code PatchRequest},
 * {@code AttributePath} and {@code PatchPath} parameters work without {@code @Provide}: a registered
 * {@link net.jqwik.api.providers.ArbitraryProvider} supplies the defaults below, and {@link ScimDomain}
 * offers the same under {@code @Domain(ScimDomain.class)}. Every arbitrary is immutable; options
 * return new arbitraries and state their defaults.
 */
public final class ScimArbitraries {

    private static final String CORE_USER = SchemaRegistry.USER;
    private static final List<String> PATHS = List.of("userName", "displayName", "name.givenName",
            "name.familyName", "title", "active", "externalId", "emails", "emails.value", "phoneNumbers",
            "phoneNumbers.type", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value");

    private ScimArbitraries() {
    }

    /** @return valid users; see {@link UserArbitrary} for the defaults and options */
    public static UserArbitrary users() {
        return new UserArbitrary();
    }

    /** @return valid groups without members; see {@link GroupArbitrary} for the defaults and options */
    public static GroupArbitrary groups() {
        return new GroupArbitrary();
    }

    /** @return filters over user attributes with every operator; see {@link FilterArbitrary} */
    public static FilterArbitrary filters() {
        return new FilterArbitrary();
    }

    /** @return PATCH requests valid for any user; see {@link PatchRequestArbitrary} */
    public static PatchRequestArbitrary patchRequests() {
        return new PatchRequestArbitrary();
    }

    /**
     * Attribute paths of the User schema: simple ({@code title}), with a sub-attribute
     * ({@code name.givenName}), URN-qualified ({@code urn:…:core:2.0:User:userName},
     * {@code urn:…:enterprise:2.0:User:department}), in the schema's case or in changed case (attribute
     * names are case-insensitive).
     *
     * @return attribute paths, shrinking towards {@code userName}
     */
    public static Arbitrary<AttributePath> attributePaths() {
        Arbitrary<String> text = Combinators.combine(Arbitraries.of(PATHS), Arbitraries.integers().between(0, 3))
                .as((path, shape) -> switch (shape) {
                    case 1 -> path.toUpperCase(Locale.ROOT).replace("URN:", "urn:");
                    case 2 -> path.startsWith("urn:") ? path : CORE_USER + ":" + path;
                    default -> path;
                });
        return text.map(AttributePath::parse);
    }

    /**
     * PATCH paths: every {@link #attributePaths()} path, and value-filter paths such as
     * {@code emails[type eq "work"].value} and {@code phoneNumbers[type eq "mobile" or primary eq true]}.
     *
     * @return PATCH paths, shrinking towards {@code userName}
     */
    public static Arbitrary<PatchPath> patchPaths() {
        Arbitrary<Filter> elementFilter = filters().attributes("emails.type").maxDepth(0)
                .map(ScimArbitraries::relativeToElement);
        Arbitrary<PatchPath> filtered = Combinators.combine(Arbitraries.of("emails", "phoneNumbers", "addresses"),
                        elementFilter, Arbitraries.of("value", "type", "display").injectNull(0.5))
                .as((name, filter, sub) -> new PatchPath(AttributePath.of(name), filter, sub));
        return Arbitraries.frequencyOf(Tuple.of(2, attributePaths().map(PatchPath::of)), Tuple.of(1, filtered));
    }

    /**
     * Filter texts that are not valid filters (RFC 7644 §3.4.2.2): a valid filter made invalid by a
     * dangling {@code and}, an unbalanced bracket, an unknown operator or an unterminated string, and
     * fixed cases such as the empty filter, {@code userName eq} and {@code emails[]}. A service answers
     * them with 400 {@code invalidFilter}; {@link Filter#parse} throws a {@code FilterParseException}.
     *
     * @return malformed filter texts
     */
    public static Arbitrary<String> malformedFilters() {
        Arbitrary<String> broken = Combinators.combine(filters().map(Filter::toString), Arbitraries.integers()
                .between(0, 5)).as((text, mutation) -> switch (mutation) {
                    case 0 -> text + " and";
                    case 1 -> "(" + text;
                    case 2 -> text + ")";
                    case 3 -> text + " or title xx \"a\"";
                    case 4 -> text + " and userName eq \"unterminated";
                    default -> "not " + (text.startsWith("(") ? text.substring(1) : text);
                });
        Arbitrary<String> fixed = Arbitraries.of("", " ", "userName", "userName eq", "eq \"a\"",
                "userName eq \"a\" and", "emails[]", "emails[type eq \"work\"", "userName equals \"a\"",
                "userName eq 'a'", "(userName eq \"a\"", "userName eq \"a\")", "1abc eq \"a\"", "userName pr pr");
        return Arbitraries.frequencyOf(Tuple.of(3, broken), Tuple.of(1, fixed));
    }

    /**
     * Texts that are neither attribute paths nor PATCH paths: empty, unbalanced or empty brackets,
     * doubled dots, a leading digit, a lone URN, a filter where a path belongs.
     *
     * @return malformed paths; {@link AttributePath#parse} and {@link PatchPath#parse} reject each
     */
    public static Arbitrary<String> malformedPaths() {
        return Arbitraries.of("", " ", "name..givenName", "emails[", "emails[]", "emails[type eq \"work\"",
                "emails]type eq \"work\"[", "1name", "name.", ".name", "urn:", "emails[type eq \"work\"]]",
                "userName eq \"a\"", "name givenName", "emails[type eq \"work\"]..value", "@name");
    }

    /**
     * User bodies a SCIM service must reject with 400: each is a valid generated user with one defect —
     * no {@code userName}, a {@code userName} that is not a string, an empty {@code userName},
     * {@code active} that is not a boolean, or {@code schemas} without the core User URN.
     *
     * @return malformed user JSON
     */
    public static Arbitrary<JsonObject> malformedUsers() {
        return Combinators.combine(users().map(User::toJson), Arbitraries.integers().between(0, 4))
                .as((user, defect) -> switch (defect) {
                    case 0 -> edit(user, b -> b.remove("userName"));
                    case 1 -> edit(user, b -> b.add("userName", 42));
                    case 2 -> edit(user, b -> b.add("userName", ""));
                    case 3 -> edit(user, b -> b.add("active", "maybe"));
                    default -> edit(user, b -> b.add("schemas", ScimJson.builders().createArrayBuilder()
                            .add("urn:example:not:a:user")));
                });
    }

    /**
     * Group bodies a SCIM service must reject with 400: no {@code displayName}, an empty one, or one that
     * is not a string.
     *
     * @return malformed group JSON
     */
    public static Arbitrary<JsonObject> malformedGroups() {
        return Combinators.combine(groups().map(group -> group.toJson()), Arbitraries.integers().between(0, 2))
                .as((group, defect) -> switch (defect) {
                    case 0 -> edit(group, b -> b.remove("displayName"));
                    case 1 -> edit(group, b -> b.add("displayName", ""));
                    default -> edit(group, b -> b.add("displayName", 7));
                });
    }

    /**
     * PATCH bodies a SCIM service must reject with 400: each is a valid generated request with one defect
     * — no {@code Operations}, {@code Operations} not an array, an unknown {@code op}, {@code add} or
     * {@code replace} without {@code value}, a malformed {@code path}, or an operation that is not an object.
     *
     * @return malformed PatchOp JSON
     */
    public static Arbitrary<JsonObject> malformedPatchRequests() {
        Arbitrary<JsonObject> valid = patchRequests().map(request -> request.toJson());
        return Combinators.combine(valid, malformedPaths().filter(path -> !path.isBlank()),
                        Arbitraries.integers().between(0, 5))
                .as((request, badPath, defect) -> switch (defect) {
                    case 0 -> edit(request, b -> b.remove("Operations"));
                    case 1 -> edit(request, b -> b.add("Operations", "replace"));
                    case 2 -> operations(request, ScimJson.builders().createObjectBuilder().add("op", "move")
                            .add("path", "title").add("value", "x").build());
                    case 3 -> operations(request, ScimJson.builders().createObjectBuilder().add("op", "add")
                            .add("path", "title").build());
                    case 4 -> operations(request, ScimJson.builders().createObjectBuilder().add("op", "replace")
                            .add("path", badPath).add("value", "x").build());
                    default -> operations(request, ScimJson.provider().createValue("replace title"));
                });
    }

    private static JsonObject operations(JsonObject request, JsonValue operation) {
        return edit(request, b -> b.add("Operations", ScimJson.builders().createArrayBuilder().add(operation)));
    }

    private static JsonObject edit(JsonObject json, UnaryOperator<JsonObjectBuilder> change) {
        return change.apply(ScimJson.builders().createObjectBuilder(json)).build();
    }

    private static Filter relativeToElement(Filter filter) {
        Filter.Comparison comparison = (Filter.Comparison) filter;
        return new Filter.Comparison(AttributePath.of(comparison.path().subAttribute()), ComparisonOperator.EQ,
                comparison.value());
    }
}
