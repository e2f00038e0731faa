package dev.scimkit.testkit.internal.store;

/**
 * Index keys for case-insensitive values. {@code fold(a).equals(fold(b))} holds exactly when
 * {@code a.equalsIgnoreCase(b)} (the rule of {@code Attribute.valuesEqual} for attributes that are not
 * caseExact), because both compare character by character through upper then lower case. Lookups
 * still confirm a hit with {@code Attribute.valuesEqual}.
 */
final class CaseFold {

    private CaseFold() {
    }

    static String fold(String value) {
        char[] chars = value.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
        }
        return new String(chars);
    }
}
