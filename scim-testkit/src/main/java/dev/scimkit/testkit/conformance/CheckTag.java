package dev.scimkit.testkit.conformance;

/** Groups of {@link Check}s, for selecting what {@link ConformanceSuite} runs. */
public enum CheckTag {
    /** {@code /ServiceProviderConfig}, {@code /Schemas}, {@code /ResourceTypes} (RFC 7644 §4). */
    DISCOVERY,
    /** The create, get, replace and delete laws for users. */
    USERS,
    /** A second user with a taken {@code userName} is refused with 409. */
    UNIQUENESS,
    /** Filtering: case-insensitive {@code userName}, empty results, agreement with local evaluation. */
    FILTER,
    /** Error answers: 404 for an unknown id, 401 for a bad token, each with a SCIM error body. */
    ERRORS,
    /** Deactivated users stay visible to GET and filters. */
    LIFECYCLE,
    /** Paging with {@code startIndex}/{@code count} visits every resource exactly once. */
    PAGING,
    /** PATCH of users: deactivation, and agreement with the local PATCH engine. */
    PATCH,
    /** Groups: create, get, filter by {@code displayName}, membership, delete. */
    GROUPS
}
