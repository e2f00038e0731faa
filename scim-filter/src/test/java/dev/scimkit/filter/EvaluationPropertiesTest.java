package dev.scimkit.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonObject;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of evaluation over generated filters and resources. */
class EvaluationPropertiesTest {

    private static final ResourceType USER = SchemaRegistry.defaults().resourceType("User").orElseThrow();
    private static final FilterEvaluator STRICT = FilterEvaluator.builder().strict(true).build();

    @Property
    void test_notFilter_isTheNegation(@ForAll("userFilters") Filter filter, @ForAll("users") JsonObject user) {
        assertThat(new Filter.Not(filter).test(user)).isEqualTo(!filter.test(user));
        CompiledFilter strict;
        try {
            strict = STRICT.compile(filter, USER);
        } catch (ScimException notDefinedInStrictMode) {
            return;
        }
        assertThat(STRICT.compile(new Filter.Not(filter), USER).test(user)).isEqualTo(!strict.test(user));
        assertThat(strict.test(user)).as("strict and lenient agree where strict is defined").isEqualTo(filter.test(user));
    }

    @Property
    void test_neIsNotEq(@ForAll("userFilters") Filter ignored, @ForAll("users") JsonObject user,
                        @ForAll("stringAttributes") String attribute, @ForAll("shortStrings") String value) {
        assertThat(Filters.ne(attribute, value).test(user)).isEqualTo(!Filters.eq(attribute, value).test(user));
    }

    @Property
    void test_filterOfPrintedText_evaluatesTheSame(@ForAll("userFilters") Filter filter, @ForAll("users") JsonObject user) {
        assertThat(Filter.parse(filter.toString()).test(user)).isEqualTo(filter.test(user));
    }

    @Provide
    Arbitrary<String> stringAttributes() {
        return Arbitraries.of("userName", "displayName", "title", "id", "name.givenName", "emails.value", "emails.type");
    }

    @Provide
    Arbitrary<String> shortStrings() {
        return Arbitraries.of("a", "A", "work", "Work", "bjensen", "", "x@example.com");
    }

    @Provide
    Arbitrary<Filter> userFilters() {
        Arbitrary<Filter> leaf = Combinators.combine(stringAttributes(),
                        Arbitraries.of(ComparisonOperator.class), shortStrings())
                .as((path, op, value) -> Filters.compare(path, op, ScimJson.provider().createValue(value)));
        Arbitrary<Filter> typed = Arbitraries.of(
                Filters.eq("active", true), Filters.eq("active", false), Filters.pr("title"), Filters.pr("emails"),
                Filters.gt("meta.lastModified", "2011-05-13T04:42:34Z"), Filter.parse("active gt true"),
                Filter.parse("userName eq 5"), Filter.parse("nickName eq null"), Filters.pr("unknownThing"),
                Filters.valuePath("emails", Filters.and(Filters.eq("type", "work"), Filters.pr("value"))),
                Filters.valuePath("emails", Filters.eq("primary", true)));
        Arbitrary<Filter> leaves = Arbitraries.oneOf(leaf, typed);
        return Arbitraries.recursive(() -> leaves, inner -> Arbitraries.oneOf(
                Combinators.combine(inner, inner).as(Filter.And::new),
                Combinators.combine(inner, inner).as(Filter.Or::new),
                inner.map(Filter.Not::new)), 0, 3);
    }

    @Provide
    Arbitrary<JsonObject> users() {
        Arbitrary<String> names = Arbitraries.of("bjensen", "BJensen", "a", "work", "");
        Arbitrary<String> emailTypes = Arbitraries.of("work", "Work", "home");
        return Combinators.combine(names, names, Arbitraries.of(true, false), emailTypes, names,
                        Arbitraries.of(List.of(), List.of("title"), List.of("title", "emails")))
                .as((userName, title, active, type, given, drop) -> {
                    var builder = ScimJson.builders().createObjectBuilder()
                            .add("schemas", ScimJson.builders().createArrayBuilder().add(SchemaRegistry.USER))
                            .add("id", userName.toUpperCase())
                            .add("userName", userName)
                            .add("active", active)
                            .add("name", ScimJson.builders().createObjectBuilder().add("givenName", given))
                            .add("meta", ScimJson.builders().createObjectBuilder()
                                    .add("lastModified", active ? "2012-01-01T00:00:00Z" : "2010-01-01T00:00:00Z"));
                    if (!drop.contains("title")) {
                        builder.add("title", title);
                    }
                    if (!drop.contains("emails")) {
                        builder.add("emails", ScimJson.builders().createArrayBuilder()
                                .add(ScimJson.builders().createObjectBuilder().add("type", type).add("value", "x@example.com")
                                        .add("primary", active))
                                .add(ScimJson.builders().createObjectBuilder().add("type", "home").add("value", userName)));
                    }
                    return builder.build();
                });
    }
}
