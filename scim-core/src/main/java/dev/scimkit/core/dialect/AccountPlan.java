package dev.scimkit.core.dialect;

/**
 * The Zoom account plans whose rate limits Zoom publishes (Zoom's rate-limit table:
 * marketplace.zoom.us/docs/api-reference/rate-limits).
 */
public enum AccountPlan {

    /** Pro accounts. */
    PRO,

    /** Business accounts and higher (Business+, Enterprise, Education). */
    BUSINESS
}
