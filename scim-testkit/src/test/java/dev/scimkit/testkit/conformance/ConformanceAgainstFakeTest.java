package dev.scimkit.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.testkit.FakeProfile;
import dev.scimkit.testkit.ZoomScimFake;
import org.junit.jupiter.api.Test;

class ConformanceAgainstFakeTest {

    @Test
    void run_passesAgainstTheFakeInTheScimProfile() {
        try (ZoomScimFake fake = ZoomScimFake.builder().profile(FakeProfile.SCIM).start()) {
            ConformanceReport report = suite(fake, ServiceProfile.SCIM).run();
            System.out.println(report);
            report.assertSuccessful();
            assertThat(report.skipped()).isEmpty();
        }
    }

    @Test
    void run_passesAgainstTheFakeInTheZoomProfileAndSaysWhatItSkips() {
        try (ZoomScimFake fake = ZoomScimFake.start()) {
            ConformanceReport report = suite(fake, ServiceProfile.ZOOM).run();
            System.out.println(report);
            report.assertSuccessful();
            assertThat(report.skipped()).extracting(CheckResult::check).containsExactlyInAnyOrder(
                    Check.SERVICE_PROVIDER_CONFIG, Check.SCHEMAS, Check.RESOURCE_TYPES, Check.GROUP_EXCLUDED_MEMBERS);
            assertThat(report.result(Check.SCHEMAS).detail()).isEqualTo("profile ZOOM: Zoom offers no /Schemas");
        }
    }

    private static ConformanceSuite suite(ZoomScimFake fake, ServiceProfile profile) {
        return ConformanceSuite.builder().baseUri(fake.baseUri()).bearerToken(fake.token()).profile(profile)
                .tries(10).seed(42).build();
    }
}
