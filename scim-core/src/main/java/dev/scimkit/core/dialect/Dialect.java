package dev.scimkit.core.dialect;

import dev.scimkit.core.ZoomPhone;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeReference;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What one SCIM service does, as data: {@link #zoom()} is Zoom's SCIM API, {@link #rfc7644()} a
 * complete RFC 7643/7644 service. Immutable; the two instances are the only ones.
 *
 * <p>Each fact of {@link #zoom()} names its source in zoom-scim-facts.md (ZD: Zoom's API reference;
 * QX: the Postman rendering of Zoom's OpenAPI; WO: pages quoting Zoom's docs; DF: Zoom's developer
 * forum; MS: Microsoft's Zoom tutorial). Where Zoom is silent the fact says so and what scimkit
 * chose. For {@link #rfc7644()}, where the RFC leaves a choice to the service (page sizes) the fact
 * is the choice of scimkit's reference service.
 *
 * <p>Facts only: how a client reacts to them (retries, hints) and how a fake implements them are
 * not here.
 */
public final class Dialect {

    private static final String JSON = "application/json";
    private static final String SCIM_JSON = "application/scim+json";

    private static final Dialect ZOOM = zoomFacts();
    private static final Dialect RFC7644 = rfc7644Facts();

    private final String name;
    private final Set<ScimOperation> operations;
    private final Map<ScimOperation, RateCategory> categories;
    private final Set<ScimOperation> documentedCategories;
    private final Map<AccountPlan, int[]> limits;
    private final int defaultPageSize;
    private final int maxPageSize;
    private final FilterSubset filters;
    private final boolean externalIdMatchesId;
    private final boolean sorting;
    private final boolean attributeSelection;
    private final boolean etags;
    private final String mediaType;
    private final boolean numericErrorStatus;
    private final boolean derivesSchemas;
    private final boolean exactOperationsKey;
    private final boolean lenientRequests;
    private final boolean canonicalValuesEnforced;
    private final boolean groupPatchNoContent;
    private final OptionalInt groupPatchMaxChars;
    private final boolean replaceMerges;
    private final List<AttributeReference> replaceIgnores;
    private final List<AttributeReference> patchIgnores;
    private final List<AttributeReference> userPatchPaths;
    private final boolean groupMembersReturned;
    private final List<AttributeReference> listOmits;
    private final List<AttributeReference> neverReturned;
    private final JsonObject newUserDefaults;
    private final boolean displayNameFromName;
    private final OptionalInt basicUserCap;

    private Dialect(Facts f) {
        this.name = f.name;
        this.operations = Set.copyOf(f.operations);
        this.categories = Map.copyOf(f.categories);
        this.documentedCategories = Set.copyOf(f.documentedCategories);
        this.limits = Map.copyOf(f.limits);
        this.defaultPageSize = f.defaultPageSize;
        this.maxPageSize = f.maxPageSize;
        this.filters = f.filters;
        this.externalIdMatchesId = f.externalIdMatchesId;
        this.sorting = f.sorting;
        this.attributeSelection = f.attributeSelection;
        this.etags = f.etags;
        this.mediaType = f.mediaType;
        this.numericErrorStatus = f.numericErrorStatus;
        this.derivesSchemas = f.derivesSchemas;
        this.exactOperationsKey = f.exactOperationsKey;
        this.lenientRequests = f.lenientRequests;
        this.canonicalValuesEnforced = f.canonicalValuesEnforced;
        this.groupPatchNoContent = f.groupPatchNoContent;
        this.groupPatchMaxChars = f.groupPatchMaxChars;
        this.replaceMerges = f.replaceMerges;
        this.replaceIgnores = List.copyOf(f.replaceIgnores);
        this.patchIgnores = List.copyOf(f.patchIgnores);
        this.userPatchPaths = List.copyOf(f.userPatchPaths);
        this.groupMembersReturned = f.groupMembersReturned;
        this.listOmits = List.copyOf(f.listOmits);
        this.neverReturned = List.copyOf(f.neverReturned);
        this.newUserDefaults = f.newUserDefaults;
        this.displayNameFromName = f.displayNameFromName;
        this.basicUserCap = f.basicUserCap;
    }

    /** @return Zoom's SCIM API ({@code https://api.zoom.us/scim2}) */
    public static Dialect zoom() {
        return ZOOM;
    }

    /** @return a complete RFC 7643/7644 service, as scimkit's reference service implements it */
    public static Dialect rfc7644() {
        return RFC7644;
    }

    /** @return a short name for messages: {@code Zoom} or {@code RFC 7644} */
    public String name() {
        return name;
    }

    // ------------------------------------------------------------------ operations and rate limits

    /**
     * @return the operations the service serves. Zoom: the eleven of its API reference (ZD, QX): no
     *         {@code PUT /Groups/{id}}, no {@code /.search}, no discovery endpoints. RFC 7644: all.
     */
    public Set<ScimOperation> operations() {
        return operations;
    }

    /**
     * @param operation an operation
     * @return whether the service serves it
     * @throws NullPointerException if {@code operation} is null
     */
    public boolean supports(ScimOperation operation) {
        return operations.contains(Objects.requireNonNull(operation, "operation is null"));
    }

    /**
     * The rate-limit category of an operation. Zoom labels list users Medium, get, update, patch and
     * delete a user Light (QX), list groups Medium (ZD); it publishes no label for creating a user or
     * a group, nor for getting, patching or deleting a group. Every published label follows one rule
     * (lists are Medium, single-resource calls Light, as for Zoom's REST "Create users", LIGHT), so
     * the unlabelled ones are Light too ({@link #rateCategoryDocumented} says which). RFC 7644 has no
     * categories; the same rule applies, with {@link ScimOperation#SEARCH} a list.
     *
     * @param operation an operation (whether or not the service serves it)
     * @return its category
     * @throws NullPointerException if {@code operation} is null
     */
    public RateCategory rateCategory(ScimOperation operation) {
        return categories.get(Objects.requireNonNull(operation, "operation is null"));
    }

    /**
     * @param operation an operation
     * @return whether the service publishes the operation's category (rather than scimkit deriving it)
     * @throws NullPointerException if {@code operation} is null
     */
    public boolean rateCategoryDocumented(ScimOperation operation) {
        return documentedCategories.contains(Objects.requireNonNull(operation, "operation is null"));
    }

    /**
     * The published per-second limit of a category. Zoom (its rate-limit table, per account, shared
     * by all apps): Pro Light 30, Medium 20; Business and higher Light 80, Medium 60. (Zoom's older
     * SCIM page said one request per second for every endpoint, ZD-old.)
     *
     * @param plan     the account plan
     * @param category the category
     * @return requests per second, empty when the service publishes none (RFC 7644)
     * @throws NullPointerException if an argument is null
     */
    public OptionalInt requestsPerSecond(AccountPlan plan, RateCategory category) {
        Objects.requireNonNull(plan, "plan is null");
        Objects.requireNonNull(category, "category is null");
        int[] perCategory = limits.get(plan);
        return perCategory == null ? OptionalInt.empty() : OptionalInt.of(perCategory[category.ordinal()]);
    }

    // ------------------------------------------------------------------ paging and queries

    /**
     * @return the page size when a list request has no {@code count}. Zoom: 10 (the docs' example
     *         {@code itemsPerPage}; not stated); RFC 7644 §3.4.2.4 leaves it to the service: 10.
     */
    public int defaultPageSize() {
        return defaultPageSize;
    }

    /**
     * @return the largest page. Zoom: not documented; 100 (community scripts page by 100 and clamp
     *         {@code count} to 1..100); RFC 7644 leaves it to the service: 100.
     */
    public int maxPageSize() {
        return maxPageSize;
    }

    /**
     * @return the filters accepted. Zoom: {@code userName eq} and {@code externalId eq} on users
     *         (QX; Entra marks only userName filterable), {@code displayName eq} on groups (ZD's list
     *         groups filter), the value quoted or not (community scripts send it unquoted). RFC
     *         7644: every filter, values quoted.
     */
    public FilterSubset filters() {
        return filters;
    }

    /**
     * @return whether {@code externalId eq X} also finds the user whose id is X. Zoom: yes, Zoom's
     *         {@code externalId} filter takes the Zoom user id (QX list users).
     */
    public boolean externalIdMatchesId() {
        return externalIdMatchesId;
    }

    /**
     * @return whether {@code sortBy}/{@code sortOrder} are honoured (RFC 7644 §3.4.2.3). Zoom: not
     *         documented: no.
     */
    public boolean sorting() {
        return sorting;
    }

    /**
     * @return whether {@code attributes}/{@code excludedAttributes} shape responses and RFC 7643
     *         {@code returned} rules apply (RFC 7644 §3.4.2.5). Zoom: not documented: fixed views.
     */
    public boolean attributeSelection() {
        return attributeSelection;
    }

    /**
     * @return whether resources carry ETags honoured by If-Match/If-None-Match (RFC 7644 §3.14).
     *         Zoom: none documented.
     */
    public boolean etags() {
        return etags;
    }

    // ------------------------------------------------------------------ wire

    /**
     * @return the media type of responses: Zoom {@code application/json} (ZD-old), RFC 7644 §3.1
     *         {@code application/scim+json}
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * @return whether an error body's {@code status} is a JSON number without {@code scimType}
     *         (Zoom: DF-7646, DF-100447) rather than RFC 7644 §3.12's string with a {@code scimType}
     */
    public boolean numericErrorStatus() {
        return numericErrorStatus;
    }

    // ------------------------------------------------------------------ request shapes

    /**
     * @return whether the service ignores a request's {@code schemas} and lists the core schema and
     *         the extensions a resource has itself. Zoom: yes (a PATCH with the ListResponse URN works,
     *         a PUT with {@code schemas} as one string works; zoom-scim-facts.md §4). RFC 7644: no, a
     *         request must name its core schema or message schema (§3.3, §3.5.2).
     */
    public boolean derivesSchemas() {
        return derivesSchemas;
    }

    /**
     * @return whether a user PATCH needs its operations under exactly the key {@code Operations}
     *         ({@code operations} gets {@link ZoomError#NO_OPERATIONS}, DF-100447). RFC 7644: member
     *         names are case-insensitive (RFC 7643 §2.1).
     */
    public boolean exactOperationsKey() {
        return exactOperationsKey;
    }

    /**
     * @return whether identity providers' non-RFC shapes are accepted: Entra's capitalised PATCH
     *         {@code op}s, {@code "True"}/{@code "False"} strings for booleans, path-less replaces
     *         with dotted keys (MS-compat). Zoom: yes (Entra provisions Zoom this way). RFC 7644: no.
     */
    public boolean lenientRequests() {
        return lenientRequests;
    }

    /**
     * @return whether canonical values are a closed set: Zoom's {@code userType} is Basic, Licensed
     *         or On-Prem (QX, Okta, Ping; Collaboration and None are rejected, DF). RFC 7643 §2.3.1
     *         canonical values are suggestions.
     */
    public boolean canonicalValuesEnforced() {
        return canonicalValuesEnforced;
    }

    /**
     * @return whether a group PATCH answers 204 without a body. Zoom: yes (WO, polymetrics audit);
     *         RFC 7644 §3.5.2 also allows 200 with the group, which scimkit's reference service sends.
     */
    public boolean groupPatchNoContent() {
        return groupPatchNoContent;
    }

    /** @return the largest group PATCH body in characters. Zoom: 100,000 (WO); RFC 7644: none. */
    public OptionalInt groupPatchMaxChars() {
        return groupPatchMaxChars;
    }

    /**
     * @return whether PUT merges the attributes sent into the stored resource. Zoom: yes, "only
     *         include the fields you want to change" (WO, DF-6248). RFC 7644 §3.5.1: PUT replaces.
     */
    public boolean replaceMerges() {
        return replaceMerges;
    }

    /**
     * @return attributes a user PUT leaves unchanged while answering 200. Zoom: {@code userName},
     *         {@code displayName} and the ZoomUser extension's {@code loginType} (DF-6248). RFC 7644: none.
     */
    public List<AttributeReference> replaceIgnores() {
        return replaceIgnores;
    }

    /**
     * @return attributes a user PATCH leaves unchanged. Zoom: {@code userName} (email changes are not
     *         made through SCIM: Okta support; Zoom's email API needs a managed domain). RFC 7644: none.
     */
    public List<AttributeReference> patchIgnores() {
        return patchIgnores;
    }

    /**
     * @return the user attributes known to be patchable; empty when any is. Zoom publishes none; Entra's
     *         Zoom connector patches {@code active}, {@code name.givenName}, {@code name.familyName},
     *         the work {@code emails} value, the enterprise {@code department} and {@code userType} (MS).
     */
    public List<AttributeReference> userPatchPaths() {
        return userPatchPaths;
    }

    /**
     * @return whether groups are returned with {@code members}. Zoom: no, membership shows on each
     *         user's {@code groups} (ZD list groups; baton-scim reads {@code user.groups}). RFC 7643 §4.2: yes.
     */
    public boolean groupMembersReturned() {
        return groupMembersReturned;
    }

    /**
     * @return what list items leave out that GET returns; an entry whose {@code name} is a schema URN
     *         (and whose {@code schemaUrn} is null) is a whole extension. Zoom: the
     *         {@code zoom:1.0:User} extension, {@code groups} and the enterprise {@code manager},
     *         {@code organization}, {@code costCenter} (DF-111286). RFC 7644: nothing.
     */
    public List<AttributeReference> listOmits() {
        return listOmits;
    }

    /**
     * @return attributes accepted on create and update but never returned. Zoom: the
     *         {@code zoomPhone*} attributes of the {@code zoom:1.0:User} extension (DF-111286). RFC
     *         7643 §7: only {@code returned: never} attributes (a schema fact, not listed here).
     */
    public List<AttributeReference> neverReturned() {
        return neverReturned;
    }

    /**
     * @return attributes a created user gets when the request leaves them out. Zoom: active, userType
     *         Basic and an empty {@code zoom:1.0:User} extension (scimkit's reading: Zoom creates
     *         active Basic users by default; not documented). RFC 7644: none.
     */
    public JsonObject newUserDefaults() {
        return newUserDefaults;
    }

    /**
     * @return whether a user created without {@code displayName} gets "givenName familyName". Zoom: yes
     *         (not documented).
     */
    public boolean displayNameFromName() {
        return displayNameFromName;
    }

    /**
     * @return the most Basic users an account may hold. Zoom: 9,999 (MS: "Zoom only allows a maximum
     *         of 9,999 basic users today"); RFC 7644: none.
     */
    public OptionalInt basicUserCap() {
        return basicUserCap;
    }

    @Override
    public String toString() {
        return "Dialect[" + name + "]";
    }

    // ------------------------------------------------------------------ the two dialects

    private static Dialect zoomFacts() {
        Facts f = new Facts("Zoom");
        f.operations = EnumSet.range(ScimOperation.LIST_USERS, ScimOperation.DELETE_GROUP);
        f.operations.remove(ScimOperation.REPLACE_GROUP);
        f.categories = categories();
        f.documentedCategories = EnumSet.of(ScimOperation.LIST_USERS, ScimOperation.GET_USER,
                ScimOperation.REPLACE_USER, ScimOperation.PATCH_USER, ScimOperation.DELETE_USER,
                ScimOperation.LIST_GROUPS);
        f.limits = Map.of(AccountPlan.PRO, new int[] {30, 20}, AccountPlan.BUSINESS, new int[] {80, 60});
        f.filters = FilterSubset.comparisons(true, Map.of(
                "User", List.of(new FilterSubset.Comparison("userName", "eq"),
                        new FilterSubset.Comparison("externalId", "eq")),
                "Group", List.of(new FilterSubset.Comparison("displayName", "eq"))));
        f.externalIdMatchesId = true;
        f.mediaType = JSON;
        f.numericErrorStatus = true;
        f.derivesSchemas = true;
        f.exactOperationsKey = true;
        f.lenientRequests = true;
        f.canonicalValuesEnforced = true;
        f.groupPatchNoContent = true;
        f.groupPatchMaxChars = OptionalInt.of(100_000);
        f.replaceMerges = true;
        f.replaceIgnores = List.of(AttributeReference.of("userName"), AttributeReference.of("displayName"),
                new AttributeReference(SchemaRegistry.ZOOM_USER, "loginType", null));
        f.patchIgnores = List.of(AttributeReference.of("userName"));
        f.userPatchPaths = List.of(AttributeReference.of("active"), AttributeReference.of("name", "givenName"),
                AttributeReference.of("name", "familyName"), AttributeReference.of("emails", "value"),
                new AttributeReference(SchemaRegistry.ENTERPRISE_USER, "department", null),
                AttributeReference.of("userType"));
        f.groupMembersReturned = false;
        f.listOmits = List.of(AttributeReference.of(SchemaRegistry.ZOOM_USER_LICENSE),
                AttributeReference.of("groups"),
                new AttributeReference(SchemaRegistry.ENTERPRISE_USER, "manager", null),
                new AttributeReference(SchemaRegistry.ENTERPRISE_USER, "organization", null),
                new AttributeReference(SchemaRegistry.ENTERPRISE_USER, "costCenter", null));
        f.neverReturned = List.of(
                new AttributeReference(SchemaRegistry.ZOOM_USER_LICENSE, ZoomPhone.EXT_NUMBER_ATTRIBUTE, null),
                new AttributeReference(SchemaRegistry.ZOOM_USER_LICENSE, ZoomPhone.SITE_ATTRIBUTE, null),
                new AttributeReference(SchemaRegistry.ZOOM_USER_LICENSE, ZoomPhone.CALLING_PLAN_ATTRIBUTE, null),
                new AttributeReference(SchemaRegistry.ZOOM_USER_LICENSE, ZoomPhone.NUMBER_ATTRIBUTE, null));
        f.newUserDefaults = ScimJson.builders().createObjectBuilder()
                .add("active", JsonValue.TRUE)
                .add("userType", "Basic")
                .add(SchemaRegistry.ZOOM_USER_LICENSE, JsonValue.EMPTY_JSON_OBJECT)
                .build();
        f.displayNameFromName = true;
        f.basicUserCap = OptionalInt.of(9_999);
        return new Dialect(f);
    }

    private static Dialect rfc7644Facts() {
        Facts f = new Facts("RFC 7644");
        f.operations = EnumSet.allOf(ScimOperation.class);
        f.categories = categories();
        f.documentedCategories = EnumSet.noneOf(ScimOperation.class);
        f.limits = Map.of();
        f.filters = FilterSubset.all();
        f.sorting = true;
        f.attributeSelection = true;
        f.etags = true;
        f.mediaType = SCIM_JSON;
        f.groupPatchMaxChars = OptionalInt.empty();
        f.groupMembersReturned = true;
        f.basicUserCap = OptionalInt.empty();
        return new Dialect(f);
    }

    /** Lists (and searches) are Medium, everything else Light: the rule all of Zoom's labels follow. */
    private static Map<ScimOperation, RateCategory> categories() {
        Map<ScimOperation, RateCategory> categories = new EnumMap<>(ScimOperation.class);
        for (ScimOperation operation : ScimOperation.values()) {
            boolean list = operation == ScimOperation.LIST_USERS || operation == ScimOperation.LIST_GROUPS
                    || operation == ScimOperation.SEARCH;
            categories.put(operation, list ? RateCategory.MEDIUM : RateCategory.LIGHT);
        }
        return categories;
    }

    /** The facts while a dialect is put together; defaults are RFC 7644's "no". */
    private static final class Facts {
        final String name;
        Set<ScimOperation> operations;
        Map<ScimOperation, RateCategory> categories;
        Set<ScimOperation> documentedCategories;
        Map<AccountPlan, int[]> limits;
        int defaultPageSize = 10;
        int maxPageSize = 100;
        FilterSubset filters;
        boolean externalIdMatchesId;
        boolean sorting;
        boolean attributeSelection;
        boolean etags;
        String mediaType;
        boolean numericErrorStatus;
        boolean derivesSchemas;
        boolean exactOperationsKey;
        boolean lenientRequests;
        boolean canonicalValuesEnforced;
        boolean groupPatchNoContent;
        OptionalInt groupPatchMaxChars;
        boolean replaceMerges;
        List<AttributeReference> replaceIgnores = List.of();
        List<AttributeReference> patchIgnores = List.of();
        List<AttributeReference> userPatchPaths = List.of();
        boolean groupMembersReturned;
        List<AttributeReference> listOmits = List.of();
        List<AttributeReference> neverReturned = List.of();
        JsonObject newUserDefaults = JsonValue.EMPTY_JSON_OBJECT;
        boolean displayNameFromName;
        OptionalInt basicUserCap;

        Facts(String name) {
            this.name = name;
        }
    }
}
