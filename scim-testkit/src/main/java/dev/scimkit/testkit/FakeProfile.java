package dev.scimkit.testkit;

import dev.scimkit.core.dialect.Dialect;

/**
 * How faithfully {@link ZoomScimFake} imitates Zoom, or whether it behaves as a full RFC 7644 service.
 */
public enum FakeProfile {

    /**
     * Zoom's SCIM API as it behaves in production (the default): the eleven documented operations under
     * {@code /scim2} (and {@code /scim}); filters {@code userName eq}, {@code externalId eq} and group
     * {@code displayName eq} only; PUT merges; PATCH of a user needs the exact {@code Operations} key;
     * group PATCH answers 204; no discovery endpoints, no sorting, no ETags.
     */
    ZOOM,

    /**
     * A complete RFC 7644 service on the same store, for testing generic SCIM tools: every filter,
     * {@code sortBy}/{@code sortOrder}, {@code attributes}/{@code excludedAttributes}, ETags with
     * {@code If-Match}/{@code If-None-Match}, {@code POST /.search}, the discovery endpoints and PUT as a
     * full replace.
     */
    SCIM;

    /**
     * The facts the fake follows in this profile; its defaults (page sizes, the Basic-user cap, the
     * group PATCH limit) come from them too.
     *
     * @return {@link Dialect#zoom()} for {@link #ZOOM}, {@link Dialect#rfc7644()} for {@link #SCIM}
     */
    public Dialect dialect() {
        return this == ZOOM ? Dialect.zoom() : Dialect.rfc7644();
    }
}
