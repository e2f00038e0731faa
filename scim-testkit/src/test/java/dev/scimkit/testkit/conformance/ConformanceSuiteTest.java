package dev.scimkit.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.testkit.ZoomScimFake;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConformanceSuiteTest {

    private static final URI BASE = URI.create("http://127.0.0.1:9/scim2");

    @Test
    void build_requiresBaseUriAndToken() {
        assertThatThrownBy(() -> ConformanceSuite.builder().bearerToken("t").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("baseUri is required");
        assertThatThrownBy(() -> ConformanceSuite.builder().baseUri(BASE).build())
                .isInstanceOf(IllegalStateException.class).hasMessage("a bearerToken or tokenSupplier is required");
    }

    @Test
    void setters_validateAtOnceAndNameConflicts() {
        assertThatThrownBy(() -> ConformanceSuite.builder().baseUri(URI.create("/scim2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/scim2");
        assertThatThrownBy(() -> ConformanceSuite.builder().bearerToken("a").tokenSupplier(() -> "b"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("tokenSupplier conflicts with bearerToken, which is already set");
        assertThatThrownBy(() -> ConformanceSuite.builder().tries(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("tries must be 1 to 1000 but was 0");
        assertThatThrownBy(() -> ConformanceSuite.builder().timeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConformanceSuite.builder().profile(ServiceProfile.ZOOM).profile(ServiceProfile.SCIM))
                .isInstanceOf(IllegalStateException.class).hasMessage("profile was already set to ZOOM");
        assertThatThrownBy(() -> ConformanceSuite.builder().bearerToken(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("bearerToken is blank");
    }

    @Test
    void build_selectsByTagsAndChecks() {
        ConformanceSuite.Builder builder = ConformanceSuite.builder().baseUri(BASE).bearerToken("t");
        assertThat(builder.tags(CheckTag.ERRORS).build().selectedChecks())
                .containsExactlyInAnyOrder(Check.UNKNOWN_ID_IS_404, Check.BAD_TOKEN_IS_401);
        assertThatThrownBy(() -> ConformanceSuite.builder().baseUri(BASE).bearerToken("t").tags(CheckTag.USERS)
                .checks(Check.SCHEMAS).build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("select no check");
    }

    @Test
    void run_reportsUnselectedChecksAsSkippedAndAsksTheSupplierForEachRequest() {
        AtomicInteger asked = new AtomicInteger();
        try (ZoomScimFake fake = ZoomScimFake.start()) {
            ConformanceReport report = ConformanceSuite.builder().baseUri(fake.baseUri())
                    .tokenSupplier(() -> {
                        asked.incrementAndGet();
                        return fake.token();
                    })
                    .profile(ServiceProfile.ZOOM).checks(Check.UNKNOWN_ID_IS_404, Check.FILTER_WITHOUT_MATCH)
                    .seed(3).build().run();

            assertThat(report.passed()).extracting(CheckResult::check)
                    .containsExactly(Check.FILTER_WITHOUT_MATCH, Check.UNKNOWN_ID_IS_404);
            assertThat(report.skipped()).hasSize(Check.values().length - 2)
                    .allSatisfy(result -> assertThat(result.detail()).isIn("not selected",
                            "profile ZOOM: " + result.check().zoomSkipReason().orElse("")));
            assertThat(report.isSuccessful()).isTrue();
            assertThat(report.seed()).isEqualTo(3);
            assertThat(asked.get()).isEqualTo(2);
            assertThat(report.toString()).startsWith("SCIM conformance of " + fake.baseUri()
                    + " (profile ZOOM, seed 3): 2 passed, 0 failed, 20 skipped\n");
        }
    }

    @Test
    void run_reportsAnUnreachableServiceAsFailedWithoutAResponse() {
        ConformanceReport report = ConformanceSuite.builder().baseUri(BASE).bearerToken("secret-token")
                .checks(Check.UNKNOWN_ID_IS_404).timeout(Duration.ofSeconds(5)).build().run();

        CheckResult result = report.result(Check.UNKNOWN_ID_IS_404);
        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.exchange()).map(Exchange::status).isEqualTo(Optional.of(0));
        assertThatThrownBy(report::assertSuccessful).isInstanceOf(AssertionError.class)
                .hasMessageContaining("FAILED  UNKNOWN_ID_IS_404").hasMessageNotContaining("secret-token");
    }

    @Test
    void exchange_printsRequestAndResponse() {
        Exchange exchange = new Exchange("POST", "http://h/scim2/Users", "{\"a\":1}", 409, "{\"status\":409}");
        assertThat(exchange).hasToString("> POST http://h/scim2/Users\n> {\"a\":1}\n< 409\n< {\"status\":409}\n");
    }
}
