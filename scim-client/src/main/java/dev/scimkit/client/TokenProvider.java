package dev.scimkit.client;

/**
 * Supplies the bearer token the client sends. Implementations are thread-safe; the client calls
 * {@link #token()} for every request and {@link #invalidate(String)} once when the server answers
 * 401, so a caching provider can fetch a fresh token.
 */
@FunctionalInterface
public interface TokenProvider {

    /**
     * @return the current bearer token, without the {@code Bearer } prefix
     */
    String token();

    /**
     * Called when the server rejected {@code rejectedToken} with 401; a caching provider drops it
     * so the next {@link #token()} fetches a new one. The default does nothing.
     *
     * @param rejectedToken the token that was rejected
     */
    default void invalidate(String rejectedToken) {
    }
}
