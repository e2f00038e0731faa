package dev.scimkit.client.internal;

import java.util.Objects;

/** The rules for an OAuth token store's account keys, in one place. */
public final class AccountKey {

    /** The longest key accepted. */
    public static final int MAX_LENGTH = 200;

    private AccountKey() {
    }

    /**
     * @param key a key
     * @return the key
     * @throws NullPointerException     if it is null
     * @throws IllegalArgumentException if it is blank, longer than {@value #MAX_LENGTH} characters, or has a
     *                                  control character
     */
    public static String check(String key) {
        Objects.requireNonNull(key, "accountKey is null");
        if (key.isBlank() || key.length() > MAX_LENGTH || key.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("accountKey must be 1 to " + MAX_LENGTH
                    + " characters without control characters, not blank");
        }
        return key;
    }
}
