/**
 * What a SCIM service does, as data: the operations it serves, their rate-limit categories, paging,
 * the filters it accepts, the shapes of its requests and responses, and Zoom's error catalogue with
 * one classifier from an error response to a stable code.
 *
 * <p>{@link dev.scimkit.core.dialect.Dialect#zoom()} is Zoom's SCIM API as documented and observed
 * (each fact names its source, and says so where Zoom is silent and scimkit decided);
 * {@link dev.scimkit.core.dialect.Dialect#rfc7644()} is a complete RFC 7644 service. The client and
 * the fake both read these facts, and neither's behaviour lives here: the fake stays an independent
 * oracle of the client.
 */
package dev.scimkit.core.dialect;
