package dev.scimkit.client.internal;

import dev.scimkit.client.OAuthTokenException;
import dev.scimkit.client.OAuthTokenStore;
import dev.scimkit.client.OAuthTokens;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@link OAuthTokenStore#file(Path)}: one JSON file ({@link TokenFileFormat}) replaced atomically on every
 * write, owner-only where POSIX permissions exist, never reset when unreadable.
 *
 * <p>Locking, so that threads, other store objects on the same file and other processes agree: a
 * sibling {@code <name>.lock} file carries operating-system byte-range locks, byte 0 for writing the
 * data file and byte {@code 1 + hash(account)} for an account's refresh ({@link #lock}); in this process
 * a {@link ReentrantLock} per account and one for writes come first, so threads queue without polling.
 * The lock file is never deleted (deleting it would let two holders lock different files).
 */
public final class FileTokenStore implements OAuthTokenStore {

    private static final long MAX_FILE_BYTES = 16L << 20;
    private static final Duration WRITE_LOCK_TIMEOUT = Duration.ofSeconds(30);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final Path lockFile;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Map<String, ReentrantLock> accountLocks = new ConcurrentHashMap<>();

    /** @param file the data file */
    public FileTokenStore(Path file) {
        this.file = file.toAbsolutePath().normalize();
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
    }

    @Override
    public Optional<OAuthTokens> load(String accountKey) {
        return Optional.ofNullable(read().get(AccountKey.check(accountKey)));
    }

    @Override
    public Set<String> accountKeys() {
        return Set.copyOf(read().keySet());
    }

    @Override
    public void save(String accountKey, OAuthTokens tokens) {
        AccountKey.check(accountKey);
        Objects.requireNonNull(tokens, "tokens is null");
        update(all -> all.put(accountKey, tokens));
    }

    @Override
    public void delete(String accountKey) {
        AccountKey.check(accountKey);
        update(all -> all.remove(accountKey));
    }

    @Override
    public Lock lock(String accountKey, Duration timeout) {
        AccountKey.check(accountKey);
        Objects.requireNonNull(timeout, "timeout is null");
        long deadline = System.nanoTime() + timeout.toNanos();
        ReentrantLock local = accountLocks.computeIfAbsent(accountKey, key -> new ReentrantLock());
        acquire(local, deadline, "the refresh lock of account '" + accountKey + "'");
        try {
            HeldRange range = lockRange(1 + (accountKey.hashCode() & 0x7fffffffL), deadline,
                    "the refresh lock of account '" + accountKey + "'");
            return new Lock() {
                private boolean released;

                @Override
                public synchronized void close() {
                    if (!released) {
                        released = true;
                        range.close();
                        local.unlock();
                    }
                }
            };
        } catch (RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    /** Reads the whole file under the write lock, changes it, and replaces it atomically. */
    private void update(java.util.function.Consumer<Map<String, OAuthTokens>> change) {
        long deadline = System.nanoTime() + WRITE_LOCK_TIMEOUT.toNanos();
        acquire(writeLock, deadline, "the write lock");
        try (HeldRange ignored = lockRange(0, deadline, "the write lock")) {
            Map<String, OAuthTokens> all = new java.util.TreeMap<>(read());
            change.accept(all);
            replace(TokenFileFormat.write(all));
        } finally {
            writeLock.unlock();
        }
    }

    private Map<String, OAuthTokens> read() {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw failure("is larger than " + MAX_FILE_BYTES + " bytes", null);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException absent) {
            return Map.of();
        } catch (IOException e) {
            throw failure("cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        try {
            return TokenFileFormat.read(bytes);
        } catch (TokenFileFormat.Corrupt e) {
            throw failure("is corrupt: " + e.getMessage() + ". It is never reset automatically: restore it from a "
                    + "backup, or move it away and authorize the app again", null);
        }
    }

    /** Write-to-temporary, force, atomic rename, force the directory. */
    private void replace(byte[] content) {
        Path directory = file.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, "." + file.getFileName(), ".tmp", ownerOnly(directory));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw failure("cannot be replaced atomically on this file system", e);
            }
            temporary = null;
            forceDirectory(directory);
        } catch (IOException e) {
            throw failure("cannot be written (" + e.getClass().getSimpleName() + ")", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the temporary file holds no more than the store will hold; nothing else to do
                }
            }
        }
    }

    /** Makes the rename durable; file systems that cannot open directories (Windows) skip it. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // best effort: the data file itself was forced before the rename
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path directory) {
        boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
    }

    /** An operating-system lock on one byte of the lock file, with its own channel. */
    private record HeldRange(FileChannel channel, FileLock lock) implements AutoCloseable {
        @Override
        public void close() {
            try {
                lock.release();
            } catch (IOException ignored) {
                // closing the channel below releases it as well
            }
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to do: the lock is gone with the channel
            }
        }
    }

    private HeldRange lockRange(long position, long deadline, String what) {
        FileChannel channel = null;
        try {
            Files.createDirectories(lockFile.getParent());
            try {
                Files.createFile(lockFile, ownerOnly(lockFile.getParent()));
            } catch (FileAlreadyExistsException exists) {
                // shared with other holders, as intended
            }
            channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
            long pause = TimeUnit.MILLISECONDS.toNanos(1);
            while (true) {
                FileLock lock = null;
                try {
                    lock = channel.tryLock(position, 1, false);
                } catch (OverlappingFileLockException heldInThisProcess) {
                    // another store object in this JVM holds it: wait like for another process
                }
                if (lock != null) {
                    return new HeldRange(channel, lock);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw failure("is busy: timed out waiting for " + what, null);
                }
                LockSupport.parkNanos(Math.min(pause, left));
                pause = Math.min(pause * 2, TimeUnit.MILLISECONDS.toNanos(50));
                if (Thread.interrupted()) {
                    Thread.currentThread().interrupt();
                    throw failure("lock wait was interrupted", null);
                }
            }
        } catch (IOException e) {
            close(channel);
            throw failure("cannot be locked (" + e.getClass().getSimpleName() + " on " + lockFile.getFileName() + ")", e);
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing; the original error is reported
            }
        }
    }

    private void acquire(ReentrantLock lock, long deadline, String what) {
        try {
            if (!lock.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw failure("is busy: timed out waiting for " + what, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("lock wait was interrupted", e);
        }
    }

    private OAuthTokenException failure(String what, Throwable cause) {
        return new OAuthTokenException(OAuthTokenException.Part.TOKEN_STORE, "the OAuth token store " + file + " "
                + what, null, null, null, cause);
    }

    @Override
    public String toString() {
        return "OAuthTokenStore.file[" + file + "]";
    }
}
