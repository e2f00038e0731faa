package dev.scimkit.core.schema;

/** Whether and when an attribute may be changed (RFC 7643 §7). */
public enum Mutability {
    /** {@code readOnly} */
    READ_ONLY("readOnly"),
    /** {@code readWrite} */
    READ_WRITE("readWrite"),
    /** {@code immutable} */
    IMMUTABLE("immutable"),
    /** {@code writeOnly} */
    WRITE_ONLY("writeOnly");

    private final String scimName;

    Mutability(String scimName) {
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
    public static Mutability fromScimName(String scimName) {
        for (Mutability value : values()) {
            if (value.scimName.equalsIgnoreCase(scimName)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown Mutability '" + scimName + "'; expected one of "
                + java.util.Arrays.stream(values()).map(v -> v.scimName).toList());
    }

    @Override
    public String toString() {
        return scimName;
    }
}
