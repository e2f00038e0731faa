package dev.scimkit.testkit.conformance;

/** What the service under test is expected to offer. */
public enum ServiceProfile {

    /**
     * Zoom's SCIM API as documented: no discovery endpoints, filters {@code userName eq},
     * {@code externalId eq} (users) and {@code displayName eq} (groups) only, PUT as a merge of the
     * attributes Zoom lets change ({@code name}, {@code active}, {@code userType}, {@code department}),
     * PATCH of a user limited to {@code replace}, no {@code scimType} in error bodies. Checks that need
     * more are skipped, and the report says why.
     */
    ZOOM,

    /** A complete RFC 7643/7644 service: every check runs. */
    SCIM
}
