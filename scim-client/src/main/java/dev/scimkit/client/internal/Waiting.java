package dev.scimkit.client.internal;

import dev.scimkit.client.ScimInterruptedException;
import dev.scimkit.core.ScimException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The two ways to wait for the one implementation of every call. Each operation is written once,
 * returning a {@link CompletableFuture}; its {@code …Async} form returns that future, its blocking
 * form passes the same code to {@link #await(Supplier)}.
 *
 * <p>A blocking caller is about to wait anyway, so while {@code await} starts the call the thread is
 * marked as {@linkplain #callerWaits() waiting}: the transport then sends on it with
 * {@code HttpClient.send} instead of {@code sendAsync}, whose completion always hops through the
 * common pool (on a 2-core machine a new thread per response, which halved the throughput of 8
 * blocking callers). The mark covers only the synchronous start of the call; anything that resumes
 * on another thread (after a backoff or a rate-limit wait) sends asynchronously, so no shared pool
 * thread ever blocks on a socket.
 */
public final class Waiting {

    private static final ThreadLocal<Boolean> CALLER_WAITS = new ThreadLocal<>();

    private Waiting() {
    }

    /**
     * Starts a call on this thread, marked as a waiting caller, and waits for its result.
     *
     * @param call starts the call
     * @param <T>  the result type
     * @return the result
     * @throws ScimException the call's failure, unwrapped; {@link ScimInterruptedException} if this
     *                       thread is interrupted while waiting (the call is cancelled and the
     *                       interrupt status set again)
     */
    public static <T> T await(Supplier<CompletableFuture<T>> call) {
        Boolean outer = CALLER_WAITS.get();
        CALLER_WAITS.set(Boolean.TRUE);
        CompletableFuture<T> started;
        try {
            started = call.get();
        } finally {
            if (outer == null) {
                CALLER_WAITS.remove();
            } else {
                CALLER_WAITS.set(outer);
            }
        }
        return join(started);
    }

    /**
     * @return whether the current thread is a blocking caller starting its own call, so the transport
     *         may send on it
     */
    public static boolean callerWaits() {
        return CALLER_WAITS.get() == Boolean.TRUE;
    }

    /**
     * Waits for a result already started elsewhere, rethrowing its failure unwrapped.
     *
     * @param future the result
     * @param <T>    its type
     * @return the value
     * @throws ScimException the call's failure; {@link ScimInterruptedException} if interrupted
     */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ScimInterruptedException(null, e);
        } catch (ExecutionException e) {
            throw rethrowable(e.getCause());
        } catch (CancellationException e) {
            throw new ScimInterruptedException(null, e);
        }
    }

    private static RuntimeException rethrowable(Throwable failure) {
        Throwable cause = SendStage.unwrap(failure);
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new CompletionException(cause);
    }
}
