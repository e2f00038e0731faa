package dev.scimkit.filter;

import dev.scimkit.core.ScimException;

/** The {@code sortOrder} query parameter (RFC 7644 §3.4.2.3). */
public enum SortOrder {
    /** {@code ascending}, the default. */
    ASCENDING,
    /** {@code descending}. */
    DESCENDING;

    /**
     * @param text the parameter value, in any case, or {@code null} when absent
     * @return the order; {@link #ASCENDING} when {@code text} is null
     * @throws ScimException 400 {@code invalidValue} if the text is neither {@code ascending} nor {@code descending}
     */
    public static SortOrder parse(String text) {
        if (text == null || text.equalsIgnoreCase("ascending")) {
            return ASCENDING;
        }
        if (text.equalsIgnoreCase("descending")) {
            return DESCENDING;
        }
        throw ScimException.invalidValue("sortOrder '" + text + "' must be 'ascending' or 'descending'");
    }
}
