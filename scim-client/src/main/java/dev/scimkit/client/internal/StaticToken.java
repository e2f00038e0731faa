package dev.scimkit.client.internal;

import dev.scimkit.client.TokenProvider;

/** A fixed bearer token; its {@code toString()} never shows it. */
public final class StaticToken implements TokenProvider {

    private final String token;

    /** @param token the token, already validated */
    public StaticToken(String token) {
        this.token = token;
    }

    @Override
    public String token() {
        return token;
    }

    @Override
    public String toString() {
        return "StaticToken[***]";
    }
}
