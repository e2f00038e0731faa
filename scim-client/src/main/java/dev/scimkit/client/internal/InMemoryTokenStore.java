package dev.scimkit.client.internal;

import dev.scimkit.client.OAuthTokenException;
import dev.scimkit.client.OAuthTokenStore;
import dev.scimkit.client.OAuthTokens;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/** {@link OAuthTokenStore#inMemory()}: a map, and one lock per account for apps sharing this object. */
public final class InMemoryTokenStore implements OAuthTokenStore {

    private final Map<String, OAuthTokens> tokens = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Override
    public Optional<OAuthTokens> load(String accountKey) {
        return Optional.ofNullable(tokens.get(AccountKey.check(accountKey)));
    }

    @Override
    public void save(String accountKey, OAuthTokens value) {
        tokens.put(AccountKey.check(accountKey), Objects.requireNonNull(value, "tokens is null"));
    }

    @Override
    public void delete(String accountKey) {
        tokens.remove(AccountKey.check(accountKey));
    }

    @Override
    public Set<String> accountKeys() {
        return Set.copyOf(tokens.keySet());
    }

    @Override
    public Lock lock(String accountKey, Duration timeout) {
        Objects.requireNonNull(timeout, "timeout is null");
        ReentrantLock lock = locks.computeIfAbsent(AccountKey.check(accountKey), key -> new ReentrantLock());
        try {
            if (!lock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new OAuthTokenException(OAuthTokenException.Part.TOKEN_STORE, "timed out after "
                        + timeout.toMillis() + " ms waiting for another refresh of account '" + accountKey + "'", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OAuthTokenException(OAuthTokenException.Part.TOKEN_STORE, "interrupted while waiting for the "
                    + "token store lock of account '" + accountKey + "'", null, null, null, e);
        }
        return new Lock() {
            private boolean released;

            @Override
            public synchronized void close() {
                if (!released) {
                    released = true;
                    lock.unlock();
                }
            }
        };
    }

    @Override
    public String toString() {
        return "OAuthTokenStore.inMemory[accounts=" + tokens.size() + "]";
    }
}
