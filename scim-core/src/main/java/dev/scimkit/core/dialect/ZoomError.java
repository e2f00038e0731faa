package dev.scimkit.core.dialect;

import dev.scimkit.core.ScimException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogue of Zoom's SCIM errors: for each, the HTTP status, the message (verbatim, or a
 * template whose {@code {placeholders}} stand for the parts that vary) and a stable code (the
 * constant's name), with {@link #classify(int, String) one classifier} from an error response to a
 * code.
 *
 * <p>{@link #documented()} tells a message Zoom's documentation or developer forum shows verbatim
 * from one scimkit chose because Zoom is silent (zoom-scim-facts.md §5: no 409 or 401 body for
 * {@code /scim2} has been published). Where Zoom's wording is unknown, the classifier also accepts
 * the phrasings seen in the wild ({@link #BASIC_USER_CAP}, {@link #INVALID_USER_TYPE}), and a few
 * codes stand for every response of their status that no message identifies (401, 403, 429).
 *
 * <p>Zoom's error body is {@code {"schemas":[…Error],"detail":…,"status":400}} (a number, no
 * {@code scimType}); its REST APIs use {@code {"code":124,"message":…}}. Read either with
 * {@link ScimException#fromJson} and classify the result with {@link #classify(ScimException)}.
 */
public enum ZoomError {

    /** 401 for a token Zoom does not accept, and for any 401 no other code identifies (Zoom's REST APIs). */
    INVALID_TOKEN(401, null, "Invalid access token.", false, true, null),

    /** 401 for an expired token (Zoom's REST APIs; S2S tokens live one hour). */
    EXPIRED_TOKEN(401, null, "Access token is expired.", false, false, null),

    /** 401 without a bearer token (scimkit's wording). */
    MISSING_TOKEN(401, null, "Authorization header with a Bearer token is required.", false, false, null),

    /**
     * 403 when the token lacks the {@code scim2} scope, or the admin the {@code User:Edit} /
     * {@code Group:Edit} permission; any 403 (Zoom documents no other).
     */
    INSUFFICIENT_PERMISSIONS(403, null, "The request was denied due to insufficient permissions: \"{permission}\"",
            true, true, null),

    /** 400 on every SCIM call of an account without single sign-on. */
    SSO_NOT_ENABLED(400, null, "Account has not enabled Single Sign-On.", true, false, null),

    /** 400 to a {@code userName eq} lookup of a pending (invited, not yet active) or foreign user. */
    PENDING_USER(400, null, "User {userName} not exist or not belong to this account.", true, false, null),

    /** 404 for an unknown user id (the message of Zoom's REST user API; the SCIM one is not published). */
    USER_NOT_FOUND(404, null, "User does not exist: {id}", false, false, null),

    /** 404 for an unknown group id. */
    GROUP_NOT_FOUND(404, null, "Group does not exist.", true, false, null),

    /** 409 for a userName that is taken (Zoom's status and wording are not published). */
    USER_EXISTS(409, ScimException.UNIQUENESS,
            "User already exists: userName '{userName}' is taken (userName is unique, compared ignoring case).",
            false, false, null),

    /** 409 for a group displayName that is taken (not published). */
    GROUP_EXISTS(409, ScimException.UNIQUENESS, "Group already exists: displayName '{displayName}' is taken.",
            false, false, null),

    /**
     * 400 when the account holds its maximum of Basic users (9,999, Microsoft's Zoom tutorial); Zoom's
     * wording is not published, so any 400 that speaks of Basic users and a limit is this.
     */
    BASIC_USER_CAP(400, null, "The account has reached its limit of {cap} Basic users; assign userType Licensed "
            + "or remove Basic users first.", false, false,
            "basic users?\\b.*\\b(limit|maximum|max|exceed|exceeds|exceeded|cap|9,?999)"
                    + "|\\b(limit|maximum|max|exceed|exceeds|exceeded|cap|9,?999)\\b.*basic users?\\b"),

    /** 400 for a userType other than Basic, Licensed, On-Prem; any 400 naming {@code userType}. */
    INVALID_USER_TYPE(400, ScimException.INVALID_VALUE, "Invalid userType {value}; Zoom accepts {accepted}.",
            false, false, "\\buserType\\b"),

    /** 400 to a group without a usable displayName (create group). */
    INVALID_GROUP_NAME(400, ScimException.INVALID_VALUE, "The \"DisplayName\" of the request is invalid.",
            true, false, null),

    /** 400 to deleting the account's default group. */
    DEFAULT_GROUP_UNDELETABLE(400, null, "Cannot delete account default group.", true, false, null),

    /** 400 to an empty request body. */
    EMPTY_BODY(400, ScimException.INVALID_SYNTAX, "The request JSON must not be empty.", true, false, null),

    /** 400 to a user PATCH without an {@code Operations} array under exactly that key. */
    NO_OPERATIONS(400, null, "The request json did not contains valid active field.", true, false, null),

    /** A group PATCH body over Zoom's 100,000 characters (the limit is documented, status and wording are not). */
    GROUP_PATCH_TOO_LONG(413, null, "The request JSON must not be longer than {max} characters.", false, false,
            null),

    /** 400 to a filter outside Zoom's subset (wording not published). */
    UNSUPPORTED_FILTER(400, ScimException.INVALID_FILTER,
            "Invalid filter: '{filter}'. Only {supported} filters are supported.", false, false, null),

    /** 429 over the per-second limit of a category; any 429. */
    RATE_LIMITED(429, null, "You have reached the maximum per-second rate limit for this API. Try again later.",
            true, true, null);

    private final int status;
    private final String scimType;
    private final String template;
    private final boolean documented;
    private final boolean claimsStatus;
    private final List<String> placeholders;
    private final Pattern exact;
    private final Pattern variant;

    ZoomError(int status, String scimType, String template, boolean documented, boolean claimsStatus,
              String variant) {
        this.status = status;
        this.scimType = scimType;
        this.template = template;
        this.documented = documented;
        this.claimsStatus = claimsStatus;
        List<String> names = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        String literal = template.endsWith(".") ? template.substring(0, template.length() - 1) : template;
        Matcher m = Placeholders.PATTERN.matcher(literal);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(literal.substring(at, m.start()))).append("(.+?)");
            names.add(m.group(1));
            at = m.end();
        }
        regex.append(Pattern.quote(literal.substring(at))).append("\\.?");
        this.placeholders = List.copyOf(names);
        this.exact = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
        this.variant = variant == null ? null : Pattern.compile(variant, Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }

    /** @return the HTTP status Zoom answers with */
    public int status() {
        return status;
    }

    /**
     * @return the RFC 7644 §3.12 {@code scimType} a service that sends one would use (Zoom sends
     *         none), or {@code null}
     */
    public String scimType() {
        return scimType;
    }

    /** @return the message, with {@code {name}} where a value is filled in */
    public String template() {
        return template;
    }

    /** @return the names of the template's placeholders, in order; empty for a fixed message */
    public List<String> placeholders() {
        return placeholders;
    }

    /**
     * @return whether Zoom's documentation or developer forum shows this message (and status)
     *         verbatim; {@code false} when scimkit chose them because Zoom is silent
     */
    public boolean documented() {
        return documented;
    }

    /**
     * @param values one value per placeholder, in order
     * @return the message with the values filled in
     * @throws IllegalArgumentException if the number of values differs from the placeholders'
     * @throws NullPointerException     if a value is null
     */
    public String message(String... values) {
        if (values.length != placeholders.size()) {
            throw new IllegalArgumentException(name() + " takes " + placeholders.size() + " values "
                    + placeholders + " but got " + values.length);
        }
        StringBuilder out = new StringBuilder();
        Matcher m = Placeholders.PATTERN.matcher(template);
        int at = 0;
        int index = 0;
        while (m.find()) {
            out.append(template, at, m.start()).append(Objects.requireNonNull(values[index++], "value is null"));
            at = m.end();
        }
        return out.append(template.substring(at)).toString();
    }

    /**
     * @param values one value per placeholder, in order
     * @return this error as an exception (not thrown): status, {@link #scimType()}, message
     * @throws IllegalArgumentException if the number of values differs from the placeholders'
     */
    public ScimException exception(String... values) {
        return new ScimException(status, scimType, message(values));
    }

    /**
     * Reads the values out of a message of this error.
     *
     * @param detail an error's detail
     * @return the placeholder values by name (in template order) when the detail is this error's
     *         message (ignoring case and a final period); empty otherwise
     * @throws NullPointerException if {@code detail} is null
     */
    public Optional<Map<String, String>> match(String detail) {
        Matcher m = exact.matcher(Objects.requireNonNull(detail, "detail is null").strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < placeholders.size(); i++) {
            values.put(placeholders.get(i), m.group(i + 1));
        }
        return Optional.of(Collections.unmodifiableMap(values));
    }

    /**
     * The one classifier from an error response to a code: a message of the catalogue (ignoring
     * case and a final period) wins; then the phrasings accepted for errors whose wording Zoom has
     * not published, in declaration order; then the code that stands for every response of the
     * status ({@link #INVALID_TOKEN} for 401, {@link #INSUFFICIENT_PERMISSIONS} for 403,
     * {@link #RATE_LIMITED} for 429).
     *
     * @param status the HTTP status (or the error body's {@code status})
     * @param detail the error body's {@code detail} (or {@code message}); {@code null} for none
     * @return the code, empty when the response is not one of Zoom's catalogued errors
     */
    public static Optional<ZoomError> classify(int status, String detail) {
        String text = detail == null ? "" : detail.strip();
        for (ZoomError error : values()) {
            if (error.status == status && error.exact.matcher(text).matches()) {
                return Optional.of(error);
            }
        }
        for (ZoomError error : values()) {
            if (error.status == status && error.variant != null && error.variant.matcher(text).find()) {
                return Optional.of(error);
            }
        }
        for (ZoomError error : values()) {
            if (error.status == status && error.claimsStatus) {
                return Optional.of(error);
            }
        }
        return Optional.empty();
    }

    /**
     * Classifies an error read from a response ({@link ScimException#fromJson}) or raised for one.
     *
     * @param error the error
     * @return as {@link #classify(int, String)} of its status and detail
     * @throws NullPointerException if {@code error} is null
     */
    public static Optional<ZoomError> classify(ScimException error) {
        Objects.requireNonNull(error, "error is null");
        return classify(error.status(), error.detail());
    }

    /** Holds the placeholder pattern: an enum constructor may not read the enum's own static fields. */
    private static final class Placeholders {
        static final Pattern PATTERN = Pattern.compile("\\{([A-Za-z]+)\\}");
    }
}
