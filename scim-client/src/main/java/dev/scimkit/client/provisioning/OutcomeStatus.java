package dev.scimkit.client.provisioning;

/** How applying one change ended. */
public enum OutcomeStatus {
    /** The request succeeded. */
    SUCCEEDED,
    /** The request failed; the outcome carries the {@link dev.scimkit.core.ScimException}. */
    FAILED,
    /**
     * Zoom refused a Basic user because the account holds its maximum (9,999 by Zoom's documentation):
     * assign a licence type or free Basic seats, then sync again.
     */
    BASIC_USER_CAP
}
