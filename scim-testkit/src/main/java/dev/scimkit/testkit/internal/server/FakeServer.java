package dev.scimkit.testkit.internal.server;

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
import dev.scimkit.testkit.internal.http.ProtocolException;
import dev.scimkit.testkit.internal.http.ResponseEncoder;
import dev.scimkit.testkit.internal.http.WireLimits;
import dev.scimkit.testkit.internal.http.WireRequest;
import dev.scimkit.testkit.internal.journal.Journal;
import dev.scimkit.testkit.internal.journal.JournalBody;
import dev.scimkit.testkit.internal.misbehaviour.Misbehaviours;
import dev.scimkit.testkit.internal.ratelimit.RateLimiter;
import dev.scimkit.testkit.internal.store.ResourceStore;
import java.io.UncheckedIOException;
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
 * The running fake: a {@link NioHttpServer} on 127.0.0.1 with a bounded worker pool, and the pipeline
 * every request passes: decode (bounded head and body) → scripted fault → OAuth endpoint or bearer auth →
 * rate limit → SCIM endpoint → answer → journal.
 */
public final class FakeServer implements AutoCloseable, ExchangeHandler {

    private static final System.Logger LOG = System.getLogger(FakeServer.class.getName());
    /** The first path segment of the control API. */
    public static final String ADMIN = "__admin";

    private final FakeConfig config;
    private final NioHttpServer http;
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
    private volatile RequestHandler admin;

    private FakeServer(FakeConfig config) {
        this.config = config;
        // every connection has at most one request in flight, so the queue never overflows
        this.workers = new ThreadPoolExecutor(config.threads(), config.threads(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(NioHttpServer.MAX_CONNECTIONS + 64), threads("zoom-scim-fake-worker"));
        this.timer = Executors.newSingleThreadScheduledExecutor(threads("zoom-scim-fake-timer"));
        this.journal = new Journal(config.journalCapacity(), config.journalBytes());
        this.misbehaviours = new Misbehaviours(config.misbehaviours());
        this.tokens = new TokenRegistry(config.token(), config.clock());
        this.account = new AccountGate(config.account());
        this.oauth = new OAuthEndpoint(config.oauthClient(), config.oauthApp(), tokens, config.tokenTtl(),
                account.grantedScope(), config.clock());
        this.limiter = new RateLimiter(config.rateLimits(), config.clock());
        try {
            this.http = NioHttpServer.start(config.port(), WireLimits.of(config.maxBodyChars(), config.readTimeout()),
                    workers, this, new ResponseEncoder(config.clock()));
        } catch (RuntimeException e) {
            workers.shutdownNow();
            timer.shutdownNow();
            throw e;
        }
        this.root = URI.create("http://127.0.0.1:" + http.port());
        this.store = new ResourceStore(config.clock(), config.idSeed(), root + "/scim2",
                config.dialect().basicUserCap().isPresent() ? config.basicUserCap() : 0, config.defaultGroupName());
        this.service = new ScimService(config, store);
    }

    /**
     * Binds and starts a fake.
     *
     * @param config its configuration
     * @return the running fake
     * @throws UncheckedIOException if the port cannot be bound
     */
    public static FakeServer start(FakeConfig config) {
        return new FakeServer(config);
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

    /** Stops serving: the port is free when this returns. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        http.close();
        workers.shutdownNow();
        timer.shutdownNow();
    }

    // ---------------------------------------------------------------- pipeline

    @Override
    public void handle(Exchange exchange) {
        WireRequest wire = exchange.request();
        FakeRequest request;
        try {
            request = read(wire);
        } catch (ScimException e) {
            answer(exchange, journal.nextSequence(), partial(wire), errorResponse(e));
            return;
        }
        RequestHandler control = admin;
        if (control != null && !request.segments().isEmpty() && request.segments().get(0).equals(ADMIN)) {
            exchange.respond(control(control, request));
            return;
        }
        long sequence = journal.nextSequence();
        Fault fault = faults.take(request.method(), request.path());
        if (fault instanceof Fault.Delay delay) {
            timer.schedule(() -> workers.execute(() -> complete(exchange, sequence, request, null)),
                    delay.delay().toNanos(), TimeUnit.NANOSECONDS);
            return;
        }
        complete(exchange, sequence, request, fault);
    }

    @Override
    public FakeResponse reject(ProtocolException error, WireRequest partial) {
        FakeResponse response = errorResponse(new ScimException(error.status(), null, error.getMessage()));
        if (partial != null) {
            record(journal.nextSequence(), partial(partial), response.status(), response.body());
        }
        return response;
    }

    private void complete(Exchange exchange, long sequence, FakeRequest request, Fault fault) {
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
            record(sequence, request, 0, new byte[0]);
            exchange.drop();    // no headers sent: the connection is closed without a response
        }
    }

    /**
     * Serves {@code /__admin/**} with {@code handler} (the standalone jar's control API): behind the bearer
     * token, but outside the SCIM pipeline — no faults, rate limits, misbehaviours or journal entries.
     * Without a mount, {@code /__admin} is an unknown path like any other.
     *
     * @param handler answers control requests
     * @throws IllegalStateException if one is already mounted
     */
    public void mountAdmin(RequestHandler handler) {
        synchronized (this) {
            if (admin != null) {
                throw new IllegalStateException("a control API is already mounted");
            }
            admin = java.util.Objects.requireNonNull(handler, "handler is null");
        }
    }

    private FakeResponse control(RequestHandler handler, FakeRequest request) {
        try {
            FakeResponse refusal = authenticate(request);
            return refusal != null ? refusal : handler.handle(request);
        } catch (ScimException e) {
            return errorResponse(e);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "control API failed on " + request.method() + " " + request.path(), e);
            return errorResponse(new ScimException(500, null, "The control API failed unexpectedly: "
                    + e.getClass().getSimpleName()));
        }
    }

    /** Handles a request, with the configured misbehaviours (normally none) around it. */
    private FakeResponse dispatch(FakeRequest received) {
        FakeRequest request = misbehaviours.before(headAsGet(received));
        return misbehaviours.after(request, dispatchCorrectly(request));
    }

    /** HEAD is answered as GET; the transport leaves out the body (RFC 9110 §9.3.2). */
    private static FakeRequest headAsGet(FakeRequest request) {
        if (!request.method().equals("HEAD")) {
            return request;
        }
        return new FakeRequest("GET", request.path(), request.segments(), request.rawQuery(), request.query(),
                request.headers(), request.body());
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

    /** Percent-decodes path and query. */
    private static FakeRequest read(WireRequest wire) {
        List<String> segments = PercentDecoding.pathSegments(wire.rawPath());
        String path = "/" + String.join("/", segments);
        Map<String, String> query = PercentDecoding.queryParameters(wire.rawQuery());
        String method = wire.method().toUpperCase(Locale.ROOT);
        return new FakeRequest(method, path, segments, wire.rawQuery(), query, wire.headers(), wire.body());
    }

    /** The request as far as it could be read, without decoding (for recording a refused request). */
    private static FakeRequest partial(WireRequest wire) {
        return new FakeRequest(wire.method().toUpperCase(Locale.ROOT), wire.rawPath(), List.of(), wire.rawQuery(),
                Map.of(), wire.headers(), wire.body());
    }

    /** Records, then sends: a client that has its answer always finds the request in the journal. */
    private void answer(Exchange exchange, long sequence, FakeRequest request, FakeResponse response) {
        record(sequence, request, response.status(), response.body());
        exchange.respond(response);
    }

    private void record(long sequence, FakeRequest request, int status, byte[] responseBody) {
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
        headers.remove("authorization");
        String path = request.path();
        JournalBody body;
        JournalBody response;
        if (OAuthEndpoint.serves(path)) {   // small bodies, redacted whole
            body = JournalBody.whole(OAuthJournal.requestBody(path, request.bodyText()), request.body().length);
            response = JournalBody.whole(OAuthJournal.responseBody(path, new String(responseBody,
                    StandardCharsets.UTF_8)), responseBody.length);
        } else {
            body = JournalBody.of(request.body(), journal.bodyLimit());
            response = JournalBody.of(responseBody, journal.bodyLimit());
        }
        journal.record(new RecordedRequest(sequence, request.method(), path, OAuthJournal.query(path, request.rawQuery()),
                headers, body.text(), status, response.text(), body.size(), body.truncated(), response.size(),
                response.truncated()));
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
