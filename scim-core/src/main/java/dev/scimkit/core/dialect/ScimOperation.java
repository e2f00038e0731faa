package dev.scimkit.core.dialect;

import dev.scimkit.core.schema.AttributeNames;
import java.util.Objects;
import java.util.Optional;

/**
 * The operations a SCIM service may offer, each one method on one kind of path. The vocabulary the
 * client and the fake share to name what a request does; a {@link Dialect} says which it serves and
 * which rate-limit category each falls in.
 */
public enum ScimOperation {

    /** {@code GET /Users}: list or filter users. */
    LIST_USERS("GET", "Users", false),
    /** {@code POST /Users}: create a user. */
    CREATE_USER("POST", "Users", false),
    /** {@code GET /Users/{id}}. */
    GET_USER("GET", "Users", true),
    /** {@code PUT /Users/{id}}. */
    REPLACE_USER("PUT", "Users", true),
    /** {@code PATCH /Users/{id}} (Zoom's title: "Deactivate a user"). */
    PATCH_USER("PATCH", "Users", true),
    /** {@code DELETE /Users/{id}}. */
    DELETE_USER("DELETE", "Users", true),
    /** {@code GET /Groups}: list or filter groups. */
    LIST_GROUPS("GET", "Groups", false),
    /** {@code POST /Groups}: create a group. */
    CREATE_GROUP("POST", "Groups", false),
    /** {@code GET /Groups/{id}}. */
    GET_GROUP("GET", "Groups", true),
    /** {@code PUT /Groups/{id}}. */
    REPLACE_GROUP("PUT", "Groups", true),
    /** {@code PATCH /Groups/{id}}: change members or attributes. */
    PATCH_GROUP("PATCH", "Groups", true),
    /** {@code DELETE /Groups/{id}}. */
    DELETE_GROUP("DELETE", "Groups", true),
    /** {@code POST /.search}, {@code POST /Users/.search}, {@code POST /Groups/.search} (RFC 7644 §3.4.3). */
    SEARCH("POST", ".search", false),
    /** {@code GET /ServiceProviderConfig}, {@code /Schemas}, {@code /ResourceTypes} (RFC 7644 §4). */
    DISCOVERY("GET", null, false);

    private final String method;
    private final String endpoint;
    private final boolean byId;

    ScimOperation(String method, String endpoint, boolean byId) {
        this.method = method;
        this.endpoint = endpoint;
        this.byId = byId;
    }

    /** @return the HTTP method, upper case */
    public String method() {
        return method;
    }

    /**
     * @return the endpoint the operation addresses ({@code Users}, {@code Groups}, {@code .search}),
     *         or {@code null} for {@link #DISCOVERY}, which has three
     */
    public String endpoint() {
        return endpoint;
    }

    /** @return whether the path names one resource by id ({@code /Users/{id}}) */
    public boolean byId() {
        return byId;
    }

    /**
     * Finds the operation on {@code /Users} or {@code /Groups}.
     *
     * @param method   the HTTP method, any case
     * @param endpoint {@code Users} or {@code Groups}, any case (RFC 7644 endpoints; Zoom accepts
     *                 {@code /scim2/users})
     * @param byId     whether the path names one resource
     * @return the operation, empty for any other method or endpoint
     * @throws NullPointerException if {@code method} or {@code endpoint} is null
     */
    public static Optional<ScimOperation> of(String method, String endpoint, boolean byId) {
        Objects.requireNonNull(method, "method is null");
        Objects.requireNonNull(endpoint, "endpoint is null");
        for (ScimOperation operation : values()) {
            if (operation.method.equalsIgnoreCase(method) && operation.byId == byId
                    && AttributeNames.same(operation.endpoint, endpoint) && operation != SEARCH) {
                return Optional.of(operation);
            }
        }
        return Optional.empty();
    }
}
