package dev.scimkit.client.provisioning;

/** How changed attributes are sent to an existing Zoom user. */
public enum UpdateMethod {
    /** A minimal {@code PATCH} computed by {@code Patch.diff} over the mapped attributes (the default). */
    PATCH,
    /**
     * {@code PUT} of the current user with the mapped attributes applied, for targets that want a whole
     * resource; deactivation and reactivation are PUTs of {@code active} as well.
     */
    PUT
}
