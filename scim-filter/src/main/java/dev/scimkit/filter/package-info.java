/**
 * SCIM filter and path expressions (RFC 7644 §3.4.2.2, §3.5.2): parse, print, evaluate, sort, patch.
 */
package dev.scimkit.filter;
