package dev.scimkit.client.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One request as it travels through the pipeline: immutable; stages derive changed copies.
 *
 * @param method    the HTTP method, upper case
 * @param uri       the absolute target
 * @param headers   request headers, names in lower case
 * @param body      the body bytes, or {@code null} for none
 * @param category  which rate-limit bucket the request draws from
 * @param probe     for a non-idempotent request, how to find out whether it already took effect;
 *                  {@code null} when it must never be repeated after an unknown outcome
 * @param attempt   the 1-based attempt number, set by the retry stage
 * @param blocking  whether the caller waits on its own thread (a blocking API call): the transport
 *                  then sends on that thread instead of handing completion to other threads
 */
public record ScimRequest(String method, URI uri, Map<String, String> headers, byte[] body,
                          RateCategory category, RecoveryProbe probe, int attempt, boolean blocking) {

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
     * @return a non-blocking request without headers, probe or attempt number
     */
    public static ScimRequest of(String method, URI uri, byte[] body, RateCategory category) {
        return new ScimRequest(method, uri, Map.of(), body, category, null, 1, false);
    }

    /**
     * @param wait whether the caller blocks on its own thread for the result
     * @return a copy with that mode
     */
    public ScimRequest withBlocking(boolean wait) {
        return new ScimRequest(method, uri, headers, body, category, probe, attempt, wait);
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
        return new ScimRequest(method, uri, copy, body, category, probe, attempt, blocking);
    }

    /**
     * @param name the header name (any case)
     * @return a copy without the header
     */
    public ScimRequest withoutHeader(String name) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.remove(name.toLowerCase(Locale.ROOT));
        return new ScimRequest(method, uri, copy, body, category, probe, attempt, blocking);
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
        return new ScimRequest(newMethod, newUri, headers, newBody, category, probe, attempt, blocking);
    }

    /**
     * @param recoveryProbe how to find out whether the request already took effect
     * @return a copy with the probe
     */
    public ScimRequest withProbe(RecoveryProbe recoveryProbe) {
        return new ScimRequest(method, uri, headers, body, category, recoveryProbe, attempt, blocking);
    }

    /**
     * @param number the 1-based attempt
     * @return a copy carrying the attempt number
     */
    public ScimRequest withAttempt(int number) {
        return new ScimRequest(method, uri, headers, body, category, probe, number, blocking);
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
