package dev.scimkit.client.provisioning;

import dev.scimkit.core.ScimException;
import java.util.Objects;

/**
 * How applying one change ended.
 *
 * @param subject    the person's match value, or the group's display name
 * @param group      whether the subject is a group
 * @param action     the planned action
 * @param status     how it ended
 * @param resourceId the Zoom id of the user or group (the new id after a create); {@code null} if unknown
 * @param error      the failure, or {@code null} when it succeeded
 */
public record ChangeOutcome(String subject, boolean group, ChangeAction action, OutcomeStatus status,
                            String resourceId, ScimException error) {

    /**
     * Checks the values.
     *
     * @throws NullPointerException     if {@code subject}, {@code action} or {@code status} is null
     * @throws IllegalArgumentException if a failure has no error or a success has one
     */
    public ChangeOutcome {
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(action, "action is null");
        Objects.requireNonNull(status, "status is null");
        if ((status == OutcomeStatus.SUCCEEDED) != (error == null)) {
            throw new IllegalArgumentException("outcome for '" + subject + "': " + status
                    + (error == null ? " needs an error" : " cannot have an error"));
        }
    }

    /** @return whether the change succeeded */
    public boolean succeeded() {
        return status == OutcomeStatus.SUCCEEDED;
    }
}
