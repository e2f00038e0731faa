package dev.scimkit.testkit.internal.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.dialect.RateCategory;
import dev.scimkit.core.dialect.ZoomError;
import dev.scimkit.testkit.Fault;
import dev.scimkit.testkit.RecordedRequest;
import dev.scimkit.testkit.RequestMatch;
import dev.scimkit.testkit.internal.auth.OAuthEndpoint;
import dev.scimkit.testkit.internal.auth.OAuthJournal;
import dev.scimkit.testkit.internal.auth.TokenRegistry;
import dev.scimkit.testkit.internal.endpoint.AccountGate;
import dev.scimkit.testkit.internal.endpoint.ScimService;
import dev.scimkit.testkit.internal.faults.FaultQueue;
import dev.scimkit.testkit.internal.http.FakeConfig;
import dev.scimkit.testkit.internal.http.FakeRequest;
import dev.scimkit.testkit.internal.http.FakeResponse;
import dev.scimkit.testkit.internal.http.PercentDecoding;
import dev.scimkit.testkit.internal.journal.Journal;
import dev.scimkit.testkit.internal.misbehaviour.Misbehaviours;
import dev.scimkit.testkit.internal.ratelimit.RateLimiter;
import dev.scimkit.testkit.internal.store.ResourceStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The running fake: a JDK {@link HttpServer} on 127.0.0.1 with a bounded worker pool, and the
 * pipeline every request passes: read (bounded body) → scripted fault → OAuth endpoint or bearer
 * auth → rate limit → SCIM endpoint → answer → journal.
 */
public final class FakeServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FakeServer.class.getName());
    private static final int QUEUE_CAPACITY = 4096;
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";
    private static final byte[] EMPTY = new byte[0];

    private final FakeConfig config;
    private final HttpServer http;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService timer;
    private final URI root;
    private final ResourceStore store;
    private final ScimService service;
    private final TokenRegistry tokens;
    private final OAuthEndpoint oauth;
    private final RateLimiter limiter;
    private final FaultQueue faults = new FaultQueue();
    private final Journal journal;
    private final Misbehaviours misbehaviours;
    private final AccountGate account;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private FakeServer(FakeConfig config, HttpServer http, ThreadPoolExecutor workers,
                       ScheduledExecutorService timer) {
        this.config = config;
        this.http = http;
        this.workers = workers;
        this.timer = timer;
        this.root = URI.create("http://127.0.0.1:" + http.getAddress().getPort());
        this.store = new ResourceStore(config.clock(), config.idSeed(), root + "/scim2",
                config.dialect().basicUserCap().isPresent() ? config.basicUserCap() : 0, config.defaultGroupName());
        this.service = new ScimService(config, store);
        this.tokens = new TokenRegistry(config.token(), config.clock());
        this.account = new AccountGate(config.account());
        this.oauth = new OAuthEndpoint(config.oauthClient(), config.oauthApp(), tokens, config.tokenTtl(),
                account.grantedScope(), config.clock());
        this.limiter = new RateLimiter(config.rateLimits(), config.clock());
        this.journal = new Journal(config.journalCapacity());
        this.misbehaviours = new Misbehaviours(config.misbehaviours());
    }

    /**
     * Binds and starts a fake.
     *
     * @param config its configuration
     * @return the running fake
     * @throws UncheckedIOException if the port cannot be bound
     */
    public static FakeServer start(FakeConfig config) {
        enableNoDelay();
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}),
                    config.port()), 512);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + config.port() + ": " + e.getMessage(), e);
        }
        ThreadPoolExecutor workers = new ThreadPoolExecutor(config.threads(), config.threads(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE_CAPACITY), threads("zoom-scim-fake-worker"),
                new ThreadPoolExecutor.CallerRunsPolicy());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(threads("zoom-scim-fake-timer"));
        FakeServer server = new FakeServer(config, http, workers, timer);
        http.createContext("/", server::handle);
        http.setExecutor(workers);
        http.start();
        return server;
    }

    /**
     * The JDK server writes a response's headers and body as two TCP segments; with Nagle's algorithm
     * on, the body waits for the client's (delayed) ACK of the headers: 40 ms per response on Linux.
     * The server reads {@value #NO_DELAY} once, when its first instance in the JVM is created, so it
     * is set here unless the application chose a value itself.
     */
    private static void enableNoDelay() {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    /** @return {@code http://127.0.0.1:PORT} */
    public URI root() {
        return root;
    }

    /** @return the store behind the fake */
    public ResourceStore store() {
        return store;
    }

    /** @return the SCIM service (seeding, views) */
    public ScimService service() {
        return service;
    }

    /** @return the token registry */
    public TokenRegistry tokens() {
        return tokens;
    }

    /** @return the journal */
    public Journal journal() {
        return journal;
    }

    /** @return the fault queue */
    public FaultQueue faults() {
        return faults;
    }

    /**
     * @param match which requests
     * @param fault what happens
     * @param times how many
     */
    public void enqueueFault(RequestMatch match, Fault fault, int times) {
        faults.enqueue(match, fault, times);
    }

    /** Empties store, journal, faults and issued tokens, refills rate-limit buckets. */
    public void reset() {
        store.reset();
        journal.clear();
        faults.clear();
        tokens.reset();
        oauth.reset();
        limiter.reset();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        http.stop(0);
        workers.shutdownNow();
        timer.shutdownNow();
    }

    // ---------------------------------------------------------------- pipeline

    private void handle(HttpExchange exchange) {
        long sequence = journal.nextSequence();
        FakeRequest request;
        try {
            request = read(exchange);
        } catch (ScimException e) {
            FakeResponse response = errorResponse(e).withHeader("Connection", "close");
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            FakeRequest partial = new FakeRequest(method, exchange.getRequestURI().getRawPath(), List.of(),
                    exchange.getRequestURI().getRawQuery(), Map.of(), headers(exchange), new byte[0]);
            answer(exchange, sequence, partial, response);
            return;
        } catch (IOException e) {
            exchange.close();
            return;
        }
        Fault fault = faults.take(request.method(), request.path());
        if (fault instanceof Fault.Delay delay) {
            timer.schedule(() -> workers.execute(() -> complete(exchange, sequence, request, null)),
                    delay.delay().toNanos(), TimeUnit.NANOSECONDS);
            return;
        }
        complete(exchange, sequence, request, fault);
    }

    private void complete(HttpExchange exchange, long sequence, FakeRequest request, Fault fault) {
        if (fault == null || fault instanceof Fault.Delay) {
            answer(exchange, sequence, request, dispatch(request));
        } else if (fault instanceof Fault.Status status) {
            answer(exchange, sequence, request, injected(status));
        } else if (fault instanceof Fault.MalformedBody) {
            byte[] truncated = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],\"totalResults\":"
                    .getBytes(StandardCharsets.UTF_8);
            answer(exchange, sequence, request, FakeResponse.bytes(200, service.contentType(), truncated));
        } else if (fault instanceof Fault.DropConnection drop) {
            if (drop.afterApplying()) {
                dispatch(request);
            }
            record(sequence, request, 0, "");
            exchange.close();   // no headers sent: the connection is closed without a response
        }
    }

    /** Handles a request, with the configured misbehaviours (normally none) around it. */
    private FakeResponse dispatch(FakeRequest received) {
        FakeRequest request = misbehaviours.before(received);
        return misbehaviours.after(request, dispatchCorrectly(request));
    }

    private FakeResponse dispatchCorrectly(FakeRequest request) {
        try {
            if (OAuthEndpoint.serves(request.path())) {
                return oauth.handle(request);
            }
            List<String> segments = request.segments();
            if (segments.isEmpty() || !(segments.get(0).equalsIgnoreCase("scim2")
                    || segments.get(0).equalsIgnoreCase("scim"))) {
                throw new ScimException(404, null, "No endpoint at " + request.path()
                        + "; SCIM is served under /scim2 (and /scim), OAuth at " + OAuthEndpoint.PATH);
            }
            FakeResponse refusal = authenticate(request);
            if (refusal != null) {
                return refusal;
            }
            List<String> rest = segments.subList(1, segments.size());
            account.check(request, rest);
            if (!limiter.enabled()) {
                return service.handle(request, rest);
            }
            RateCategory category = service.category(request, rest);
            RateLimiter.Decision decision = limiter.acquire(category);
            if (!decision.allowed()) {
                long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
                return rateHeaders(errorResponse(ZoomError.RATE_LIMITED.exception()), category, decision)
                        .withHeader("Retry-After", Long.toString(seconds));
            }
            FakeResponse response;
            try {
                response = service.handle(request, rest);
            } catch (ScimException e) {
                response = errorResponse(e);
            }
            return rateHeaders(response, category, decision);
        } catch (ScimException e) {
            return errorResponse(e);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "fake failed on " + request.method() + " " + request.path(), e);
            return errorResponse(new ScimException(500, null, "The fake failed unexpectedly: "
                    + e.getClass().getSimpleName()));
        }
    }

    private FakeResponse authenticate(FakeRequest request) {
        String authorization = request.header("authorization");
        if (authorization == null || authorization.length() < 7
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return unauthorized(ZoomError.MISSING_TOKEN);
        }
        return switch (tokens.check(authorization.substring(7).trim())) {
            case VALID -> null;
            case EXPIRED -> unauthorized(ZoomError.EXPIRED_TOKEN);
            case INVALID -> unauthorized(ZoomError.INVALID_TOKEN);
        };
    }

    private FakeResponse unauthorized(ZoomError error) {
        return errorResponse(error.exception())
                .withHeader("WWW-Authenticate", "Bearer realm=\"zoom-scim-fake\"");
    }

    private static FakeResponse rateHeaders(FakeResponse response, RateCategory category,
                                            RateLimiter.Decision decision) {
        return response.withHeader("X-RateLimit-Category", category.label())
                .withHeader("X-RateLimit-Type", "QPS")
                .withHeader("X-RateLimit-Limit", Integer.toString(decision.limit()))
                .withHeader("X-RateLimit-Remaining", Integer.toString(decision.remaining()));
    }

    private FakeResponse injected(Fault.Status fault) {
        FakeResponse response = fault.body()
                .map(body -> FakeResponse.bytes(fault.status(), service.contentType(),
                        body.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> errorResponse(new ScimException(fault.status(), null,
                        "Injected fault: HTTP " + fault.status())));
        for (Map.Entry<String, String> header : fault.headers().entrySet()) {
            response = response.withHeader(header.getKey(), header.getValue());
        }
        if (fault.retryAfter().isPresent()) {
            Duration wait = fault.retryAfter().get();
            long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
            response = response.withHeader("Retry-After", Long.toString(seconds));
        }
        return response;
    }

    private FakeResponse errorResponse(ScimException error) {
        return FakeResponse.error(error, service.contentType(), config.dialect());
    }

    // ---------------------------------------------------------------- wire

    private FakeRequest read(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String rawPath = uri.getRawPath() == null ? "/" : uri.getRawPath();
        List<String> segments = PercentDecoding.pathSegments(rawPath);
        String path = "/" + String.join("/", segments);
        Map<String, String> query = PercentDecoding.queryParameters(uri.getRawQuery());
        byte[] body = readBody(exchange, config.maxBodyChars());
        return new FakeRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT), path, segments,
                uri.getRawQuery(), query, headers(exchange), body);
    }

    /** Reads the body, at most {@code limit} bytes; a declared length is read in one allocation. */
    private static byte[] readBody(HttpExchange exchange, int limit) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        boolean chunked = exchange.getRequestHeaders().getFirst("Transfer-Encoding") != null;
        InputStream in = exchange.getRequestBody();
        if (declared != null && !chunked) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                throw ScimException.invalidSyntax("Content-Length '" + declared + "' is not a number");
            }
            if (length > limit) {
                throw tooLarge(limit);
            }
            return length == 0 ? EMPTY : in.readNBytes((int) length);
        }
        if (!chunked) {
            return EMPTY;
        }
        byte[] body = in.readNBytes(limit + 1);
        if (body.length > limit) {
            throw tooLarge(limit);
        }
        return body;
    }

    private static ScimException tooLarge(int limit) {
        return new ScimException(413, null, "The request body exceeds the limit of " + limit + " characters.");
    }

    private static Map<String, List<String>> headers(HttpExchange exchange) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        return headers;
    }

    /** Records, then sends: a client that has its answer always finds the request in the journal. */
    private void answer(HttpExchange exchange, long sequence, FakeRequest request, FakeResponse response) {
        record(sequence, request, response.status(), response.bodyText());
        try {
            response.headers().forEach(exchange.getResponseHeaders()::set);
            byte[] body = response.body();
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "client went away during the response", e);
        } finally {
            exchange.close();
        }
    }

    private void record(long sequence, FakeRequest request, int status, String responseBody) {
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
        headers.remove("authorization");
        String path = request.path();
        journal.record(new RecordedRequest(sequence, request.method(), path, OAuthJournal.query(path, request.rawQuery()),
                headers, OAuthJournal.requestBody(path, request.bodyText()), status,
                OAuthJournal.responseBody(path, responseBody)));
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
