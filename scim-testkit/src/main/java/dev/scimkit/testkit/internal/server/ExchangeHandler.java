package dev.scimkit.testkit.internal.server;

import dev.scimkit.testkit.internal.http.FakeResponse;
import dev.scimkit.testkit.internal.http.ProtocolException;
import dev.scimkit.testkit.internal.http.WireRequest;

/** What {@link NioHttpServer} calls with the requests it decoded. */
interface ExchangeHandler {

    /**
     * Handles one complete request; called on a worker thread. Must eventually call
     * {@link Exchange#respond} or {@link Exchange#drop} (possibly from another thread).
     *
     * @param exchange the request and its way back
     */
    void handle(Exchange exchange);

    /**
     * Builds the answer to a request refused at the HTTP level (the connection closes after it); called
     * on the selector thread, so it must be quick.
     *
     * @param error   what is wrong (its status is 4xx)
     * @param partial what is known of the request (method, target, headers), or {@code null}
     * @return the response to send
     */
    FakeResponse reject(ProtocolException error, WireRequest partial);
}
