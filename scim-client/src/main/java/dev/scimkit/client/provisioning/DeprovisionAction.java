package dev.scimkit.client.provisioning;

/** What happens to the Zoom user of a person who left scope or was disabled at the source. */
public enum DeprovisionAction {
    /** {@code active: false}: the user cannot sign in but keeps meetings and recordings (the default). */
    DEACTIVATE,
    /** {@code DELETE /Users/{id}}; opt-in, since Zoom may not let it be undone. */
    DELETE
}
