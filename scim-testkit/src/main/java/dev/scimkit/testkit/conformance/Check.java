package dev.scimkit.testkit.conformance;

import java.util.Optional;

/**
 * Every check the {@link ConformanceSuite} knows, with its {@link CheckTag}. Checks marked for
 * generated samples run once per sample ({@link ConformanceSuite.Builder#tries}) and report the
 * smallest falsifying sample they find.
 */
public enum Check {

    /** {@code GET /ServiceProviderConfig} answers 200 with the schema and every capability's {@code supported}. */
    SERVICE_PROVIDER_CONFIG(CheckTag.DISCOVERY, "Zoom offers no /ServiceProviderConfig"),
    /** {@code GET /Schemas} lists the core User schema with its {@code userName} attribute. */
    SCHEMAS(CheckTag.DISCOVERY, "Zoom offers no /Schemas"),
    /** {@code GET /ResourceTypes} lists User at endpoint {@code /Users} with the core User schema. */
    RESOURCE_TYPES(CheckTag.DISCOVERY, "Zoom offers no /ResourceTypes"),

    /** Generated users: POST answers 201 with an id and every attribute sent. */
    USER_CREATE(CheckTag.USERS, null),
    /** Generated users: GET of a created user answers 200 with what the POST answered (ignoring meta). */
    USER_GET(CheckTag.USERS, null),
    /** Generated users: after PUT with new name, active, userType and department, GET shows them. */
    USER_REPLACE(CheckTag.USERS, null),
    /** Generated users: DELETE answers 204, then GET answers 404. */
    USER_DELETE(CheckTag.USERS, null),

    /** POST of a user whose userName is taken answers 409 with a SCIM error ({@code uniqueness} unless ZOOM). */
    DUPLICATE_USER_NAME(CheckTag.UNIQUENESS, null),
    /** POST of a group whose displayName is taken answers 409 with a SCIM error. */
    DUPLICATE_GROUP_NAME(CheckTag.UNIQUENESS, null),

    /** {@code filter=userName eq "…"} with the userName in another case finds the user. */
    USER_NAME_FILTER_IGNORES_CASE(CheckTag.FILTER, null),
    /** {@code filter=userName eq "…"} for a userName nobody has answers 200 with totalResults 0. */
    FILTER_WITHOUT_MATCH(CheckTag.FILTER, null),
    /**
     * Generated filters: the service returns every user that each accepted reading of the filter selects
     * and no user that none of them selects ({@link ConformanceSuite.Builder#filterInterpretation}; by
     * default every reading the RFC allows, and scim-filter's {@code FilterEvaluator} is one of them).
     * A user the readings disagree on may be returned or not. ZOOM: Zoom's filters only.
     */
    FILTER_EQUALS_LOCAL_EVALUATION(CheckTag.FILTER, null),

    /** {@code GET /Users/<unknown id>} answers 404 with a SCIM error body. */
    UNKNOWN_ID_IS_404(CheckTag.ERRORS, null),
    /** A request with a bad bearer token answers 401 with a SCIM error body. */
    BAD_TOKEN_IS_401(CheckTag.ERRORS, null),

    /** A user deactivated with {@code active: false} is still returned by GET and by a userName filter. */
    DISABLED_USER_STILL_VISIBLE(CheckTag.LIFECYCLE, null),

    /** Generated page sizes: walking the pages visits every user exactly once and matches totalResults. */
    PAGING_VISITS_EACH_ONCE(CheckTag.PAGING, null),

    /** PATCH {@code replace} of {@code active} with false deactivates the user. */
    PATCH_DEACTIVATE(CheckTag.PATCH, null),
    /**
     * Generated users and PATCH requests: the user after PATCH equals scim-filter's {@code Patch.apply} of
     * the same request to the user before (ignoring meta; ZOOM: Zoom's operations only).
     */
    PATCH_EQUALS_LOCAL_APPLY(CheckTag.PATCH, null),

    /** Generated groups: POST answers 201, GET and a {@code displayName eq} filter find it, DELETE removes it. */
    GROUP_LIFECYCLE(CheckTag.GROUPS, null),
    /** PATCH {@code add} of a member, then {@code remove}, shows in the group (ZOOM: in the user's {@code groups}). */
    GROUP_MEMBERSHIP(CheckTag.GROUPS, null),
    /** PATCH {@code replace} of {@code displayName} renames the group. */
    GROUP_RENAME(CheckTag.GROUPS, null),
    /** A group list with {@code excludedAttributes=members} returns no {@code members}. */
    GROUP_EXCLUDED_MEMBERS(CheckTag.GROUPS, "Zoom offers no excludedAttributes (and never returns members)");

    private final CheckTag tag;
    private final String notOfferedByZoom;

    Check(CheckTag tag, String notOfferedByZoom) {
        this.tag = tag;
        this.notOfferedByZoom = notOfferedByZoom;
    }

    /** @return the tag this check belongs to */
    public CheckTag tag() {
        return tag;
    }

    /** @return why the ZOOM profile skips this check, if it does */
    public Optional<String> zoomSkipReason() {
        return Optional.ofNullable(notOfferedByZoom);
    }
}
