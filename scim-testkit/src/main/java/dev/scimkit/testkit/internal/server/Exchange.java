package dev.scimkit.testkit.internal.server;

import dev.scimkit.testkit.internal.http.FakeResponse;
import dev.scimkit.testkit.internal.http.WireRequest;
import java.util.concurrent.atomic.AtomicBoolean;

/** One decoded request and the connection its answer goes back on. Answered once; thread-safe. */
final class Exchange {

    private final Connection connection;
    private final WireRequest request;
    private final AtomicBoolean answered = new AtomicBoolean();

    Exchange(Connection connection, WireRequest request) {
        this.connection = connection;
        this.request = request;
    }

    /** @return the request as received */
    WireRequest request() {
        return request;
    }

    /**
     * Sends the response (written at once if the socket takes it, else by the selector thread).
     *
     * @param response the response; later calls are ignored
     */
    void respond(FakeResponse response) {
        if (answered.compareAndSet(false, true)) {
            connection.respond(request, response);
        }
    }

    /** Closes the connection without a response (a scripted fault). */
    void drop() {
        if (answered.compareAndSet(false, true)) {
            connection.abort();
        }
    }

    /** @return whether {@link #respond} or {@link #drop} was called */
    boolean answered() {
        return answered.get();
    }
}
