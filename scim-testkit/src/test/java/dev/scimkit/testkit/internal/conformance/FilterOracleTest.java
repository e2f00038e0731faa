package dev.scimkit.testkit.internal.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.filter.Filter;
import dev.scimkit.filter.FilterEvaluator;
import dev.scimkit.testkit.ScimArbitraries;
import dev.scimkit.testkit.conformance.FilterInterpretation;
import dev.scimkit.testkit.conformance.FilterInterpretation.CaseFolding;
import dev.scimkit.testkit.conformance.FilterInterpretation.DateTimePrecision;
import dev.scimkit.testkit.conformance.FilterInterpretation.MultiValuedOrdering;
import dev.scimkit.testkit.conformance.FilterInterpretation.Negation;
import dev.scimkit.testkit.conformance.FilterInterpretation.Presence;
import dev.scimkit.testkit.conformance.FilterInterpretation.UnassignedPrimary;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

class FilterOracleTest {

    private static final FilterOracle LENIENT = new FilterOracle(FilterInterpretation.lenient());
    private static final FilterOracle SCIMKIT = new FilterOracle(FilterInterpretation.scimkit());
    private static final FilterOracle PER_VALUE = new FilterOracle(FilterInterpretation.scimkit()
            .with(Negation.PER_VALUE));

    @Property(tries = 100)
    void scimkitReading_isExactlyScimkitsEvaluator(@ForAll("samples") Tuple2<JsonObject, Filter> sample) {
        Truth expected = Truth.of(FilterEvaluator.defaults().test(sample.get2(), sample.get1()));

        assertThat(SCIMKIT.test(sample.get2(), sample.get1())).as("%s on %s", sample.get2(), sample.get1())
                .isEqualTo(expected);
    }

    @Property(tries = 100)
    void lenientAnswer_isGivenByEveryPinnedReading(@ForAll("samples") Tuple2<JsonObject, Filter> sample) {
        Truth lenient = LENIENT.test(sample.get2(), sample.get1());

        for (FilterInterpretation pinned : everyPinnedInterpretation()) {
            Truth answer = new FilterOracle(pinned).test(sample.get2(), sample.get1());
            assertThat(answer).as("%s under %s", sample.get2(), pinned).isNotEqualTo(Truth.EITHER);
            if (lenient != Truth.EITHER) {
                assertThat(answer).as("%s under %s", sample.get2(), pinned).isEqualTo(lenient);
            }
        }
    }

    @Example
    void negationOfAMultiValuedAttribute_isOpen() {
        JsonObject user = user("{\"emails\":[{\"value\":\"a@x\",\"primary\":true},{\"value\":\"b@x\",\"primary\":false}]}");

        for (String filter : List.of("emails.primary ne true", "not (emails.primary eq true)",
                "not (emails[primary eq true])")) {
            assertThat(LENIENT.test(Filter.parse(filter), user)).as(filter).isEqualTo(Truth.EITHER);
            assertThat(SCIMKIT.test(Filter.parse(filter), user)).as(filter).isEqualTo(Truth.FALSE);
            assertThat(PER_VALUE.test(Filter.parse(filter), user)).as(filter).isEqualTo(Truth.TRUE);
        }
        assertThat(LENIENT.test(Filter.parse("emails.primary ne false"), user("{\"emails\":[{\"primary\":true}]}")))
                .isEqualTo(Truth.TRUE);
    }

    @Example
    void negationOfAMissingAttribute_isOpen() {
        JsonObject user = user("{\"userName\":\"a\"}");

        assertThat(LENIENT.test(Filter.parse("title ne \"x\""), user)).isEqualTo(Truth.EITHER);
        assertThat(SCIMKIT.test(Filter.parse("title ne \"x\""), user)).isEqualTo(Truth.TRUE);
        assertThat(PER_VALUE.test(Filter.parse("title ne \"x\""), user)).isEqualTo(Truth.FALSE);
    }

    @Example
    void negationOfCompoundFilters_isSettledWhereTheValuesAre() {
        JsonObject user = user("{\"userName\":\"a\",\"title\":\"c\",\"userType\":\"Basic\"}");

        // not (A or B) is (not A) and (not B) in every reading; "not A or not B" would be a defect
        assertThat(LENIENT.test(Filter.parse("not (userName eq \"A\" or title eq \"b\")"), user))
                .isEqualTo(Truth.FALSE);
        assertThat(LENIENT.test(Filter.parse("not (userName eq \"b\" and title eq \"c\")"), user))
                .isEqualTo(Truth.TRUE);
        assertThat(LENIENT.test(Filter.parse("userType ne \"basic\""), user)).isEqualTo(Truth.FALSE);
    }

    @Example
    void anUnassignedPrimary_isOpen() {
        JsonObject user = user("{\"emails\":[{\"value\":\"a@x\",\"primary\":true},{\"value\":\"b@x\"}]}");

        for (String filter : List.of("emails.primary eq false", "emails[primary eq false]")) {
            assertThat(LENIENT.test(Filter.parse(filter), user)).as(filter).isEqualTo(Truth.EITHER);
            assertThat(SCIMKIT.test(Filter.parse(filter), user)).as(filter).isEqualTo(Truth.FALSE);
            assertThat(new FilterOracle(FilterInterpretation.scimkit().with(UnassignedPrimary.FALSE))
                    .test(Filter.parse(filter), user)).as(filter).isEqualTo(Truth.TRUE);
        }
        assertThat(LENIENT.test(Filter.parse("emails.primary eq true"), user)).isEqualTo(Truth.TRUE);
        assertThat(LENIENT.test(Filter.parse("emails[value eq \"b@x\" and primary eq true]"), user))
                .isEqualTo(Truth.FALSE);
    }

    @Example
    void presenceOfEmptyValues_isOpen() {
        for (String json : List.of("{\"title\":\"\"}", "{\"title\":null}", "{\"title\":[]}", "{\"title\":{}}")) {
            assertThat(LENIENT.test(Filter.parse("title pr"), user(json))).as(json).isEqualTo(Truth.EITHER);
            assertThat(SCIMKIT.test(Filter.parse("title pr"), user(json))).as(json).isEqualTo(Truth.FALSE);
        }
        assertThat(LENIENT.test(Filter.parse("title pr"), user("{\"title\":\"x\"}"))).isEqualTo(Truth.TRUE);
        assertThat(LENIENT.test(Filter.parse("title pr"), user("{}"))).isEqualTo(Truth.FALSE);
    }

    @Example
    void orderingOfAMultiValuedAttribute_isOpen() {
        JsonObject user = user("{\"emails\":[{\"value\":\"a@x\",\"primary\":true},{\"value\":\"z@x\"}]}");

        assertThat(LENIENT.test(Filter.parse("emails.value gt \"m\""), user)).isEqualTo(Truth.EITHER);
        assertThat(SCIMKIT.test(Filter.parse("emails.value gt \"m\""), user)).isEqualTo(Truth.TRUE);
        assertThat(LENIENT.test(Filter.parse("emails.value co \"z\""), user)).isEqualTo(Truth.TRUE);
    }

    @Example
    void caseInsensitiveStrings_areOpenOnlyWhereFoldingsDisagree() {
        assertThat(LENIENT.test(Filter.parse("title eq \"STRASSE\""), user("{\"title\":\"Straße\"}")))
                .isEqualTo(Truth.EITHER);
        assertThat(LENIENT.test(Filter.parse("title eq \"sam\""), user("{\"title\":\"ſam\"}")))
                .isEqualTo(Truth.EITHER);
        assertThat(LENIENT.test(Filter.parse("title eq \"ENGINEER\""), user("{\"title\":\"Engineer\"}")))
                .isEqualTo(Truth.TRUE);
        // ordering ignores case too: "Engineer" > "a" whatever the folding
        assertThat(LENIENT.test(Filter.parse("title gt \"a\""), user("{\"title\":\"Engineer\"}")))
                .isEqualTo(Truth.TRUE);
        // externalId is caseExact
        assertThat(LENIENT.test(Filter.parse("externalId eq \"ABC\""), user("{\"externalId\":\"abc\"}")))
                .isEqualTo(Truth.FALSE);
    }

    @Example
    void dateTimes_areOpenWithinTheirPrecisionAndWithoutOffset() {
        String filter = "meta.created gt \"2026-01-10T12:00:00Z\"";

        assertThat(LENIENT.test(Filter.parse(filter), created("2026-01-10T12:00:00.500Z"))).isEqualTo(Truth.EITHER);
        assertThat(SCIMKIT.test(Filter.parse(filter), created("2026-01-10T12:00:00.500Z"))).isEqualTo(Truth.TRUE);
        assertThat(LENIENT.test(Filter.parse(filter), created("2026-01-10T13:00:00"))).isEqualTo(Truth.EITHER);
        assertThat(LENIENT.test(Filter.parse(filter), created("2026-01-10T14:00:00+02:00"))).isEqualTo(Truth.FALSE);
        assertThat(LENIENT.test(Filter.parse(filter), created("2026-01-12T12:00:00"))).isEqualTo(Truth.TRUE);
        assertThat(LENIENT.test(Filter.parse("meta.created eq \"2026-01-10T12:00:00Z\""),
                created("2026-01-10T12:00:00.000Z"))).isEqualTo(Truth.TRUE);
    }

    @Provide
    Arbitrary<Tuple2<JsonObject, Filter>> samples() {
        return Combinators.combine(ScimArbitraries.users(), Arbitraries.integers().between(-500, 500),
                        Arbitraries.of("Z", ".250Z", "+02:00", "", ".5-05:00"), Arbitraries.integers().between(0, 4))
                .as((user, days, suffix, empties) -> withExtras(user.toJson(), days, suffix, empties))
                .list().ofMinSize(1).ofMaxSize(3)
                .flatMap(users -> Combinators.combine(Arbitraries.of(users),
                        ScimArbitraries.filters().valuesFrom(users)).as(Tuple::of));
    }

    /** Adds meta.created in several forms and, sometimes, empty values that {@code pr} reads differently. */
    private static JsonObject withExtras(JsonObject user, int days, String suffix, int empties) {
        Instant created = Instant.parse("2026-01-10T12:00:00Z").plusSeconds(days * 86_400L + days * 7L);
        String text = created.toString().replace("Z", "") + suffix;
        JsonObjectBuilder builder = ScimJson.builders().createObjectBuilder(user)
                .add("meta", ScimJson.builders().createObjectBuilder().add("created", text));
        switch (empties) {
            case 1 -> builder.add("nickName", "");
            case 2 -> builder.add("title", JsonValue.NULL);
            case 3 -> builder.add("phoneNumbers", JsonValue.EMPTY_JSON_ARRAY);
            default -> {
            }
        }
        return builder.build();
    }

    private static List<FilterInterpretation> everyPinnedInterpretation() {
        List<FilterInterpretation> all = new ArrayList<>();
        for (Negation negation : Negation.values()) {
            for (Presence presence : Presence.values()) {
                for (MultiValuedOrdering ordering : MultiValuedOrdering.values()) {
                    for (CaseFolding folding : CaseFolding.values()) {
                        for (DateTimePrecision precision : DateTimePrecision.values()) {
                            for (UnassignedPrimary primary : UnassignedPrimary.values()) {
                                all.add(FilterInterpretation.lenient().with(negation).with(presence).with(ordering)
                                        .with(folding).with(precision).with(primary));
                            }
                        }
                    }
                }
            }
        }
        return all;
    }

    private static JsonObject user(String json) {
        return ScimJson.parseObject(json);
    }

    private static JsonObject created(String text) {
        return user("{\"meta\":{\"created\":\"" + text + "\"}}");
    }
}
