package dev.scimkit.client.internal;

/** Zoom's rate-limit categories that SCIM endpoints fall into. */
public enum RateCategory {
    /** Single-resource reads and writes (get, replace, patch). */
    LIGHT,
    /** Lists, searches, creates and deletes. */
    MEDIUM
}
