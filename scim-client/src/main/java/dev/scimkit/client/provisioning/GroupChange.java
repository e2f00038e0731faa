package dev.scimkit.client.provisioning;

import java.util.List;
import java.util.Objects;

/**
 * The plan for one group the mapping manages (a group some source record names).
 *
 * @param action             {@link ChangeAction#CREATE}, {@link ChangeAction#UPDATE} (memberships
 *                           change) or {@link ChangeAction#UNCHANGED}
 * @param displayName        the group's display name
 * @param groupId            the Zoom group's id, or {@code null} before it is created
 * @param addMembers         match values of the people to add (their ids are resolved when applying,
 *                           so people created by the same plan can be added)
 * @param removeMemberIds    ids of managed Zoom users to remove from the group
 * @param membershipVerified whether the current members could be read from the list responses; when
 *                           not (Zoom lists neither group members nor user groups), every wanted
 *                           member is added (adding a member twice changes nothing) and none removed
 */
public record GroupChange(ChangeAction action, String displayName, String groupId, List<String> addMembers,
                          List<String> removeMemberIds, boolean membershipVerified) {

    /**
     * Checks and copies the values.
     *
     * @throws NullPointerException     if an argument other than {@code groupId} is null
     * @throws IllegalArgumentException if the action is not one a group can have, or the id does not fit it
     */
    public GroupChange {
        Objects.requireNonNull(action, "action is null");
        Objects.requireNonNull(displayName, "displayName is null");
        addMembers = List.copyOf(addMembers);
        removeMemberIds = List.copyOf(removeMemberIds);
        if (action != ChangeAction.CREATE && action != ChangeAction.UPDATE && action != ChangeAction.UNCHANGED) {
            throw new IllegalArgumentException("a group change cannot be " + action);
        }
        if ((action == ChangeAction.CREATE) != (groupId == null)) {
            throw new IllegalArgumentException("group '" + displayName + "': only a CREATE has no group id");
        }
    }
}
