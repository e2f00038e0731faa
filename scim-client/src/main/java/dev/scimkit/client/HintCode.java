package dev.scimkit.client;

/**
 * The troubleshooting situations the Zoom provisioning guides describe, each with a title and the
 * general advice; a {@link Hint} pairs one with advice specific to one error. The README's
 * "Troubleshooting" table is generated from these constants (a test keeps the two equal).
 */
public enum HintCode {

    /** 404 because the base URL is not Zoom's SCIM path. */
    WRONG_BASE_PATH("Wrong SCIM base path (404)",
            "Zoom serves SCIM at `https://api.zoom.us/scim2`: not `/scim` (Entra's gallery tenant URL) and not "
                    + "`/v2/scim2` (the path in Zoom's changelogs)."),
    /** No response at all from the base URL or the token endpoint. */
    SERVER_UNREACHABLE("The server does not answer",
            "Check the host of the base URL (`https://api.zoom.us/scim2`), DNS, proxy and firewall; the client "
                    + "already retried connection failures."),
    /** 401 on a SCIM call. */
    TOKEN_REJECTED("Access token rejected (401)",
            "The token expired, was revoked, or was replaced when someone regenerated it in Zoom: generate a new "
                    + "one and update the client, or use `ZoomServerToServerOAuth`, which fetches fresh tokens."),
    /** Zoom's token endpoint does not know the account id. */
    OAUTH_ACCOUNT_ID("Server-to-Server OAuth: wrong account id",
            "Copy the Account ID from the app's App Credentials page in the Zoom App Marketplace."),
    /** Zoom's token endpoint rejects the client id or secret. */
    OAUTH_CLIENT_CREDENTIALS("Server-to-Server OAuth: wrong client id or secret",
            "Copy Client ID and Client Secret again (regenerating the secret invalidates the old one) and check "
                    + "that the app is activated."),
    /** The token endpoint cannot be reached or answers unexpectedly. */
    OAUTH_TOKEN_ENDPOINT("Server-to-Server OAuth: token endpoint failed",
            "The token endpoint did not issue a token: check `tokenUri` (default `https://zoom.us/oauth/token`) "
                    + "and network access to zoom.us."),
    /** An OAuth app's authorization is lost: the refresh token is refused, in doubt, or absent. */
    OAUTH_REAUTHORIZE("OAuth app: authorization lost (re-authorize)",
            "Zoom refused the refresh token (rotated away by a refresh whose answer was lost, revoked, superseded by a "
                    + "later authorization: `invalid_grant`, 4733–4741, \"Invalid Token!\"), or the store holds none: "
                    + "send an account admin to a new `app.authorizationRequest().uri()` and `exchange(..)` the code."),
    /** An OAuth app's authorization code or redirect URI was refused. */
    OAUTH_AUTHORIZATION_CODE("OAuth app: authorization code refused",
            "Codes live 5 minutes and work once, with the registered redirect URI and the request's PKCE verifier "
                    + "(Zoom 4709, 4733, 4734): start a new `authorizationRequest()`; register the exact redirect URI "
                    + "in the Zoom App Marketplace."),
    /** An OAuth app's token store cannot be read or written. */
    OAUTH_TOKEN_STORE("OAuth app: token store unusable",
            "The token store could not be read or written (corrupt file, permissions, disk, lock timeout). It is "
                    + "never reset automatically: fix or restore it; if its refresh token is lost, re-authorize."),
    /** 403: the token lacks the SCIM scope. */
    MISSING_SCIM_SCOPE("Missing `scim2` scope (403 insufficient permissions)",
            "Add the `scim2` scope (granular: `scim2:admin`) to the OAuth app, save, and fetch a new token; the "
                    + "user who authorises the app must be an account owner or admin."),
    /** 400 "Account has not enabled Single Sign-On.". */
    SSO_NOT_ENABLED("SSO not enabled (400 \"Account has not enabled Single Sign-On.\")",
            "Zoom's SCIM needs a Business or Education account with an approved vanity URL and single sign-on "
                    + "enabled (Admin > Advanced > Single Sign-On)."),
    /** 409: a user with the userName exists. */
    USER_EXISTS("User already exists (409)",
            "Match on `userName`: look the user up with `users().findByUserName(..)` and update it instead of "
                    + "creating it. A personal Zoom account with the same email must be consolidated into the "
                    + "account, or change its email, before provisioning."),
    /** 400 "User … not exist or not belong to this account.". */
    PENDING_USER("Pending user (400 \"not exist or not belong to this account\")",
            "The user was invited but has not activated the account, the invitation expired, or the email "
                    + "belongs to another Zoom account: wait for activation, or resend or delete the invitation in "
                    + "the Zoom web portal."),
    /** 400 about the Basic-user cap. */
    BASIC_USER_CAP("Basic-user cap reached (9,999)",
            "A Zoom account holds at most 9,999 Basic users: provision new users as `Licensed`, or remove Basic "
                    + "users who no longer need Zoom."),
    /** 400 naming userType. */
    INVALID_USER_TYPE("Invalid `userType` (400)",
            "`userType` must be `Basic`, `Licensed` or `On-Prem` (`ZoomLicenseType`); map roles such as Pro, "
                    + "Corp, Collaboration or None to one of them."),
    /** 400 about a licence the account cannot assign. */
    LICENSE_UNAVAILABLE("Wrong or unavailable licence type",
            "The licence asked for is not available (none left or not purchased): choose another `userType` or "
                    + "licence field, buy more licences, or set the default licence type in Zoom's account settings."),
    /** 400 naming a Zoom Phone attribute. */
    ZOOM_PHONE_ATTRIBUTE("Zoom Phone attribute rejected (400)",
            "`zoomPhoneExtNumber` is digits (`0` = auto-assign), `zoomPhoneSite` a site's display name, "
                    + "`zoomPhoneCallingPlan` a numeric plan code (e.g. `3000`), `zoomPhoneNumber` an unassigned "
                    + "E.164 number (`ZoomPhone` checks these before sending)."),
    /** 400 naming another attribute. */
    ATTRIBUTE_MAPPING("Attribute mapping error (400)",
            "Fix the identity provider's mapping of the attribute named in the error so that it sends the type and "
                    + "values Zoom expects."),
    /** A filter the client refused before sending ({@link InvalidFilterException}). */
    FILTER_REJECTED("Filter refused by the client (400 invalidFilter, nothing sent)",
            "Build filters with `Filters` (values are escaped) or quote string values (`userName eq \"jill@example.com\"`); "
                    + "Zoom filters only by `userName eq` or `externalId eq` (users) and `displayName eq` (groups)."),
    /** 429 after the client's retries. */
    RATE_LIMITED("Rate limited (429)",
            "Zoom's limits are per account and shared by every app. The client retries 429 after `Retry-After`; "
                    + "when it gives up, slow down (`RateLimit`), spread large syncs, or ask Zoom for a higher limit.");

    private final String title;
    private final String advice;

    HintCode(String title, String advice) {
        this.title = title;
        this.advice = advice;
    }

    /** @return the situation in a few words, e.g. {@code Access token rejected (401)} */
    public String title() {
        return title;
    }

    /** @return what to do in general (Markdown code spans for names) */
    public String advice() {
        return advice;
    }
}
