package dev.scimkit.core.schema;

/** When an attribute is returned in a response (RFC 7643 §7). */
public enum Returned {
    /** {@code always} */
    ALWAYS("always"),
    /** {@code never} */
    NEVER("never"),
    /** {@code default} */
    DEFAULT("default"),
    /** {@code request} */
    REQUEST("request");

    private final String scimName;

    Returned(String scimName) {
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
    public static Returned fromScimName(String scimName) {
        for (Returned value : values()) {
            if (value.scimName.equalsIgnoreCase(scimName)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown Returned '" + scimName + "'; expected one of "
                + java.util.Arrays.stream(values()).map(v -> v.scimName).toList());
    }

    @Override
    public String toString() {
        return scimName;
    }
}
