package dev.scimkit.core;

import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.SchemaRegistry;
import java.util.Objects;
import java.util.Optional;

/**
 * Zoom's licence type, sent as the core {@code userType} attribute. Zoom's SCIM API accepts exactly
 * these three values and answers 400 to anything else (Entra's old {@code Pro}/{@code Corp} roles,
 * {@code Collaboration} and {@code None} are rejected).
 *
 * <pre>{@code
 * User user = User.builder().userName("jill@example.com").licenseType(ZoomLicenseType.LICENSED).build();
 * }</pre>
 */
public enum ZoomLicenseType {

    /** A free Basic user; an account may hold at most 9,999 of them. */
    BASIC("Basic"),
    /** A user with a paid meeting licence. */
    LICENSED("Licensed"),
    /** A user licensed through a Zoom on-premises deployment. */
    ON_PREM("On-Prem");

    private static final Attribute USER_TYPE = SchemaRegistry.defaults().schema(SchemaRegistry.USER)
            .flatMap(schema -> schema.attribute("userType")).orElseThrow();

    private final String value;

    ZoomLicenseType(String value) {
        this.value = value;
    }

    /** @return the {@code userType} value Zoom expects, e.g. {@code On-Prem} */
    public String value() {
        return value;
    }

    /**
     * Reads a {@code userType} value, compared the way the schema says {@code userType} compares
     * (not case-exact, so {@code licensed} is {@link #LICENSED}).
     *
     * @param userType a {@code userType} value
     * @return the licence type, empty when Zoom would not accept the value
     * @throws NullPointerException if {@code userType} is null
     */
    public static Optional<ZoomLicenseType> find(String userType) {
        Objects.requireNonNull(userType, "userType is null");
        for (ZoomLicenseType type : values()) {
            if (USER_TYPE.valuesEqual(type.value, userType)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a {@code userType} value that must be one Zoom accepts.
     *
     * @param userType a {@code userType} value
     * @return the licence type
     * @throws ScimException        400 {@code invalidValue} naming the value and the accepted ones
     * @throws NullPointerException if {@code userType} is null
     */
    public static ZoomLicenseType of(String userType) {
        return find(userType).orElseThrow(() -> ScimException.invalidValue("userType: \"" + userType
                + "\" is not one of Basic, Licensed, On-Prem (the values Zoom accepts)"));
    }

    /** @return {@link #value()} */
    @Override
    public String toString() {
        return value;
    }
}
