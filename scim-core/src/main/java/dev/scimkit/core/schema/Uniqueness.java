package dev.scimkit.core.schema;

/** How unique an attribute's value must be (RFC 7643 §7). */
public enum Uniqueness {
    /** {@code none} */
    NONE("none"),
    /** {@code server} */
    SERVER("server"),
    /** {@code global} */
    GLOBAL("global");

    private final String scimName;

    Uniqueness(String scimName) {
        this.scimName = scimName;
    }

    /** @return the name used in SCIM schema representations (RFC 7643 §7) */
    public String scimName() {
        return scimName;
    }

    /**
     * @param scimName a SCIM name, in any case
     * @return the constant
     * @throws IllegalArgumentException if none matches
     */
    public static Uniqueness fromScimName(String scimName) {
        for (Uniqueness value : values()) {
            if (value.scimName.equalsIgnoreCase(scimName)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown Uniqueness '" + scimName + "'; expected one of "
                + java.util.Arrays.stream(values()).map(v -> v.scimName).toList());
    }

    @Override
    public String toString() {
        return scimName;
    }
}
