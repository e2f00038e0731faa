package dev.scimkit.core.schema;

/** The data type of a SCIM attribute (RFC 7643 §2.3). */
public enum AttributeType {
    /** {@code string} */
    STRING("string"),
    /** {@code boolean} */
    BOOLEAN("boolean"),
    /** {@code decimal} */
    DECIMAL("decimal"),
    /** {@code integer} */
    INTEGER("integer"),
    /** {@code dateTime} */
    DATE_TIME("dateTime"),
    /** {@code binary} */
    BINARY("binary"),
    /** {@code reference} */
    REFERENCE("reference"),
    /** {@code complex} */
    COMPLEX("complex");

    private final String scimName;

    AttributeType(String scimName) {
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
    public static AttributeType fromScimName(String scimName) {
        for (AttributeType value : values()) {
            if (value.scimName.equalsIgnoreCase(scimName)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown AttributeType '" + scimName + "'; expected one of "
                + java.util.Arrays.stream(values()).map(v -> v.scimName).toList());
    }

    @Override
    public String toString() {
        return scimName;
    }
}
