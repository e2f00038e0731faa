package dev.scimkit.client.internal;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fires the deadlines of response bodies. One daemon thread per transport, started on demand and
 * gone after a second without pending deadlines (so a client needs no {@code close()}); cancelled
 * deadlines leave the queue at once, so a completed exchange costs nothing afterwards.
 */
public final class DeadlineTimer {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private final ScheduledThreadPoolExecutor executor;

    /** Creates a timer; its thread starts with the first deadline. */
    public DeadlineTimer() {
        executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "scimkit-deadline-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setKeepAliveTime(1, TimeUnit.SECONDS);
        executor.allowCoreThreadTimeOut(true);
    }

    /**
     * @param delayNanos how long from now
     * @param action     what to run then; must be quick and must not block
     * @return a handle to cancel it
     */
    public ScheduledFuture<?> schedule(long delayNanos, Runnable action) {
        return executor.schedule(action, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
    }
}
