package dev.scimkit.testkit.internal.server;

import dev.scimkit.testkit.internal.http.FakeResponse;
import dev.scimkit.testkit.internal.http.ProtocolException;
import dev.scimkit.testkit.internal.http.RequestDecoder;
import dev.scimkit.testkit.internal.http.ResponseEncoder;
import dev.scimkit.testkit.internal.http.WireRequest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * One client connection: a state machine driven by the selector thread (reads, deadlines, pending
 * writes) and by the worker that answers its current request (which writes the answer itself when the
 * socket takes it whole). Every field is guarded by {@code this}.
 *
 * <pre>
 * READING --complete request--> BUSY --respond--> WRITING --written--> READING (keep-alive)
 *    |                                                          \-----> DRAINING --EOF/bound/deadline--> CLOSED
 *    \--malformed, too large, too slow--> WRITING (4xx, close) --> DRAINING
 * </pre>
 *
 * <p>One request is handled at a time; bytes a client sends early (pipelining) wait in the buffer,
 * which is bounded: when it is full, reading pauses until the current answer is written.
 */
final class Connection {

    private enum State { READING, BUSY, WRITING, DRAINING, CLOSED }

    private static final int INITIAL_BUFFER = 16 * 1024;
    /** Reads per readiness event, so one fast sender cannot starve the other connections. */
    private static final int READS_PER_EVENT = 16;
    private static final int NO_ROOM = -2;

    private final NioHttpServer server;
    private final SocketChannel channel;
    private final SelectionKey key;
    private final RequestDecoder decoder;

    private State state = State.READING;
    /** Unconsumed input, in read mode (position to limit). */
    private ByteBuffer in = ByteBuffer.allocate(INITIAL_BUFFER).flip();
    private int interest = SelectionKey.OP_READ;
    private boolean requestStarted;
    private boolean inputClosed;
    private boolean readPaused;
    private long deadline;
    private ByteBuffer[] pending;
    private boolean closeAfterWrite;
    private long drained;

    Connection(NioHttpServer server, SocketChannel channel, SelectionKey key) {
        this.server = server;
        this.channel = channel;
        this.key = key;
        this.decoder = new RequestDecoder(server.limits());
        this.deadline = server.deadlineFromNow();
    }

    // --------------------------------------------------------------------------------- selector thread

    /** The socket has bytes (or EOF). */
    synchronized void onReadable() {
        try {
            for (int reads = 0; reads < READS_PER_EVENT; reads++) {
                if (state == State.DRAINING) {
                    drain();
                    return;
                }
                if (state == State.CLOSED || state != State.READING && readPaused) {
                    return;
                }
                int n = readSome();
                if (n == NO_ROOM) {
                    pauseReading();     // the buffer is full while an answer is pending
                    return;
                }
                if (n < 0) {
                    endOfInput();
                    return;
                }
                if (n == 0) {
                    return;
                }
                if (state == State.READING) {
                    decodeAvailable();
                }
            }
        } catch (IOException | CancelledKeyException e) {
            close();
        }
    }

    /** The socket can take more of a pending response. */
    synchronized void onWritable() {
        if (state != State.WRITING || pending == null) {
            return;
        }
        try {
            if (writePending() > 0) {
                deadline = server.deadlineFromNow();
            }
            if (pending == null) {
                afterWrite();
            }
        } catch (IOException | CancelledKeyException e) {
            close();
        }
    }

    /**
     * Enforces the read timeout: a request that has not fully arrived gets 408, an idle kept-alive
     * connection, a stalled write or an overlong drain is closed.
     */
    synchronized void checkDeadline(long now) {
        if (state == State.BUSY || state == State.CLOSED || now - deadline < 0) {
            return;
        }
        if (state == State.READING && requestStarted) {
            reject(new ProtocolException(408, "The request did not arrive completely within the read timeout of "
                    + server.limits().readTimeout().toMillis() + " ms."));
        } else {
            close();
        }
    }

    // --------------------------------------------------------------------------------- worker threads

    /** Sends the answer to {@code request}. */
    void respond(WireRequest request, FakeResponse response) {
        boolean close = !request.keepAlive() || ResponseEncoder.asksToClose(response) || server.closing();
        ByteBuffer[] bytes = server.encoder().encode(response, request.isHead(), close,
                request.minorVersion() == 0 && !close);
        synchronized (this) {
            if (state == State.BUSY) {
                startWrite(bytes, close);
            }
        }
    }

    /** Closes at once, without an answer: the client sees the connection end. */
    synchronized void abort() {
        try {
            channel.shutdownOutput();
        } catch (IOException e) {
            // closing anyway
        }
        close();
    }

    // --------------------------------------------------------------------------------- state machine

    /** Decodes what is buffered; dispatches a complete request or refuses a bad one. */
    private void decodeAvailable() {
        while (state == State.READING) {
            if (!in.hasRemaining() && !decoder.inProgress()) {
                if (requestStarted) {
                    requestStarted = false;
                    deadline = server.deadlineFromNow();    // now idle
                }
                return;
            }
            if (!requestStarted) {
                requestStarted = true;
                deadline = server.deadlineFromNow();        // the request's whole time starts now
            }
            RequestDecoder.Progress progress;
            try {
                progress = decoder.decode(in);
            } catch (ProtocolException e) {
                reject(e);
                return;
            }
            switch (progress) {
                case NEED_MORE -> {
                    return;
                }
                case SEND_CONTINUE -> sendContinue();
                case COMPLETE -> {
                    WireRequest request = decoder.take();
                    requestStarted = false;
                    state = State.BUSY;
                    server.dispatch(new Exchange(this, request));
                    return;
                }
                default -> throw new IllegalStateException(progress.name());
            }
        }
    }

    private void sendContinue() {
        try {
            ByteBuffer interim = ByteBuffer.wrap(ResponseEncoder.CONTINUE);
            channel.write(interim);
            if (interim.hasRemaining()) {
                close();    // the client is not reading its answers; nothing sensible is left to do
            }
        } catch (IOException e) {
            close();
        }
    }

    /** Answers a request refused at the HTTP level, then closes (the framing of what follows is unknown). */
    private void reject(ProtocolException error) {
        FakeResponse response;
        try {
            response = server.handler().reject(error, decoder.partial());
        } catch (RuntimeException e) {
            NioHttpServer.LOG.log(System.Logger.Level.ERROR, "fake failed to answer a refused request", e);
            close();
            return;
        }
        requestStarted = false;
        state = State.BUSY;
        startWrite(server.encoder().encode(response, false, true, false), true);
    }

    private void startWrite(ByteBuffer[] bytes, boolean close) {
        state = State.WRITING;
        closeAfterWrite = close;
        pending = bytes;
        try {
            writePending();
            if (pending == null) {
                afterWrite();
            } else {
                deadline = server.deadlineFromNow();
                setInterest(SelectionKey.OP_WRITE | (readPaused ? 0 : SelectionKey.OP_READ));
            }
        } catch (IOException | CancelledKeyException e) {
            close();
        }
    }

    /** @return bytes written; clears {@link #pending} when all are */
    private long writePending() throws IOException {
        long total = 0;
        while (true) {
            long n = channel.write(pending);
            total += n;
            if (!pending[pending.length - 1].hasRemaining()) {
                pending = null;
                return total;
            }
            if (n == 0) {
                return total;
            }
        }
    }

    private void afterWrite() {
        if (closeAfterWrite || server.closing()) {
            startDrain();
            return;
        }
        state = State.READING;
        deadline = server.deadlineFromNow();
        readPaused = false;
        setInterest(SelectionKey.OP_READ);
        decodeAvailable();      // a pipelined request may already be here
        if (state == State.READING && inputClosed) {
            close();
        }
    }

    private void endOfInput() {
        inputClosed = true;
        if (state == State.READING) {
            if (in.hasRemaining() || decoder.inProgress()) {
                decodeAvailable();      // a complete request before EOF is still answered
            }
            if (state == State.READING) {
                close();
            }
        } else {
            pauseReading();             // EOF stays readable; answer first, then close
        }
    }

    /**
     * Lingering close: the answer is written, output shut down (FIN), and whatever the client still sends
     * is read and discarded, up to a bound and a deadline, so that closing does not reset a connection
     * whose client is still sending its body and has yet to read the answer.
     */
    private void startDrain() {
        state = State.DRAINING;
        pending = null;
        in = ByteBuffer.allocate(0);
        try {
            channel.shutdownOutput();
        } catch (IOException e) {
            close();
            return;
        }
        if (inputClosed) {
            close();
            return;
        }
        deadline = server.deadlineFromNow();
        readPaused = false;
        setInterest(SelectionKey.OP_READ);
    }

    private void drain() throws IOException {
        ByteBuffer scratch = server.scratch();
        for (int reads = 0; reads < READS_PER_EVENT; reads++) {
            scratch.clear();
            int n = channel.read(scratch);
            if (n < 0 || (drained += Math.max(n, 0)) > server.limits().drainBytes()) {
                close();
                return;
            }
            if (n == 0) {
                return;
            }
        }
    }

    /**
     * Reads into the buffer, growing it while a head is being read (up to the head bound).
     *
     * @return bytes read, 0 when none are waiting, -1 at end of input, {@link #NO_ROOM} when the buffer is full
     */
    private int readSome() throws IOException {
        if (in.remaining() == in.capacity()) {
            int max = server.limits().maxHeadBytes() + 1024;
            if (state != State.READING || in.capacity() >= max) {
                return NO_ROOM;
            }
            ByteBuffer bigger = ByteBuffer.allocate(Math.min(max, in.capacity() * 2));
            bigger.put(in).flip();
            in = bigger;
        }
        in.compact();
        try {
            return channel.read(in);
        } finally {
            in.flip();
        }
    }

    private void pauseReading() {
        readPaused = true;
        setInterest(interest & ~SelectionKey.OP_READ);
    }

    private void setInterest(int ops) {
        if (ops != interest && key.isValid()) {
            key.interestOps(ops);
            interest = ops;
            server.wakeupUnlessSelectorThread();
        }
    }

    /** Closes the socket and forgets the connection; idempotent. */
    synchronized void close() {
        if (state == State.CLOSED) {
            return;
        }
        state = State.CLOSED;
        pending = null;
        in = ByteBuffer.allocate(0);
        key.cancel();
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to release
        }
        server.closed(this);
    }
}
