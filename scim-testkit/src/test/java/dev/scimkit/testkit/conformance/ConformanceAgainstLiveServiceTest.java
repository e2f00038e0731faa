package dev.scimkit.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole suite against a real service when {@code SCIM_BASE_URL} and {@code SCIM_TOKEN} are set
 * ({@code SCIM_PROFILE=ZOOM} for Zoom; default SCIM). Skipped otherwise. Optional: {@code SCIM_SEED}
 * (default random), {@code SCIM_TRIES} (default 10), {@code SCIM_RUNS} (runs with that many consecutive
 * seeds, default 1) and {@code SCIM_FILTER_INTERPRETATION=scimkit} (default lenient).
 */
class ConformanceAgainstLiveServiceTest {

    @Test
    void run_passesAgainstTheServiceNamedInTheEnvironment() {
        String baseUrl = System.getenv("SCIM_BASE_URL");
        String token = System.getenv("SCIM_TOKEN");
        assumeTrue(baseUrl != null && !baseUrl.isBlank() && token != null && !token.isBlank(),
                "Set SCIM_BASE_URL and SCIM_TOKEN (and SCIM_PROFILE=ZOOM for Zoom) to run the SCIM conformance "
                        + "suite against a live service; skipped.");
        String profile = env("SCIM_PROFILE", "SCIM").toUpperCase(Locale.ROOT);
        long seed = Long.parseLong(env("SCIM_SEED", Long.toString(new SecureRandom().nextLong())));
        int tries = Integer.parseInt(env("SCIM_TRIES", "10"));
        int runs = Integer.parseInt(env("SCIM_RUNS", "1"));
        FilterInterpretation interpretation = env("SCIM_FILTER_INTERPRETATION", "lenient").equalsIgnoreCase("scimkit")
                ? FilterInterpretation.scimkit() : FilterInterpretation.lenient();
        List<String> failed = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long runSeed = seed + run;
            ConformanceReport report = ConformanceSuite.builder().baseUri(URI.create(baseUrl.trim())).bearerToken(token)
                    .profile(ServiceProfile.valueOf(profile)).filterInterpretation(interpretation).tries(tries)
                    .seed(runSeed).build().run();
            System.out.println(report);
            report.failed().forEach(result -> failed.add("seed " + runSeed + ": " + result.check()));
        }
        assertThat(failed).as("failed checks").isEmpty();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
