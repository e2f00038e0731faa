package dev.scimkit.testkit.internal.endpoint;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.dialect.Dialect;
import dev.scimkit.core.dialect.ZoomError;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.testkit.internal.http.FakeRequest;
import dev.scimkit.testkit.internal.http.ZoomAccount;
import java.util.List;
import dev.scimkit.testkit.internal.store.SchemaAttributes;
import java.util.Optional;

/**
 * Zoom's account-level refusals, checked after the token is accepted and before the endpoint runs,
 * with Zoom's documented messages from the catalogue ({@link ZoomError}): a token without the
 * {@code scim2} scope gets 403
 * {@code The request was denied due to insufficient permissions: "User:Edit"} ({@code "Group:Edit"}
 * on groups); an account without SSO gets 400 {@code Account has not enabled Single Sign-On.} on every
 * SCIM call; a {@code userName eq} lookup of a pending (invited, not yet active) user gets 400
 * {@code User {email} not exist or not belong to this account.}
 */
public final class AccountGate {

    private final ZoomAccount account;

    /** @param account the account's state */
    public AccountGate(ZoomAccount account) {
        this.account = account;
    }

    /**
     * @param request  a SCIM request whose token was accepted
     * @param segments the path segments after the base path
     * @throws ScimException Zoom's refusal, when the account refuses the call
     */
    public void check(FakeRequest request, List<String> segments) {
        if (!account.scimScopeGranted()) {
            boolean groups = !segments.isEmpty() && AttributeNames.same(segments.get(0), "Groups");
            throw ZoomError.INSUFFICIENT_PERMISSIONS.exception(groups ? "Group:Edit" : "User:Edit");
        }
        if (!account.singleSignOnEnabled()) {
            throw ZoomError.SSO_NOT_ENABLED.exception();
        }
        if (!account.pendingUserNames().isEmpty() && request.method().equals("GET") && segments.size() == 1
                && AttributeNames.same(segments.get(0), "Users")) {
            String filter = request.queryParameter("filter");
            Optional<String> userName = filter == null ? Optional.empty()
                    : IndexedFilters.userNameLookup(Dialect.zoom().filters(), filter);
            if (userName.isPresent() && pending(userName.get())) {
                throw ZoomError.PENDING_USER.exception(userName.get());
            }
        }
    }

    /** @return the scope string the OAuth endpoint reports for issued tokens */
    public String grantedScope() {
        return account.scimScopeGranted() ? "scim2" : "user:read:admin";
    }

    private boolean pending(String userName) {
        for (String pendingUser : account.pendingUserNames()) {
            if (SchemaAttributes.USER_NAME.valuesEqual(pendingUser, userName)) {
                return true;
            }
        }
        return false;
    }
}
