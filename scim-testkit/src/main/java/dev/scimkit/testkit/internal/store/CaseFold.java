package dev.scimkit.testkit.internal.store;

/**
 * Index keys for the store's case-insensitive values ({@code userName}, group {@code displayName}):
 * scim-core's one fold rule, {@link dev.scimkit.core.schema.Attribute#indexKey}, of an attribute that
 * is not caseExact. {@code fold(a).equals(fold(b))} holds exactly when {@code Attribute.valuesEqual}
 * says they are equal; lookups still confirm a hit with it.
 */
public final class CaseFold {

    private CaseFold() {
    }

    /**
     * @param value a string
     * @return its key: equal for two strings exactly when they are equal ignoring case
     */
    public static String fold(String value) {
        return SchemaAttributes.USER_NAME.indexKey(value);
    }
}
