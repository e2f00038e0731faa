package dev.scimkit.client.provisioning;

import dev.scimkit.core.PatchRequest;
import jakarta.json.JsonObject;
import java.util.Objects;

/**
 * The plan for one person.
 *
 * @param action     what to do
 * @param matchValue the value the person was matched on (e.g. their {@code userName}); for an
 *                   {@link ChangeAction#INVALID} record without one, a description of the record
 * @param userId     the Zoom user's id, or {@code null} when there is no Zoom user yet
 * @param current    the Zoom user as listed, or {@code null}
 * @param desired    the user as the mapping says it should be, or {@code null} when deprovisioning an
 *                   unmatched user or for an invalid record
 * @param patch      for {@link ChangeAction#UPDATE} and {@link ChangeAction#REACTIVATE}: the minimal
 *                   change over the mapped attributes; otherwise {@code null}
 * @param problem    for {@link ChangeAction#INVALID}: what is wrong; otherwise {@code null}
 */
public record UserChange(ChangeAction action, String matchValue, String userId, JsonObject current,
                         JsonObject desired, PatchRequest patch, String problem) {

    /**
     * Checks the values.
     *
     * @throws NullPointerException     if {@code action} or {@code matchValue} is null
     * @throws IllegalArgumentException if the fields do not fit the action
     */
    public UserChange {
        Objects.requireNonNull(action, "action is null");
        Objects.requireNonNull(matchValue, "matchValue is null");
        boolean needsUser = action != ChangeAction.CREATE && action != ChangeAction.INVALID
                && action != ChangeAction.UNCHANGED;
        if (needsUser && userId == null) {
            throw new IllegalArgumentException(action + " of '" + matchValue + "' needs a user id");
        }
        if (action == ChangeAction.CREATE && desired == null) {
            throw new IllegalArgumentException("CREATE of '" + matchValue + "' needs the desired user");
        }
        if ((action == ChangeAction.UPDATE || action == ChangeAction.REACTIVATE)
                && (patch == null || patch.operations().isEmpty() || current == null)) {
            throw new IllegalArgumentException(action + " of '" + matchValue + "' needs the current user and a patch");
        }
        if (action == ChangeAction.INVALID && problem == null) {
            throw new IllegalArgumentException("INVALID record '" + matchValue + "' needs a problem");
        }
    }

    /**
     * @return the action, match value, id, changed paths and problem; never attribute values (a mapping
     *         may carry a password)
     */
    @Override
    public String toString() {
        return "UserChange[" + action + " " + matchValue + (userId == null ? "" : " id=" + userId)
                + (patch == null ? ""
                        : " paths=" + patch.operations().stream().map(op -> String.valueOf(op.path())).toList())
                + (problem == null ? "" : " problem=" + problem) + "]";
    }
}
