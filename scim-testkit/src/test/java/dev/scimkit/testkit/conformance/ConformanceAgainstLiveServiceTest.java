package dev.scimkit.testkit.conformance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole suite against a real service when {@code SCIM_BASE_URL} and {@code SCIM_TOKEN} are set
 * ({@code SCIM_PROFILE=ZOOM} for Zoom; default SCIM). Skipped otherwise.
 */
class ConformanceAgainstLiveServiceTest {

    @Test
    void run_passesAgainstTheServiceNamedInTheEnvironment() {
        String baseUrl = System.getenv("SCIM_BASE_URL");
        String token = System.getenv("SCIM_TOKEN");
        assumeTrue(baseUrl != null && !baseUrl.isBlank() && token != null && !token.isBlank(),
                "Set SCIM_BASE_URL and SCIM_TOKEN (and SCIM_PROFILE=ZOOM for Zoom) to run the SCIM conformance "
                        + "suite against a live service; skipped.");
        String profile = System.getenv().getOrDefault("SCIM_PROFILE", "SCIM").trim().toUpperCase(java.util.Locale.ROOT);
        ConformanceReport report = ConformanceSuite.builder().baseUri(URI.create(baseUrl.trim())).bearerToken(token)
                .profile(ServiceProfile.valueOf(profile)).build().run();
        System.out.println(report);
        report.assertSuccessful();
    }
}
