package dev.scimkit.client.internal;

import dev.scimkit.core.dialect.RateCategory;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One request as it travels through the pipeline: immutable; stages derive changed copies.
 *
 * @param method   the HTTP method, upper case
 * @param uri      the absolute target
 * @param headers  request headers, names in lower case
 * @param body     the body bytes, or {@code null} for none
 * @param category which rate-limit bucket the request draws from
 * @param probe    for a non-idempotent request, how to find out whether it already took effect;
 *                 {@code null} when it must never be repeated after an unknown outcome
 * @param attempt  the 1-based attempt number, set by the retry stage
 * @param deadline when the whole call (every attempt and wait) must be over, read with the client's
 *                 clock; {@code null} for none (each attempt is still bounded by the request timeout)
 */
public record ScimRequest(String method, URI uri, Map<String, String> headers, byte[] body,
                          RateCategory category, RecoveryProbe probe, int attempt, Instant deadline) {

    /** Checks nulls and freezes the headers. */
    public ScimRequest {
        Objects.requireNonNull(method, "method is null");
        Objects.requireNonNull(uri, "uri is null");
        Objects.requireNonNull(category, "category is null");
        headers = Map.copyOf(headers);
    }

    /**
     * @param method   the HTTP method
     * @param uri      the target
     * @param body     the body, or {@code null}
     * @param category the rate-limit bucket
     * @return a request without headers, probe, attempt number or deadline
     */
    public static ScimRequest of(String method, URI uri, byte[] body, RateCategory category) {
        return new ScimRequest(method, uri, Map.of(), body, category, null, 1, null);
    }

    /** @return whether repeating this request after an unknown outcome is harmless */
    public boolean idempotent() {
        return !method.equals("POST");
    }

    /**
     * @param name  the header name (any case)
     * @param value its value
     * @return a copy with the header set
     */
    public ScimRequest withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name.toLowerCase(Locale.ROOT), value);
        return new ScimRequest(method, uri, copy, body, category, probe, attempt, deadline);
    }

    /**
     * @param name the header name (any case)
     * @return a copy without the header
     */
    public ScimRequest withoutHeader(String name) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.remove(name.toLowerCase(Locale.ROOT));
        return new ScimRequest(method, uri, copy, body, category, probe, attempt, deadline);
    }

    /**
     * @param name the header name (any case)
     * @return its value, or {@code null}
     */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * @param newMethod the method
     * @param newUri    the target
     * @param newBody   the body or {@code null}
     * @return a copy aimed elsewhere (used for redirects)
     */
    public ScimRequest redirectedTo(String newMethod, URI newUri, byte[] newBody) {
        return new ScimRequest(newMethod, newUri, headers, newBody, category, probe, attempt, deadline);
    }

    /**
     * @param recoveryProbe how to find out whether the request already took effect
     * @return a copy with the probe
     */
    public ScimRequest withProbe(RecoveryProbe recoveryProbe) {
        return new ScimRequest(method, uri, headers, body, category, recoveryProbe, attempt, deadline);
    }

    /**
     * @param number the 1-based attempt
     * @return a copy carrying the attempt number
     */
    public ScimRequest withAttempt(int number) {
        return new ScimRequest(method, uri, headers, body, category, probe, number, deadline);
    }

    /**
     * @param callDeadline when the whole call must be over, or {@code null} for none
     * @return a copy with that deadline
     */
    public ScimRequest withDeadline(Instant callDeadline) {
        return new ScimRequest(method, uri, headers, body, category, probe, attempt, callDeadline);
    }

    /** @return method and path (no query, no headers: safe to log and to put in messages) */
    public String describe() {
        return method + " " + (uri.getRawPath() == null ? "/" : uri.getRawPath());
    }

    @Override
    public String toString() {
        return "ScimRequest[" + describe() + ", attempt " + attempt + "]";
    }
}
