package dev.scimkit.client;

import java.util.Objects;

/**
 * What to do about one error: the {@link HintCode situation} and advice specific to that error (the
 * attribute, permission, user or wait time involved). Hints are built from the error's status, detail
 * and request path only, so they never contain a token, secret or password.
 *
 * @param code the situation
 * @param text the advice for this error, one or two sentences
 */
public record Hint(HintCode code, String text) {

    /**
     * Checks nulls.
     *
     * @throws NullPointerException if an argument is null
     */
    public Hint {
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(text, "text is null");
    }

    /** @return {@code CODE: text} */
    @Override
    public String toString() {
        return code + ": " + text;
    }
}
