package dev.scimkit.testkit.conformance;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link ConformanceSuite} run found: one {@link CheckResult} per {@link Check}, in the order of
 * {@link Check#values()}. {@link #toString()} is a printable report.
 *
 * @param baseUri the service checked
 * @param profile the profile it was checked against
 * @param seed    the seed the samples were generated from (run again with it to reproduce)
 * @param results one result per check
 */
public record ConformanceReport(URI baseUri, ServiceProfile profile, long seed, List<CheckResult> results) {

    /** Checks nulls and copies the results. */
    public ConformanceReport {
        Objects.requireNonNull(baseUri, "baseUri is null");
        Objects.requireNonNull(profile, "profile is null");
        results = List.copyOf(Objects.requireNonNull(results, "results is null"));
    }

    /** @return the checks that passed */
    public List<CheckResult> passed() {
        return only(Outcome.PASSED);
    }

    /** @return the checks that failed */
    public List<CheckResult> failed() {
        return only(Outcome.FAILED);
    }

    /** @return the checks that were skipped, with the reason as detail */
    public List<CheckResult> skipped() {
        return only(Outcome.SKIPPED);
    }

    /** @return whether no check failed */
    public boolean isSuccessful() {
        return failed().isEmpty();
    }

    /**
     * @param check a check
     * @return its result
     * @throws NullPointerException if {@code check} is null
     */
    public CheckResult result(Check check) {
        Objects.requireNonNull(check, "check is null");
        return results.stream().filter(result -> result.check() == check).findFirst()
                .orElseThrow(() -> new IllegalStateException("no result for " + check));
    }

    /**
     * For tests: fails when a check failed, with this printable report as the message.
     *
     * @return this, when no check failed
     * @throws AssertionError if a check failed
     */
    public ConformanceReport assertSuccessful() {
        if (!isSuccessful()) {
            throw new AssertionError(toString());
        }
        return this;
    }

    private List<CheckResult> only(Outcome outcome) {
        return results.stream().filter(result -> result.outcome() == outcome).toList();
    }

    /** @return a header line with the counts, then one entry per check (failures with request and response) */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder()
                .append("SCIM conformance of ").append(baseUri).append(" (profile ").append(profile)
                .append(", seed ").append(seed).append("): ")
                .append(passed().size()).append(" passed, ").append(failed().size()).append(" failed, ")
                .append(skipped().size()).append(" skipped\n");
        results.forEach(result -> text.append(result).append('\n'));
        return text.toString();
    }
}
