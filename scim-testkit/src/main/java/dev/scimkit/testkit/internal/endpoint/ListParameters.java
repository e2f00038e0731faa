package dev.scimkit.testkit.internal.endpoint;

/**
 * The query parameters of a list or search request (RFC 7644 §3.4.2, §3.4.3), undecoded values as
 * sent; any may be {@code null}.
 *
 * @param filter             the filter expression
 * @param startIndex         the startIndex parameter
 * @param count              the count parameter
 * @param sortBy             the attribute to sort by
 * @param sortOrder          {@code ascending} or {@code descending}
 * @param attributes         attributes to return
 * @param excludedAttributes attributes not to return
 */
record ListParameters(String filter, String startIndex, String count, String sortBy, String sortOrder,
                      String attributes, String excludedAttributes) {
}
