package dev.scimkit.core.dialect;

/**
 * Zoom's rate-limit label of an API operation ("Rate Limit Label" in Zoom's API reference). Limits
 * are counted per account and category, shared by every app of the account.
 */
public enum RateCategory {

    /** Zoom's {@code Light} label: single-resource reads and writes. */
    LIGHT("Light"),

    /** Zoom's {@code Medium} label: lists. */
    MEDIUM("Medium");

    private final String label;

    RateCategory(String label) {
        this.label = label;
    }

    /** @return Zoom's spelling, as in the {@code X-RateLimit-Category} header, e.g. {@code Light} */
    public String label() {
        return label;
    }
}
