package dev.scimkit.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.testkit.FakeProfile;
import dev.scimkit.testkit.Misbehaviour;
import dev.scimkit.testkit.ZoomScimFake;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each misbehaviour switched on in the fake is reported by the check that covers it, in both profiles. */
class ConformanceCatchesMisbehaviourTest {

    @ParameterizedTest
    @EnumSource(FakeProfile.class)
    void run_reportsAConflictAnsweredWithTheWrongStatus(FakeProfile profile) {
        CheckResult result = runAgainst(profile, Misbehaviour.CONFLICT_ANSWERED_AS_400, Check.DUPLICATE_USER_NAME);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.detail()).contains("expected HTTP 409 but got 400");
        assertThat(result.exchange()).hasValueSatisfying(exchange -> {
            assertThat(exchange.method()).isEqualTo("POST");
            assertThat(exchange.uri()).endsWith("/Users");
            assertThat(exchange.status()).isEqualTo(400);
        });
    }

    @ParameterizedTest
    @EnumSource(FakeProfile.class)
    void run_reportsACaseSensitiveUserNameFilter(FakeProfile profile) {
        CheckResult result = runAgainst(profile, Misbehaviour.CASE_SENSITIVE_USER_NAME,
                Check.USER_NAME_FILTER_IGNORES_CASE);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.detail()).contains("caseExact false").contains("but found []");
        assertThat(result.exchange()).hasValueSatisfying(exchange ->
                assertThat(exchange.uri()).contains("filter=userName%20eq%20%22"));
    }

    @ParameterizedTest
    @EnumSource(FakeProfile.class)
    void run_reportsPagingThatDropsAnItem(FakeProfile profile) {
        CheckResult result = runAgainst(profile, Misbehaviour.PAGING_DROPS_AN_ITEM, Check.PAGING_VISITS_EACH_ONCE);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.detail()).containsPattern("paging with count=\\d visited \\d+ users but totalResults is \\d+")
                .contains("falsified by sample");
        assertThat(result.exchange()).hasValueSatisfying(exchange -> assertThat(exchange.uri()).contains("startIndex="));
    }

    @ParameterizedTest
    @EnumSource(FakeProfile.class)
    void run_reportsAPatchThatIgnoresAnOperation(FakeProfile profile) {
        CheckResult deactivate = runAgainst(profile, Misbehaviour.PATCH_IGNORES_LAST_OPERATION,
                Check.PATCH_DEACTIVATE);
        CheckResult law = runAgainst(profile, Misbehaviour.PATCH_IGNORES_LAST_OPERATION,
                Check.PATCH_EQUALS_LOCAL_APPLY);

        assertThat(deactivate.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(deactivate.exchange()).isPresent();
        assertThat(law.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(law.detail()).contains("differs from Patch.apply of the same request").contains("falsified by");
        assertThat(law.exchange()).hasValueSatisfying(exchange -> assertThat(exchange.method()).isEqualTo("GET"));
    }

    private static CheckResult runAgainst(FakeProfile profile, Misbehaviour misbehaviour, Check check) {
        try (ZoomScimFake fake = ZoomScimFake.builder().profile(profile).misbehave(misbehaviour).start()) {
            ConformanceReport report = ConformanceSuite.builder().baseUri(fake.baseUri()).bearerToken(fake.token())
                    .profile(ServiceProfile.valueOf(profile.name())).tags(check.tag()).tries(5).seed(7).build().run();
            assertThat(report.failed()).extracting(CheckResult::check).contains(check);
            assertThat(report.toString()).contains("FAILED  " + check).doesNotContain(fake.token());
            return report.result(check);
        }
    }
}
