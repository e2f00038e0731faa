package dev.scimkit.client;

import dev.scimkit.client.internal.FileTokenStore;
import dev.scimkit.client.internal.InMemoryTokenStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where a {@link ZoomOAuthApp} keeps the tokens of each Zoom account that authorized it, keyed by an
 * account key the application chooses (its own tenant id, or {@link ZoomOAuthApp#DEFAULT_ACCOUNT}). Zoom
 * rotates refresh tokens, so a store is the only copy of the latest one: the app saves a rotated refresh
 * token here before it uses the access token that came with it.
 *
 * <p>Contract for implementations (a database table, a secrets manager…):
 * <ul>
 *   <li>{@link #save} is durable when it returns (a later {@link #load}, also after a crash or in another
 *       process, returns the saved tokens) and atomic (a reader sees the old or the new tokens, never a
 *       mix); it throws if it cannot guarantee that.</li>
 *   <li>{@link #lock} gives one holder at a time the right to refresh an account, across every app and
 *       process that shares the store: while a refresh is under way nobody else may use the same refresh
 *       token, or Zoom's rotation revokes one of the two results. The default implementation excludes
 *       nobody; override it for any store shared between processes (a row lock, a lease with an expiry). The holder re-reads the tokens after locking, so whoever waited finds the refreshed ones.</li>
 *   <li>Failures are {@link OAuthTokenException}s with {@link OAuthTokenException.Part#TOKEN_STORE}; a
 *       store never resets or drops tokens it cannot read.</li>
 *   <li>Implementations are thread-safe and never log or print tokens.</li>
 * </ul>
 */
public interface OAuthTokenStore {

    /**
     * @param accountKey the account
     * @return its tokens, if the store holds any
     * @throws OAuthTokenException if the store cannot be read
     */
    Optional<OAuthTokens> load(String accountKey);

    /**
     * Saves an account's tokens durably and atomically, replacing what was there.
     *
     * @param accountKey the account
     * @param tokens     its tokens
     * @throws OAuthTokenException if they could not be saved durably
     */
    void save(String accountKey, OAuthTokens tokens);

    /**
     * Removes an account's tokens (after revocation).
     *
     * @param accountKey the account
     * @throws OAuthTokenException if the store cannot be written
     */
    void delete(String accountKey);

    /**
     * @return the keys of every account the store holds tokens for
     * @throws OAuthTokenException if the store cannot be read
     */
    Set<String> accountKeys();

    /**
     * Takes the exclusive right to refresh one account's tokens; release it by closing the lock. The
     * default excludes nobody (enough for a store used by one app in one process, since the app already
     * refreshes each account one thread at a time).
     *
     * @param accountKey the account
     * @param timeout    how long to wait for the current holder
     * @return the held lock
     * @throws OAuthTokenException if it could not be taken within the timeout
     */
    default Lock lock(String accountKey, Duration timeout) {
        Objects.requireNonNull(accountKey, "accountKey is null");
        Objects.requireNonNull(timeout, "timeout is null");
        return () -> { };
    }

    /** A held {@link #lock}; closing it releases it. */
    @FunctionalInterface
    interface Lock extends AutoCloseable {
        /** Releases the lock. Idempotent; never throws. */
        @Override
        void close();
    }

    /**
     * A store in this process's memory: tokens are lost when the process ends (an admin must then
     * authorize again). For tests and short-lived tools. Its {@link #lock} excludes other apps sharing
     * this store object.
     *
     * @return a new, empty store
     */
    static OAuthTokenStore inMemory() {
        return new InMemoryTokenStore();
    }

    /**
     * A store in one JSON file holding every account's tokens, created on the first save.
     * <ul>
     *   <li>Saves write a temporary file in the same directory, force it to disk, and rename it over the
     *       old one atomically (then force the directory where the file system allows), so a crash leaves
     *       the old or the new tokens, never a torn file.</li>
     *   <li>Where the file system has POSIX permissions, the file is readable and writable by its owner
     *       only ({@code rw-------}).</li>
     *   <li>A file that cannot be parsed is an {@link OAuthTokenException} naming the file and what is wrong
     *       with it; it is never reset or overwritten silently.</li>
     *   <li>Threads, other stores on the same file in this process, and other processes are kept apart by
     *       operating-system locks on a sibling {@code <name>.lock} file (one byte range per account, so
     *       accounts refresh independently): two processes sharing the file never refresh the same
     *       account at once.</li>
     * </ul>
     * Tokens are kept in clear in the file: protect it as you would the client secret.
     *
     * @param file the file; its directory is created if missing
     * @return the store
     * @throws NullPointerException if {@code file} is null
     */
    static OAuthTokenStore file(Path file) {
        return new FileTokenStore(Objects.requireNonNull(file, "file is null"));
    }
}
