package dev.scimkit.testkit.internal.http;

import java.util.Objects;
import java.util.Set;

/**
 * The state of the Zoom account behind the fake that decides whether SCIM calls may succeed at all.
 *
 * @param singleSignOnEnabled whether the account has SSO enabled (Zoom requires it for SCIM)
 * @param scimScopeGranted    whether tokens carry the {@code scim2} scope
 * @param pendingUserNames    users invited but not yet active (lookups by userName answer 400)
 */
public record ZoomAccount(boolean singleSignOnEnabled, boolean scimScopeGranted, Set<String> pendingUserNames) {

    /** Checks nulls and freezes the set. */
    public ZoomAccount {
        pendingUserNames = Set.copyOf(Objects.requireNonNull(pendingUserNames, "pendingUserNames is null"));
    }

    /** @return a healthy account: SSO on, scope granted, no pending users */
    public static ZoomAccount healthy() {
        return new ZoomAccount(true, true, Set.of());
    }
}
