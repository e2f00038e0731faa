package dev.scimkit.testkit;

/**
 * Deliberate deviations from SCIM that {@link ZoomScimFake} can be started with
 * ({@link ZoomScimFake.Builder#misbehave}), to prove that a test, a client or the conformance suite
 * notices a broken service. Never enable one for anything else.
 */
public enum Misbehaviour {

    /** A wrong status: a request that should be refused with 409 Conflict is answered 400 instead. */
    CONFLICT_ANSWERED_AS_400,

    /** {@code userName eq "…"} filters on users match only the exact case (RFC 7643: caseExact false). */
    CASE_SENSITIVE_USER_NAME,

    /** Every page of a list after the first leaves out its first resource, so paging never sees it. */
    PAGING_DROPS_AN_ITEM,

    /** PATCH requests lose their last operation before they are applied; the answer still says success. */
    PATCH_IGNORES_LAST_OPERATION
}
