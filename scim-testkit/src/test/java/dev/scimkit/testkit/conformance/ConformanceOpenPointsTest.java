package dev.scimkit.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.filter.Filter;
import dev.scimkit.testkit.FakeProfile;
import dev.scimkit.testkit.ZoomScimFake;
import dev.scimkit.testkit.conformance.DialectProxy.Quirk;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The filter checks hand down no verdict where the RFC is open: a service that reads the open points
 * differently from scimkit (per-value negation, primary-value ordering, lower-case folding) passes,
 * unless it is held to one reading; each real defect is still reported, also when it hides behind
 * such a reading, and the reported sample is a filter every reading agrees on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConformanceOpenPointsTest {

    private ZoomScimFake fake;

    @BeforeAll
    void start() {
        fake = ZoomScimFake.builder().profile(FakeProfile.SCIM).start();
    }

    @AfterAll
    void stop() {
        fake.close();
    }

    @BeforeEach
    void reset() {
        fake.reset();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aServiceWithOtherDefensibleReadings_passesTheFilterChecks(long seed) {
        ConformanceReport report = run(DialectProxy.DEFENSIBLE, FilterInterpretation.lenient(), seed);

        report.assertSuccessful();
        assertThat(report.result(Check.FILTER_EQUALS_LOCAL_EVALUATION).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void aServiceWithPerValueNegation_failsWhenHeldToScimkitsReading() {
        CheckResult result = run(EnumSet.of(Quirk.PER_VALUE_NEGATION), FilterInterpretation.scimkit(), 1)
                .result(Check.FILTER_EQUALS_LOCAL_EVALUATION);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(reportedFilter(result)).matches(filter -> contains(filter, node -> node instanceof Filter.Not
                || node.toString().contains(" ne ")), "has a negation");
    }

    @Test
    void aServiceWithPerValueNegation_passesWhenHeldToThatReading() {
        FilterInterpretation perValue = FilterInterpretation.lenient().with(FilterInterpretation.Negation.PER_VALUE);

        run(EnumSet.of(Quirk.PER_VALUE_NEGATION), perValue, 1).assertSuccessful();
    }

    @Test
    void theFake_failsWhenHeldToPerValueNegation() {
        FilterInterpretation perValue = FilterInterpretation.lenient().with(FilterInterpretation.Negation.PER_VALUE);
        ConformanceReport report = ConformanceSuite.builder().baseUri(fake.baseUri()).bearerToken(fake.token())
                .checks(Check.FILTER_EQUALS_LOCAL_EVALUATION).filterInterpretation(perValue).tries(60).seed(1)
                .build().run();

        assertThat(report.result(Check.FILTER_EQUALS_LOCAL_EVALUATION).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(report.toString()).contains("FilterInterpretation[");
    }

    @Test
    void aServiceDecliningAnAttributeItDoesNotDefine_passes() {
        Set<Quirk> quirks = EnumSet.copyOf(DialectProxy.DEFENSIBLE);
        quirks.add(Quirk.ENTERPRISE_UNDEFINED);

        run(quirks, FilterInterpretation.lenient(), 1).assertSuccessful();
    }

    @Test
    void aServiceDecliningAnAttributeItDefines_isReported() {
        CheckResult result = run(with(Quirk.ENTERPRISE_FILTER_REFUSED), FilterInterpretation.lenient(), 1)
                .result(Check.FILTER_EQUALS_LOCAL_EVALUATION);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.detail()).contains("expected HTTP 200 but got 400").contains("enterprise:2.0:User:");
    }

    @Test
    void aCaseSensitiveUserName_isReported() {
        ConformanceReport report = run(with(Quirk.CASE_SENSITIVE_USER_NAME), FilterInterpretation.lenient(), 1);

        CheckResult result = report.result(Check.USER_NAME_FILTER_IGNORES_CASE);
        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.detail()).contains("caseExact false").contains("but found []");
    }

    @Test
    void aCaseSensitiveUserType_isReported() {
        ConformanceReport report = run(with(Quirk.CASE_SENSITIVE_USER_TYPE), FilterInterpretation.lenient(), 1);

        assertThat(report.result(Check.USER_NAME_FILTER_IGNORES_CASE).outcome()).isEqualTo(Outcome.PASSED);
        assertUnambiguousFailure(report.result(Check.FILTER_EQUALS_LOCAL_EVALUATION), "userType");
    }

    @Test
    void caseSensitiveOrdering_isReported() {
        ConformanceReport report = run(with(Quirk.CASE_SENSITIVE_ORDERING), FilterInterpretation.lenient(), 1);

        CheckResult result = report.result(Check.FILTER_EQUALS_LOCAL_EVALUATION);
        assertUnambiguousFailure(result, null);
        assertThat(reportedFilter(result)).matches(filter -> contains(filter, node ->
                node instanceof Filter.Comparison comparison && comparison.op().isOrdering()), "orders");
    }

    @Test
    void notWithoutDeMorgan_isReported() {
        ConformanceReport report = run(with(Quirk.NOT_WITHOUT_DE_MORGAN), FilterInterpretation.lenient(), 1);

        CheckResult result = report.result(Check.FILTER_EQUALS_LOCAL_EVALUATION);
        assertUnambiguousFailure(result, "not (");
    }

    private ConformanceReport run(Set<Quirk> quirks, FilterInterpretation interpretation, long seed) {
        try (DialectProxy proxy = new DialectProxy(fake, quirks)) {
            ConformanceReport report = ConformanceSuite.builder().baseUri(proxy.baseUri()).bearerToken(fake.token())
                    .tags(CheckTag.FILTER).filterInterpretation(interpretation).tries(60).seed(seed).build().run();
            System.out.println(quirks + " " + interpretation + "\n" + report);
            return report;
        }
    }

    /** The defect together with every defensible quirk, as a real service would have both. */
    private static Set<Quirk> with(Quirk defect) {
        Set<Quirk> quirks = EnumSet.copyOf(DialectProxy.DEFENSIBLE);
        quirks.add(defect);
        return quirks;
    }

    private static void assertUnambiguousFailure(CheckResult result, String mentioned) {
        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.detail()).contains("falsified by sample").doesNotContain("leaves");
        if (mentioned != null) {
            assertThat(reportedFilter(result).toString()).contains(mentioned);
        }
    }

    private static Filter reportedFilter(CheckResult result) {
        String detail = result.detail();
        int at = detail.indexOf(": ", detail.indexOf("falsified by sample"));
        return Filter.parse(detail.substring(at + 2).lines().findFirst().orElseThrow());
    }

    private static boolean contains(Filter filter, Predicate<Filter> test) {
        if (test.test(filter)) {
            return true;
        }
        if (filter instanceof Filter.And and) {
            return contains(and.left(), test) || contains(and.right(), test);
        }
        if (filter instanceof Filter.Or or) {
            return contains(or.left(), test) || contains(or.right(), test);
        }
        return filter instanceof Filter.Not not && contains(not.filter(), test);
    }
}
