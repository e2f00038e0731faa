package dev.scimkit.client.internal;

import dev.scimkit.client.Hint;
import dev.scimkit.client.HintCode;
import dev.scimkit.client.InvalidFilterException;
import dev.scimkit.client.InvalidResponseException;
import dev.scimkit.client.OAuthTokenException;
import dev.scimkit.client.ScimClientException;
import dev.scimkit.client.ScimConnectionException;
import dev.scimkit.client.ScimInterruptedException;
import dev.scimkit.client.TooManyRequestsException;
import dev.scimkit.core.dialect.Dialect;
import dev.scimkit.core.dialect.FilterSubset;
import dev.scimkit.core.dialect.ZoomError;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place hints are decided. First the situations only the client knows (a filter it refused,
 * which part of the OAuth exchange failed, no response, a base path that is not Zoom's); then Zoom's
 * answer, classified by the one classifier of Zoom's error catalogue ({@link ZoomError#classify}), each
 * code mapped to its hint (or to none) by an exhaustive switch, so a new catalogue entry cannot go
 * unconsidered; last, for answers the catalogue does not know, rules on the detail's wording (a
 * licence, a Zoom Phone field, an attribute name). Advice is built only from what is extracted (an
 * attribute name, a permission, an email, a duration, a path), never from headers or bodies, so it
 * cannot carry a secret.
 */
public final class HintTable {

    private static final int MAX_NAME = 120;
    private static final FilterSubset ZOOM_FILTERS = Dialect.zoom().filters();
    private static final Pattern LICENSE = Pattern.compile("licen[cs]e|\\bseats?\\b", Pattern.CASE_INSENSITIVE);
    private static final List<Pattern> ATTRIBUTE = List.of(
            Pattern.compile("^([A-Za-z][A-Za-z0-9_.:\\-]*(?:\\[[0-9]+\\])?(?:\\.[A-Za-z0-9_]+)?):\\s"),
            Pattern.compile("^(?:Invalid\\s+)([A-Za-z][A-Za-z0-9_.]*)\\b"),
            Pattern.compile("^([A-Za-z][A-Za-z0-9_.]*)\\s+(?:must|is required|is not|has)\\b"),
            Pattern.compile("\"([A-Za-z][A-Za-z0-9_.]*)\" of the request is invalid"),
            Pattern.compile("\\battribute\\s+'?\"?([A-Za-z][A-Za-z0-9_.:]*)"));

    private record Rule(HintCode code, Predicate<ScimClientException> applies,
                        Function<ScimClientException, String> advice) {
    }

    /** Situations only the client knows; checked before Zoom's answer is classified. */
    private static final List<Rule> CLIENT_RULES = List.of(
            new Rule(HintCode.FILTER_REJECTED, e -> e instanceof InvalidFilterException,
                    e -> ((InvalidFilterException) e).position() >= 0
                            ? "Build the filter with Filters (Filters.eq(\"userName\", value) escapes the value), or "
                                    + "write it as RFC 7644 says: string values in double quotes, e.g. userName eq "
                                    + "\"jill@example.com\"."
                            : "Zoom filters only by " + ZOOM_FILTERS.describe("User") + " (users) and "
                                    + ZOOM_FILTERS.describe("Group") + " (groups): list without a filter and filter "
                                    + "locally (FilterEvaluator), or turn zoomCompatibility off for other SCIM "
                                    + "services."),
            new Rule(HintCode.OAUTH_ACCOUNT_ID, e -> part(e) == OAuthTokenException.Part.ACCOUNT_ID,
                    e -> "Zoom's token endpoint does not know the account id: copy the Account ID from the "
                            + "Server-to-Server OAuth app's App Credentials page."),
            new Rule(HintCode.OAUTH_CLIENT_CREDENTIALS, e -> part(e) == OAuthTokenException.Part.CLIENT_CREDENTIALS,
                    e -> "Zoom's token endpoint rejected the client id or client secret: copy both again from the "
                            + "app's App Credentials page (a regenerated secret replaces the old one) and check "
                            + "that the app is activated."),
            new Rule(HintCode.OAUTH_TOKEN_ENDPOINT, e -> part(e) == OAuthTokenException.Part.TOKEN_ENDPOINT,
                    e -> "The token endpoint refused the request (" + e.request() + "): check that tokenUri is "
                            + "Zoom's https://zoom.us/oauth/token and that the app type matches (a Server-to-Server "
                            + "OAuth app for ZoomServerToServerOAuth, an OAuth app for ZoomOAuthApp)."),
            new Rule(HintCode.OAUTH_REAUTHORIZE, e -> e instanceof OAuthTokenException oauth
                    && oauth.reauthorizationRequired(),
                    e -> "The OAuth app can no longer obtain tokens for this account (" + (part(e)
                            == OAuthTokenException.Part.NOT_AUTHORIZED ? "the token store holds none"
                            : "Zoom refused the refresh token, or a refresh lost its answer") + "). Send an account "
                            + "admin to a new authorizationRequest().uri() and exchange() the code Zoom sends back; "
                            + "the new tokens replace the dead ones in the token store."),
            new Rule(HintCode.OAUTH_AUTHORIZATION_CODE, e -> part(e) == OAuthTokenException.Part.AUTHORIZATION_CODE
                    || part(e) == OAuthTokenException.Part.REDIRECT_URI,
                    e -> part(e) == OAuthTokenException.Part.REDIRECT_URI
                            ? "Zoom refused the redirect URI (4709): redirectUri must be exactly the one registered "
                            + "for the app in the Zoom App Marketplace and the one of the authorization request."
                            : "Zoom refused the authorization code (it lives 5 minutes, works once, and needs the PKCE "
                            + "verifier of its request): start a new authorizationRequest() and exchange the new code "
                            + "at once."),
            new Rule(HintCode.OAUTH_TOKEN_STORE, e -> part(e) == OAuthTokenException.Part.TOKEN_STORE,
                    e -> "The OAuth token store could not be read or written (see the error): fix or restore it "
                            + "(it is never reset automatically); if the refresh token it held is lost, re-authorize "
                            + "the app."),
            new Rule(HintCode.SERVER_UNREACHABLE, e -> e instanceof ScimConnectionException,
                    e -> "No response to " + e.request() + " ("
                            + (((ScimConnectionException) e).timedOut() ? "timed out" : "connection failed")
                            + ", after the client's retries): check the host in the URL, DNS, proxy and firewall; "
                            + "Zoom's SCIM base URL is https://api.zoom.us/scim2."),
            new Rule(HintCode.WRONG_BASE_PATH, e -> e.status() == 404 && wrongBasePath(e.request()),
                    e -> "Nothing answers at " + path(e.request()) + ": Zoom's SCIM API is at /scim2 "
                            + "(https://api.zoom.us/scim2), not " + basePath(e.request()) + "."));

    /** Answers Zoom's catalogue does not know: rules on the status, the request and the detail's wording. */
    private static final List<Rule> WORDING_RULES = List.of(
            new Rule(HintCode.USER_EXISTS, e -> e.status() == 409 && isUsers(e.request()), HintTable::userExists),
            new Rule(HintCode.LICENSE_UNAVAILABLE, e -> e.status() == 400 && LICENSE.matcher(e.detail()).find(),
                    e -> "Zoom cannot assign the licence asked for" + attributeSuffix(e) + ": pick a licence the "
                            + "account has free seats for, buy more, or check the default licence type in Zoom's "
                            + "account settings."),
            new Rule(HintCode.ZOOM_PHONE_ATTRIBUTE, e -> e.status() == 400
                    && attribute(e).filter(name -> name.toLowerCase(Locale.ROOT).contains("zoomphone")).isPresent(),
                    e -> "Zoom rejected " + attribute(e).orElse("a Zoom Phone field") + ": zoomPhoneExtNumber is "
                            + "digits (0 = auto-assign), zoomPhoneSite a site display name, zoomPhoneCallingPlan "
                            + "a numeric code such as 3000, zoomPhoneNumber an unassigned E.164 number."),
            new Rule(HintCode.ATTRIBUTE_MAPPING, e -> e.status() == 400 && (attribute(e).isPresent()
                    || "invalidValue".equals(e.scimType()) || "mutability".equals(e.scimType())),
                    HintTable::attributeMapping));

    private HintTable() {
    }

    /**
     * @param error an error the client raised
     * @return the hint of the situation it is, if any
     */
    public static Optional<Hint> hintFor(ScimClientException error) {
        Optional<Hint> hint = firstOf(CLIENT_RULES, error);
        if (hint.isPresent() || isLocal(error)) {
            return hint;
        }
        Optional<ZoomError> code = ZoomError.classify(error);
        if (code.isPresent()) {
            return hintFor(code.get(), error);
        }
        return firstOf(WORDING_RULES, error);
    }

    /**
     * The hint of each of Zoom's catalogued errors: exhaustive, so every catalogue entry has been
     * decided on (empty where Zoom's answer needs no advice beyond its detail).
     *
     * @param code  the error's code
     * @param error the error
     * @return its hint, or empty
     */
    static Optional<Hint> hintFor(ZoomError code, ScimClientException error) {
        Hint hint = switch (code) {
            case INVALID_TOKEN, EXPIRED_TOKEN, MISSING_TOKEN -> new Hint(HintCode.TOKEN_REJECTED,
                    "Zoom rejected the access token for " + error.request()
                            + (code == ZoomError.EXPIRED_TOKEN || mentions(error, "expired") ? " because it expired" : "")
                            + ": tokens expire (Server-to-Server OAuth: after one hour), are revoked, or are replaced "
                            + "when someone regenerates them. Use a new token, or ZoomServerToServerOAuth, which "
                            + "fetches one when needed.");
            case INSUFFICIENT_PERMISSIONS -> new Hint(HintCode.MISSING_SCIM_SCOPE, "The token may not call "
                    + error.request() + code.match(error.detail()).map(values -> " (Zoom requires \""
                    + shorten(values.get("permission")) + "\")").orElse("") + ": add the scim2 scope (granular "
                    + "scim2:admin) to the OAuth app and fetch a new token; the app must be authorised by an account "
                    + "owner or admin.");
            case SSO_NOT_ENABLED -> new Hint(HintCode.SSO_NOT_ENABLED, "Enable single sign-on for the Zoom account "
                    + "(Admin > Advanced > Single Sign-On); Zoom's SCIM needs a Business or Education account with an "
                    + "approved vanity URL.");
            case PENDING_USER -> new Hint(HintCode.PENDING_USER, code.match(error.detail())
                    .map(values -> shorten(values.get("userName"))).orElse("this user") + " is pending in Zoom "
                    + "(invited, not yet activated, or the invitation expired) or belongs to another account: wait "
                    + "for activation, or resend or delete the invitation in the Zoom web portal, then retry.");
            case USER_EXISTS -> new Hint(HintCode.USER_EXISTS, userExists(error));
            case BASIC_USER_CAP -> new Hint(HintCode.BASIC_USER_CAP, "The account holds its maximum of Basic users "
                    + "(Zoom: " + String.format(Locale.ROOT, "%,d", Dialect.zoom().basicUserCap().orElseThrow())
                    + "): create the user as Licensed (ZoomLicenseType.LICENSED) or remove Basic users first.");
            case INVALID_USER_TYPE -> new Hint(HintCode.INVALID_USER_TYPE, "userType must be one of Basic, Licensed, "
                    + "On-Prem (ZoomLicenseType); map the identity provider's role (Pro, Corp, Collaboration, "
                    + "None…) to one of them.");
            case INVALID_GROUP_NAME -> new Hint(HintCode.ATTRIBUTE_MAPPING, attributeMapping(error));
            case RATE_LIMITED -> new Hint(HintCode.RATE_LIMITED, rateLimited(error));
            case USER_NOT_FOUND, GROUP_NOT_FOUND, GROUP_EXISTS, DEFAULT_GROUP_UNDELETABLE, EMPTY_BODY, NO_OPERATIONS,
                    GROUP_PATCH_TOO_LONG, UNSUPPORTED_FILTER -> null;
        };
        return Optional.ofNullable(hint);
    }


    private static Optional<Hint> firstOf(List<Rule> rules, ScimClientException error) {
        for (Rule rule : rules) {
            if (rule.applies().test(error)) {
                return Optional.of(new Hint(rule.code(), rule.advice().apply(error)));
            }
        }
        return Optional.empty();
    }

    /** A failure the client raised without an answer from Zoom (nothing to classify). */
    private static boolean isLocal(ScimClientException error) {
        return error instanceof InvalidFilterException || error instanceof InvalidResponseException
                || error instanceof ScimConnectionException || error instanceof ScimInterruptedException
                || error instanceof OAuthTokenException;
    }

    private static String userExists(ScimClientException e) {
        return "A Zoom user with this userName (email) already exists, possibly a personal account: match on "
                + "userName (users().findByUserName) and update it instead of creating, or have the existing "
                + "account consolidated into yours first.";
    }

    private static String attributeMapping(ScimClientException e) {
        return attribute(e).map(name -> "Zoom rejected the value of " + name + ": fix the mapping of " + name
                        + " so it sends the type and values Zoom expects (see the error detail).")
                .orElse("Zoom rejected an attribute value: check the attribute mappings against the error detail.");
    }

    /**
     * Advice for a Server-to-Server token request that got no usable answer (no connection, a 5xx, a
     * body without a token): the token endpoint is the part that failed.
     *
     * @param error the failure of the token request
     * @return the hint
     */
    public static Hint tokenEndpointFailure(ScimClientException error) {
        return new Hint(HintCode.OAUTH_TOKEN_ENDPOINT, "The token endpoint did not issue a token ("
                + (error instanceof ScimConnectionException ? "no response" : "HTTP " + error.status()) + " to "
                + error.request() + "): check tokenUri (Zoom's is https://zoom.us/oauth/token) and network "
                + "access to zoom.us.");
    }

    /**
     * @param basePath the path of a base URI, without trailing slash, e.g. {@code /v2/scim2}
     * @return advice when it is not Zoom's documented SCIM path {@code /scim2}
     */
    public static Optional<Hint> basePathAdvice(String basePath) {
        String lower = basePath.toLowerCase(Locale.ROOT);
        if (lower.equals("/scim2")) {
            return Optional.empty();
        }
        String why = lower.endsWith("/v2/scim2") ? "/v2/scim2 is the path in Zoom's changelogs, not the API's"
                : lower.endsWith("/scim") ? "/scim is the tenant URL of Entra's gallery app, which Zoom does not "
                + "document for other clients" : (basePath.isEmpty() ? "the base URL has no path" : basePath
                + " is not Zoom's SCIM path");
        return Optional.of(new Hint(HintCode.WRONG_BASE_PATH, why + ": use https://api.zoom.us/scim2."));
    }

    /**
     * @return the README's troubleshooting table: one row per {@link HintCode}, in declaration order
     */
    public static String markdownTable() {
        StringBuilder out = new StringBuilder("| Situation | `hint().code()` | What to do |\n|---|---|---|\n");
        for (HintCode code : HintCode.values()) {
            out.append("| ").append(code.title()).append(" | `").append(code.name()).append("` | ")
                    .append(code.advice()).append(" |\n");
        }
        return out.toString();
    }

    private static OAuthTokenException.Part part(ScimClientException e) {
        return e instanceof OAuthTokenException oauth ? oauth.failedPart() : null;
    }

    private static boolean mentions(ScimClientException e, String text) {
        return e.detail().toLowerCase(Locale.ROOT).contains(text);
    }

    private static String rateLimited(ScimClientException e) {
        int attempts = 1 + e.getSuppressed().length;
        String wait = e instanceof TooManyRequestsException limited
                ? limited.retryAfter().map(HintTable::seconds).map(s -> "; Zoom asks to wait " + s + " before "
                + "the next request").orElse("") : "";
        return "Zoom answered 429 to " + e.request() + " " + attempts + (attempts == 1 ? " time" : " times")
                + "; the client waited as Retry-After asked between attempts and has now given up on this call"
                + wait + ". Limits are per account and shared by every app: lower the client's RateLimit or "
                + "spread the sync.";
    }

    private static String seconds(Duration duration) {
        long s = Math.max(0, duration.toSeconds() + (duration.toNanosPart() > 0 ? 1 : 0));
        return s + (s == 1 ? " second" : " seconds");
    }

    private static String attributeSuffix(ScimClientException e) {
        return attribute(e).map(name -> " (" + name + ")").orElse("");
    }

    /** The attribute the detail names, if it names one in a shape Zoom or scimkit uses. */
    static Optional<String> attribute(ScimClientException e) {
        String detail = e.detail().strip();
        for (Pattern pattern : ATTRIBUTE) {
            Matcher m = pattern.matcher(detail);
            if (m.find() && !m.group(1).equalsIgnoreCase("filter")) {
                return Optional.of(shorten(m.group(1)));
            }
        }
        return Optional.empty();
    }

    private static String shorten(String text) {
        return text.length() <= MAX_NAME ? text : text.substring(0, MAX_NAME) + "…";
    }

    private static boolean isUsers(String request) {
        return segmentIndex(path(request).toLowerCase(Locale.ROOT), "/users") >= 0;
    }

    private static boolean wrongBasePath(String request) {
        String base = basePath(request);
        return resourceIndex(path(request)) >= 0 && !base.equalsIgnoreCase("/scim2");
    }

    /** The path without the method. */
    private static String path(String request) {
        if (request == null) {
            return "";
        }
        int space = request.indexOf(' ');
        return space < 0 ? request : request.substring(space + 1);
    }

    /** The part of the path before {@code /Users} or {@code /Groups}, e.g. {@code /v2/scim2}. */
    private static String basePath(String request) {
        String p = path(request);
        int at = resourceIndex(p);
        return at < 0 ? p : p.substring(0, at);
    }

    /** Index of the first {@code /Users} or {@code /Groups} segment, or -1. */
    private static int resourceIndex(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        int users = segmentIndex(lower, "/users");
        int groups = segmentIndex(lower, "/groups");
        return users < 0 ? groups : groups < 0 ? users : Math.min(users, groups);
    }

    private static int segmentIndex(String path, String segment) {
        int at = path.indexOf(segment);
        while (at >= 0) {
            int end = at + segment.length();
            if (end == path.length() || path.charAt(end) == '/') {
                return at;
            }
            at = path.indexOf(segment, at + 1);
        }
        return -1;
    }
}
