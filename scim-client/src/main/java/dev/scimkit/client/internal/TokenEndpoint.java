package dev.scimkit.client.internal;

import dev.scimkit.client.InvalidResponseException;
import dev.scimkit.client.OAuthTokenException;
import dev.scimkit.client.ScimClientException;
import dev.scimkit.client.ScimConnectionException;
import dev.scimkit.client.ScimInterruptedException;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.dialect.RateCategory;
import dev.scimkit.core.json.JsonLimits;
import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The one HTTP path to an OAuth endpoint of Zoom, shared by {@code ZoomServerToServerOAuth} and
 * {@code ZoomOAuthApp}: a POST with HTTP Basic client credentials and a form body (plus query
 * parameters where Zoom documents them and nothing secret travels), sent through
 * {@link HttpClientTransport}, which bounds the whole exchange (connect, headers and body) by the
 * request timeout and caps the body; a stalled endpoint ends in a {@link ScimConnectionException}.
 *
 * <p>Answers are read as RFC 6749 §5.1/§5.2 with Zoom's shapes: a token response
 * ({@link Issued}), or a refusal {@code {"reason":…,"error":…}} with Zoom's numeric code in
 * {@code errorCode} or {@code code} when present, which becomes an {@link OAuthTokenException}. Any
 * text the server sends back is scrubbed of the secrets the request carried before it reaches a message.
 */
public final class TokenEndpoint {

    /** The largest token response accepted. */
    public static final long MAX_RESPONSE_BYTES = 64 * 1024;
    /** The lifetime assumed when a token response has no {@code expires_in}: Zoom's documented hour. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);
    /** The longest lifetime believed; a larger {@code expires_in} (even {@code 1e30}) is clamped to it. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(1);

    private static final int MAX_REASON = 300;
    private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(MAX_LIFETIME.toSeconds());
    private static final JsonLimits LIMITS = JsonLimits.defaults().withMaxDepth(8);

    private final Transport transport;
    private final Duration requestTimeout;
    private final String basicCredentials;
    private final String clientSecret;

    /**
     * A refusal as the endpoint stated it.
     *
     * @param status the HTTP status
     * @param error  the RFC 6749 {@code error} member, or {@code null}
     * @param code   Zoom's numeric code, or {@code null}
     * @param reason Zoom's message ({@code reason}, {@code error_description}, …), scrubbed, or {@code null}
     */
    public record Refusal(int status, String error, Integer code, String reason) {
    }

    /**
     * A token response.
     *
     * @param accessToken  the access token, or {@code null} when {@link #problem()} says it is unusable
     * @param refreshToken the (rotated) refresh token, or {@code null} when none was sent
     * @param lifetime     how long the access token lives ({@code expires_in}, clamped)
     * @param scope        the granted scope, or empty
     * @param problem      why the response cannot be used as a whole, or {@code null} when it can; a refresh
     *                     token that did arrive is still valid and must be kept
     */
    public record Issued(String accessToken, String refreshToken, Duration lifetime, String scope, String problem) {
        @Override
        public String toString() {
            return "Issued[lifetime=" + lifetime + ", scope=" + scope + ", refreshToken="
                    + (refreshToken != null) + (problem == null ? "" : ", problem=" + problem) + "]";
        }
    }

    /**
     * @param httpClient     the client (must not follow redirects)
     * @param requestTimeout the deadline for one whole exchange
     * @param clientId       the client id (sent as HTTP Basic user)
     * @param clientSecret   the client secret (HTTP Basic password; scrubbed from every message)
     */
    public TokenEndpoint(HttpClient httpClient, Duration requestTimeout, String clientId, String clientSecret) {
        this(new HttpClientTransport(httpClient, requestTimeout, MAX_RESPONSE_BYTES), requestTimeout, clientId,
                clientSecret);
    }

    /**
     * @param transport      the wire (tests substitute scripted ones)
     * @param requestTimeout the deadline for one whole exchange
     * @param clientId       the client id
     * @param clientSecret   the client secret
     */
    public TokenEndpoint(Transport transport, Duration requestTimeout, String clientId, String clientSecret) {
        this.transport = transport;
        this.requestTimeout = requestTimeout;
        this.clientSecret = clientSecret;
        this.basicCredentials = "Basic " + Base64.getEncoder().encodeToString(
                (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    }

    /** @return the deadline of one exchange */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /**
     * Asks for tokens.
     *
     * @param endpoint   the token endpoint
     * @param query      parameters for the query string (never secrets), possibly empty
     * @param form       parameters for the form body, possibly empty
     * @param secrets    values the request carries that must never appear in a message
     * @param classifier which part of the configuration a refusal blames
     * @return the response, possibly with a {@link Issued#problem()}
     * @throws OAuthTokenException     if the endpoint refused (400/401)
     * @throws ScimConnectionException if no answer arrived within the timeout
     * @throws ScimClientException     for any other answer (429, 5xx, redirect, malformed body: 502)
     */
    public Issued tokens(URI endpoint, Map<String, String> query, Map<String, String> form, Collection<String> secrets,
                         Function<Refusal, OAuthTokenException.Part> classifier) {
        Answer answer = post(endpoint, query, form, secrets, classifier);
        JsonObject body = answer.json();
        if (body == null) {
            throw malformed(answer.request(), answer.status(), "the token response is not a JSON object");
        }
        String refreshToken = headerSafe(body.get("refresh_token"));
        String accessToken = headerSafe(body.get("access_token"));
        String scope = body.get("scope") instanceof JsonString s ? s.getString() : "";
        String problem = null;
        Duration lifetime = DEFAULT_LIFETIME;
        if (body.containsKey("refresh_token") && refreshToken == null) {
            problem = "refresh_token is not a token string";
        } else if (accessToken == null) {
            problem = body.containsKey("access_token") ? "access_token is not a token string" : "it has no access_token";
        } else if (body.get("token_type") instanceof JsonString type
                && !type.getString().toLowerCase(Locale.ROOT).equals("bearer")) {
            problem = "token_type is not bearer";
        } else {
            try {
                lifetime = lifetime(body.get("expires_in"));
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        return new Issued(problem == null ? accessToken : null, refreshToken, lifetime, scope, problem);
    }

    /**
     * Posts a form and requires a 2xx answer (revocation).
     *
     * @param endpoint   the endpoint
     * @param form       the form parameters
     * @param secrets    values never to show in a message
     * @param classifier which part a refusal blames
     * @throws OAuthTokenException     if the endpoint refused (400/401)
     * @throws ScimConnectionException if no answer arrived within the timeout
     * @throws ScimClientException     for any other non-2xx answer
     */
    public void post(URI endpoint, Map<String, String> form, Collection<String> secrets,
                     Function<Refusal, OAuthTokenException.Part> classifier) {
        post(endpoint, Map.of(), form, secrets, classifier);
    }

    /**
     * Whether a failed exchange may have been applied by the server although its answer did not arrive
     * or cannot be read: a rotating refresh token may then already be spent.
     *
     * @param failure a failure from {@link #tokens}
     * @return {@code true} for a connection that failed (or a wait interrupted) after the request may have
     *         left, an unreadable or oversized 2xx answer or one without a status, and 500, 502, 504;
     *         {@code false} for a refusal, a request never sent, and answers that say nothing was done
     *         (other 4xx, 429, 503, redirects)
     */
    public static boolean mayHaveBeenApplied(ScimClientException failure) {
        if (failure instanceof OAuthTokenException) {
            return false;
        }
        if (failure instanceof ScimConnectionException || failure instanceof ScimInterruptedException) {
            return !SendStage.neverSent(failure);
        }
        int status = failure instanceof InvalidResponseException invalid ? invalid.responseStatus() : failure.status();
        return status == 0 || status >= 200 && status < 300 || status == 500 || status == 502 || status == 504;
    }

    /**
     * Parses {@code expires_in}: absent means {@link #DEFAULT_LIFETIME}; more than {@link #MAX_LIFETIME}
     * (up to {@code 1e30} or {@code Long.MAX_VALUE}) is clamped to it; a fraction is rounded down.
     *
     * @param value the member's value, or {@code null}
     * @return the lifetime
     * @throws IllegalArgumentException if it is not a number of seconds of at least 1 (negative, zero,
     *                                  text, overflowing exponent)
     */
    public static Duration lifetime(JsonValue value) {
        if (value == null) {
            return DEFAULT_LIFETIME;
        }
        BigDecimal seconds;
        try {
            if (value instanceof JsonNumber number) {
                seconds = number.bigDecimalValue();
            } else if (value instanceof JsonString text && text.getString().length() <= 40) {
                seconds = new BigDecimal(text.getString().strip());
            } else {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("expires_in is not a number of seconds");
        }
        if (seconds.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException("expires_in " + shortText(seconds) + " is not a positive number of seconds");
        }
        if (seconds.compareTo(MAX_SECONDS) > 0) {
            return MAX_LIFETIME;
        }
        return Duration.ofSeconds(seconds.longValue());
    }

    private static String shortText(BigDecimal number) {
        String text = number.toString();
        return text.length() <= 24 ? text : text.substring(0, 24) + "…";
    }

    private record Answer(String request, int status, JsonObject json) {
    }

    private Answer post(URI endpoint, Map<String, String> query, Map<String, String> form, Collection<String> secrets,
                        Function<Refusal, OAuthTokenException.Part> classifier) {
        URI target = query.isEmpty() ? endpoint : URI.create(endpoint + (endpoint.getRawQuery() == null ? "?" : "&")
                + encode(query));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("authorization", basicCredentials);
        headers.put("accept", "application/json");
        byte[] body = null;
        if (!form.isEmpty()) {
            headers.put("content-type", "application/x-www-form-urlencoded");
            body = encode(form).getBytes(StandardCharsets.US_ASCII);
        }
        ScimRequest request = new ScimRequest("POST", target, headers, body, RateCategory.MEDIUM, null, 1, null);
        ScimResponse response = Waiting.await(() -> SendStage.sendOnce(transport, request));
        JsonObject json = parse(response.body());
        int status = response.status();
        if (status >= 200 && status < 300) {
            return new Answer(request.describe(), status, json);
        }
        List<String> scrub = new java.util.ArrayList<>(secrets);
        scrub.add(clientSecret);
        Refusal refusal = new Refusal(status, text(json, List.of("error"), scrub), code(json),
                text(json, List.of("reason", "error_description", "errorMessage", "message"), scrub));
        String detail = "Zoom's OAuth endpoint answered HTTP " + status + describe(refusal);
        if (status == 400 || status == 401) {
            return raise(new OAuthTokenException(classifier.apply(refusal), detail, request.describe(),
                    refusal.error(), refusal.code(), null));
        }
        if (status >= 300 && status < 400) {
            throw new ScimClientException(status, null, detail + "; redirects are not followed for OAuth requests "
                    + "(the credentials could reach another host): set the endpoint's final URI", request.describe(), null);
        }
        throw new ScimClientException(status, null, detail, request.describe(), null);
    }

    private static <T> T raise(OAuthTokenException e) {
        throw e;
    }

    private static String describe(Refusal refusal) {
        StringBuilder out = new StringBuilder();
        if (refusal.reason() != null) {
            out.append(": ").append(refusal.reason());
        }
        if (refusal.error() != null || refusal.code() != null) {
            out.append(" (").append(refusal.error() == null ? "" : refusal.error())
                    .append(refusal.error() != null && refusal.code() != null ? ", " : "")
                    .append(refusal.code() == null ? "" : "Zoom " + refusal.code()).append(')');
        }
        return out.toString();
    }

    private static ScimClientException malformed(String request, int status, String what) {
        return new InvalidResponseException(status, null, "malformed answer from Zoom's OAuth endpoint: " + what, request,
                null);
    }

    private static JsonObject parse(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return ScimJson.parseObject(body, LIMITS);
        } catch (ScimException | NumberFormatException | ArithmeticException notJson) {
            return null;
        }
    }

    /** A string safe to send in an HTTP header: printable ASCII without spaces, at most 8 KiB. */
    private static String headerSafe(JsonValue value) {
        if (!(value instanceof JsonString text)) {
            return null;
        }
        String s = text.getString();
        if (s.isEmpty() || s.length() > 8192) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7F) {
                return null;
            }
        }
        return s;
    }

    private static Integer code(JsonObject json) {
        if (json == null) {
            return null;
        }
        for (String name : List.of("errorCode", "code")) {
            JsonValue value = json.get(name);
            if (value instanceof JsonNumber number && number.isIntegral()) {
                try {
                    return number.intValueExact();
                } catch (ArithmeticException tooLarge) {
                    return null;
                }
            }
            if (value instanceof JsonString text && text.getString().matches("[0-9]{1,9}")) {
                return Integer.valueOf(text.getString());
            }
        }
        return null;
    }

    /** The first of the members that is a string, scrubbed of secrets and control characters, shortened. */
    private static String text(JsonObject json, List<String> names, Collection<String> secrets) {
        if (json == null) {
            return null;
        }
        for (String name : names) {
            if (json.get(name) instanceof JsonString value && !value.getString().isBlank()) {
                return scrub(value.getString(), secrets);
            }
        }
        return null;
    }

    /**
     * @param text    text a server sent back
     * @param secrets values the request carried
     * @return the text with each secret replaced by {@code <redacted>}, control characters removed,
     *         at most {@value #MAX_REASON} characters
     */
    static String scrub(String text, Collection<String> secrets) {
        String out = text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 4) {
                out = out.replace(secret, "<redacted>");
            }
        }
        StringBuilder clean = new StringBuilder(Math.min(out.length(), MAX_REASON + 1));
        for (int i = 0; i < out.length() && clean.length() <= MAX_REASON; i++) {
            char c = out.charAt(i);
            clean.append(Character.isISOControl(c) ? ' ' : c);
        }
        return clean.length() > MAX_REASON ? clean.substring(0, MAX_REASON) + "…" : clean.toString();
    }

    private static String encode(Map<String, String> parameters) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            out.append(out.length() == 0 ? "" : "&").append(UriPolicy.encode(parameter.getKey())).append('=')
                    .append(UriPolicy.encode(parameter.getValue()));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "TokenEndpoint[timeout=" + requestTimeout + "]";
    }
}
