package dev.scimkit.testkit.conformance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.filter.ComparisonOperator;
import dev.scimkit.filter.Filter;
import dev.scimkit.testkit.ZoomScimFake;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A SCIM service for tests: a proxy on 127.0.0.1 in front of the fake that passes every request
 * through, except user lists with a {@code filter}, which it answers itself with its own small
 * evaluator — an implementation independent of scim-filter that reads the RFC's open points its own
 * way ({@link Quirk}s that are defensible) or has a real defect (the others). The fake's endpoints are
 * untouched.
 */
final class DialectProxy implements AutoCloseable {

    /** How this service reads filters. */
    enum Quirk {
        /** Defensible: {@code ne} and {@code not} apply to each value; a missing attribute matches no negation. */
        PER_VALUE_NEGATION,
        /** Defensible: ordering on a multi-valued attribute compares its primary (else first) value. */
        PRIMARY_VALUE_ORDERING,
        /** Defensible: {@code pr} is true whenever the attribute appears, even as {@code ""}. */
        PRESENCE_OF_ANY_VALUE,
        /** Defensible: case-insensitive strings are compared lower-cased with the full Unicode mapping. */
        LOWER_CASE_FOLDING,
        /**
         * Defensible: the Enterprise User extension is not in {@code /Schemas}, and filters naming it are
         * declined with 400 {@code invalidFilter} (RFC 7644 §3.12).
         */
        ENTERPRISE_UNDEFINED,
        /** Defect: filters naming the Enterprise User extension are declined although {@code /Schemas} lists it. */
        ENTERPRISE_FILTER_REFUSED,
        /** Defect: {@code userName} compared case-sensitively. */
        CASE_SENSITIVE_USER_NAME,
        /** Defect: {@code userType} compared case-sensitively. */
        CASE_SENSITIVE_USER_TYPE,
        /** Defect: {@code gt ge lt le} order strings case-sensitively. */
        CASE_SENSITIVE_ORDERING,
        /** Defect: {@code not (A or B)} read as {@code not A or not B} (and likewise for and). */
        NOT_WITHOUT_DE_MORGAN
    }

    static final Set<Quirk> DEFENSIBLE = EnumSet.of(Quirk.PER_VALUE_NEGATION, Quirk.PRIMARY_VALUE_ORDERING,
            Quirk.PRESENCE_OF_ANY_VALUE, Quirk.LOWER_CASE_FOLDING);

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private final ZoomScimFake fake;
    private final Set<Quirk> quirks;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    DialectProxy(ZoomScimFake fake, Set<Quirk> quirks) {
        this.fake = fake;
        this.quirks = quirks.isEmpty() ? EnumSet.noneOf(Quirk.class) : EnumSet.copyOf(quirks);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/scim2", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/scim2");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath().substring("/scim2".length());
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            boolean get = "GET".equals(exchange.getRequestMethod()) && ("Bearer " + fake.token()).equals(auth);
            if (get && path.equalsIgnoreCase("/Schemas") && quirks.contains(Quirk.ENTERPRISE_UNDEFINED)) {
                respond(exchange, 200, "application/scim+json", schemasWithoutEnterprise());
                return;
            }
            if (get && path.equalsIgnoreCase("/Users") && query.containsKey("filter")
                    && query.get("filter").toLowerCase(Locale.ROOT).contains(ENTERPRISE.toLowerCase(Locale.ROOT))
                    && (quirks.contains(Quirk.ENTERPRISE_UNDEFINED) || quirks.contains(Quirk.ENTERPRISE_FILTER_REFUSED))) {
                respond(exchange, 400, "application/scim+json", ("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:"
                        + "Error\"],\"status\":\"400\",\"scimType\":\"invalidFilter\",\"detail\":\"no such attribute\"}")
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (get && path.equalsIgnoreCase("/Users") && query.containsKey("filter")) {
                respond(exchange, 200, "application/scim+json", filtered(query).getBytes(StandardCharsets.UTF_8));
                return;
            }
            forward(exchange, path);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(503, -1);
        } catch (RuntimeException e) {
            respond(exchange, 500, "text/plain", e.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private void forward(HttpExchange exchange, String path) throws IOException, InterruptedException {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        URI target = URI.create(fake.baseUri() + path + (rawQuery == null ? "" : "?" + rawQuery));
        byte[] body = exchange.getRequestBody().readAllBytes();
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : List.of("Authorization", "Content-Type", "Accept", "If-Match", "If-None-Match")) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        for (String header : List.of("Location", "ETag", "WWW-Authenticate", "Retry-After")) {
            response.headers().firstValue(header).ifPresent(value -> exchange.getResponseHeaders().add(header, value));
        }
        respond(exchange, response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.body());
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body)
            throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private String filtered(Map<String, String> query) throws IOException, InterruptedException {
        Filter filter = Filter.parse(query.get("filter"));
        List<JsonObject> matching = new ArrayList<>();
        for (JsonObject user : allUsers()) {
            if (eval(filter, user, false)) {
                matching.add(user);
            }
        }
        int startIndex = Math.max(1, Integer.parseInt(query.getOrDefault("startIndex", "1")));
        int count = Math.max(0, Integer.parseInt(query.getOrDefault("count", "100")));
        JsonArrayBuilder page = ScimJson.builders().createArrayBuilder();
        for (int i = startIndex - 1; i < Math.min(matching.size(), startIndex - 1 + count); i++) {
            page.add(matching.get(i));
        }
        JsonArray resources = page.build();
        return ScimJson.builders().createObjectBuilder()
                .add("schemas", ScimJson.builders().createArrayBuilder()
                        .add("urn:ietf:params:scim:api:messages:2.0:ListResponse"))
                .add("totalResults", matching.size()).add("startIndex", startIndex)
                .add("itemsPerPage", resources.size()).add("Resources", resources).build().toString();
    }

    private byte[] schemasWithoutEnterprise() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(fake.baseUri() + "/Schemas"))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + fake.token()).GET().build();
        JsonObject body = ScimJson.parseObject(client.send(request, HttpResponse.BodyHandlers.ofString()).body());
        JsonArrayBuilder kept = ScimJson.builders().createArrayBuilder();
        for (JsonValue schema : body.getJsonArray("Resources")) {
            if (!ENTERPRISE.equalsIgnoreCase(schema.asJsonObject().getString("id", ""))) {
                kept.add(schema);
            }
        }
        JsonArray resources = kept.build();
        return ScimJson.builders().createObjectBuilder(body).add("Resources", resources)
                .add("totalResults", resources.size()).build().toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<JsonObject> allUsers() throws IOException, InterruptedException {
        List<JsonObject> users = new ArrayList<>();
        for (int startIndex = 1; ; ) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(fake.baseUri() + "/Users?startIndex=" + startIndex
                            + "&count=100")).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + fake.token()).GET().build();
            JsonObject body = ScimJson.parseObject(client.send(request, HttpResponse.BodyHandlers.ofString()).body());
            JsonArray page = body.getJsonArray("Resources");
            if (page == null || page.isEmpty()) {
                return users;
            }
            page.forEach(item -> users.add(item.asJsonObject()));
            startIndex += page.size();
            if (startIndex > body.getInt("totalResults")) {
                return users;
            }
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    parameters.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return parameters;
    }

    // ---- this service's own filter evaluation ----

    private boolean eval(Filter filter, JsonObject object, boolean negated) {
        boolean swap = negated && !quirks.contains(Quirk.NOT_WITHOUT_DE_MORGAN);
        if (filter instanceof Filter.And and) {
            return swap ? eval(and.left(), object, true) || eval(and.right(), object, true)
                    : eval(and.left(), object, negated) && eval(and.right(), object, negated);
        }
        if (filter instanceof Filter.Or or) {
            return swap ? eval(or.left(), object, true) && eval(or.right(), object, true)
                    : eval(or.left(), object, negated) || eval(or.right(), object, negated);
        }
        if (filter instanceof Filter.Not not) {
            return eval(not.filter(), object, !negated);
        }
        if (filter instanceof Filter.Presence presence) {
            JsonValue top = top(object, presence.path().schemaUrn(), presence.path().name());
            List<JsonValue> values = values(top, presence.path().subAttribute());
            boolean present = quirks.contains(Quirk.PRESENCE_OF_ANY_VALUE)
                    ? top != null && (presence.path().subAttribute() == null || !values.isEmpty())
                    : values.stream().anyMatch(DialectProxy::nonEmpty);
            return present != negated;
        }
        if (filter instanceof Filter.ValuePath valuePath) {
            JsonValue top = top(object, valuePath.path().schemaUrn(), valuePath.path().name());
            List<JsonObject> elements = new ArrayList<>();
            values(top, null).forEach(value -> {
                if (value instanceof JsonObject element) {
                    elements.add(element);
                }
            });
            if (negated && quirks.contains(Quirk.PER_VALUE_NEGATION)) {
                return elements.stream().anyMatch(element -> eval(valuePath.filter(), element, true));
            }
            return elements.stream().anyMatch(element -> eval(valuePath.filter(), element, false)) != negated;
        }
        Filter.Comparison comparison = (Filter.Comparison) filter;
        boolean negative = negated != (comparison.op() == ComparisonOperator.NE);
        ComparisonOperator op = comparison.op() == ComparisonOperator.NE ? ComparisonOperator.EQ : comparison.op();
        JsonValue top = top(object, comparison.path().schemaUrn(), comparison.path().name());
        List<JsonValue> values = values(top, comparison.path().subAttribute());
        if (op.isOrdering() && top instanceof JsonArray array && quirks.contains(Quirk.PRIMARY_VALUE_ORDERING)) {
            values = primary(array, comparison.path().subAttribute());
        }
        String name = comparison.path().subAttribute() == null ? comparison.path().name()
                : comparison.path().name() + "." + comparison.path().subAttribute();
        if (negative && quirks.contains(Quirk.PER_VALUE_NEGATION)) {
            return values.stream().anyMatch(value -> !holds(name, op, value, comparison.value()));
        }
        return values.stream().anyMatch(value -> holds(name, op, value, comparison.value())) != negative;
    }

    private boolean holds(String name, ComparisonOperator op, JsonValue value, JsonValue constant) {
        if (constant == JsonValue.TRUE || constant == JsonValue.FALSE) {
            return value.getValueType() == constant.getValueType();
        }
        if (!(value instanceof JsonString text) || !(constant instanceof JsonString expected)) {
            return value instanceof JsonNumber number && constant instanceof JsonNumber other
                    && number.bigDecimalValue().compareTo(other.bigDecimalValue()) == 0;
        }
        String actual = text.getString();
        String wanted = expected.getString();
        if (name.startsWith("meta.") && op != ComparisonOperator.CO && op != ComparisonOperator.SW
                && op != ComparisonOperator.EW) {
            return ordered(op, Instant.parse(actual).compareTo(Instant.parse(wanted)));
        }
        boolean caseExact = name.equals("externalId") || name.equals("id")
                || name.equals("userName") && quirks.contains(Quirk.CASE_SENSITIVE_USER_NAME)
                || name.equals("userType") && quirks.contains(Quirk.CASE_SENSITIVE_USER_TYPE)
                || op.isOrdering() && quirks.contains(Quirk.CASE_SENSITIVE_ORDERING);
        boolean lower = !caseExact && quirks.contains(Quirk.LOWER_CASE_FOLDING);
        String a = lower ? actual.toLowerCase(Locale.ROOT) : actual;
        String b = lower ? wanted.toLowerCase(Locale.ROOT) : wanted;
        boolean ignoreCase = !caseExact && !lower;
        int n = b.length();
        return switch (op) {
            case EQ -> ignoreCase ? a.equalsIgnoreCase(b) : a.equals(b);
            case SW -> a.regionMatches(ignoreCase, 0, b, 0, n);
            case EW -> a.length() >= n && a.regionMatches(ignoreCase, a.length() - n, b, 0, n);
            case CO -> java.util.stream.IntStream.rangeClosed(0, a.length() - n)
                    .anyMatch(i -> a.regionMatches(ignoreCase, i, b, 0, n));
            default -> ordered(op, ignoreCase ? a.compareToIgnoreCase(b) : a.compareTo(b));
        };
    }

    private static boolean ordered(ComparisonOperator op, int order) {
        return switch (op) {
            case GT -> order > 0;
            case GE -> order >= 0;
            case LT -> order < 0;
            case LE -> order <= 0;
            default -> order == 0;
        };
    }

    private static JsonValue top(JsonObject object, String urn, String name) {
        JsonObject base = object;
        if (urn != null && !urn.equalsIgnoreCase("urn:ietf:params:scim:schemas:core:2.0:User")) {
            if (!(AttributeNames.get(object, urn) instanceof JsonObject extension)) {
                return null;
            }
            base = extension;
        }
        return AttributeNames.get(base, name);
    }

    /** Every non-null value of the attribute (or its sub-attribute), arrays flattened. */
    private static List<JsonValue> values(JsonValue top, String sub) {
        List<JsonValue> values = new ArrayList<>();
        List<JsonValue> items = top instanceof JsonArray array ? array : top == null ? List.of() : List.of(top);
        for (JsonValue item : items) {
            JsonValue value = sub == null ? item : item instanceof JsonObject element ? AttributeNames.get(element, sub)
                    : null;
            if (value != null && value != JsonValue.NULL) {
                values.add(value);
            }
        }
        return values;
    }

    private static List<JsonValue> primary(JsonArray array, String sub) {
        JsonValue chosen = array.stream().filter(item -> item instanceof JsonObject element
                && AttributeNames.get(element, "primary") == JsonValue.TRUE).findFirst()
                .orElse(array.isEmpty() ? null : array.get(0));
        return chosen == null ? List.of() : values(chosen, sub);
    }

    private static boolean nonEmpty(JsonValue value) {
        return !(value instanceof JsonString text && text.getString().isEmpty())
                && !(value instanceof JsonObject object && object.isEmpty());
    }
}
