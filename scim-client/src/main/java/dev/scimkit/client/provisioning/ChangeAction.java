package dev.scimkit.client.provisioning;

/** What a plan does to one user or group. */
public enum ChangeAction {
    /** The person is in scope and has no Zoom user: create one ({@code POST /Users}). */
    CREATE,
    /** The Zoom user's mapped attributes differ: send the difference (PATCH, or PUT when configured). */
    UPDATE,
    /** The Zoom user is deactivated and the person is back in scope: set {@code active} and any changes. */
    REACTIVATE,
    /** The person left scope or was disabled: set {@code active: false} (the default deprovisioning). */
    DEACTIVATE,
    /** The person left scope or was disabled and deletion was opted into: {@code DELETE /Users/{id}}. */
    DELETE,
    /** Nothing to send. */
    UNCHANGED,
    /** The source record cannot be provisioned (no match value, a duplicate, a value a transform rejects). */
    INVALID;

    /** @return whether applying this action sends a request */
    public boolean writes() {
        return this != UNCHANGED && this != INVALID;
    }

    /** @return whether this action takes access away (counted by the deprovisioning guard) */
    public boolean deprovisions() {
        return this == DEACTIVATE || this == DELETE;
    }
}
