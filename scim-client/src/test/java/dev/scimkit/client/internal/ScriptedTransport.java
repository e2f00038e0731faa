package dev.scimkit.client.internal;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** A transport that answers from a script and records what was sent. */
final class ScriptedTransport implements Transport {

    private final Deque<Function<ScimRequest, CompletableFuture<ScimResponse>>> script = new ArrayDeque<>();
    private final List<ScimRequest> sent = new ArrayList<>();

    synchronized ScriptedTransport respond(int status, String body, String... headerPairs) {
        script.add(request -> CompletableFuture.completedFuture(response(request, status, body, headerPairs)));
        return this;
    }

    synchronized ScriptedTransport fail(IOException failure) {
        script.add(request -> CompletableFuture.failedFuture(failure));
        return this;
    }

    synchronized ScriptedTransport answer(Function<ScimRequest, CompletableFuture<ScimResponse>> handler) {
        script.add(handler);
        return this;
    }

    static ScimResponse response(ScimRequest request, int status, String body, String... headerPairs) {
        Map<String, List<String>> headers = new java.util.HashMap<>();
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.put(headerPairs[i], List.of(headerPairs[i + 1]));
        }
        return new ScimResponse(request, status, HttpHeaders.of(headers, (a, b) -> true),
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public synchronized CompletableFuture<ScimResponse> send(ScimRequest request) {
        sent.add(request);
        if (script.isEmpty()) {
            throw new AssertionError("unexpected request " + request);
        }
        return script.poll().apply(request);
    }

    synchronized List<ScimRequest> sent() {
        return List.copyOf(sent);
    }

    synchronized int remaining() {
        return script.size();
    }
}
