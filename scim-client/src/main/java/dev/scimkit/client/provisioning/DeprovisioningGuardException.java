package dev.scimkit.client.provisioning;

import dev.scimkit.core.ScimException;

/**
 * Thrown by {@link Provisioner#apply} before anything is sent when a plan would deactivate or delete
 * more than the configured share of the matched Zoom users: the accidental-deletion protection
 * identity providers ship (a broken scope filter or an empty export would otherwise switch everyone
 * off). Check the plan, then apply it with {@link Provisioner.Builder#force(boolean) force}.
 */
public final class DeprovisioningGuardException extends ScimException {

    private static final long serialVersionUID = 1L;

    private final int deprovisionings;
    private final int matchedUsers;
    private final double threshold;

    /**
     * @param deprovisionings how many users the plan would deactivate or delete
     * @param matchedUsers    how many existing Zoom users the plan covers
     * @param threshold       the share allowed, 0 to 1
     */
    public DeprovisioningGuardException(int deprovisionings, int matchedUsers, double threshold) {
        super(409, null, String.format(java.util.Locale.ROOT,
                "the plan would deactivate or delete %d of %d matched users (%.1f%%), more than the %.1f%% "
                        + "allowed; check the source and scope, then apply with force(true)",
                deprovisionings, matchedUsers, matchedUsers == 0 ? 0.0 : 100.0 * deprovisionings / matchedUsers,
                100.0 * threshold));
        this.deprovisionings = deprovisionings;
        this.matchedUsers = matchedUsers;
        this.threshold = threshold;
    }

    /** @return how many users the plan would deactivate or delete */
    public int deprovisionings() {
        return deprovisionings;
    }

    /** @return how many existing Zoom users the plan covers */
    public int matchedUsers() {
        return matchedUsers;
    }

    /** @return the share allowed, 0 to 1 */
    public double threshold() {
        return threshold;
    }
}
