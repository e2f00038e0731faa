package dev.scimkit.testkit.conformance;

/** How a {@link Check} ended. */
public enum Outcome {
    /** The service behaved as the check requires, for every sample. */
    PASSED,
    /** The service broke the check; the result holds the failing request and response. */
    FAILED,
    /** The check did not run: not selected, or not offered by the service's profile. */
    SKIPPED
}
