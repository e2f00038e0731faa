package dev.scimkit.testkit;

import java.util.Locale;
import java.util.Objects;

/**
 * Which requests a scripted {@link Fault} applies to: an optional HTTP method and an optional path.
 * Immutable.
 *
 * <p>Paths are compared with the request's percent-decoded path. {@link #path(String)} matches the
 * path itself and everything below it by whole segments: {@code path("/scim2/Users")} matches
 * {@code /scim2/Users} and {@code /scim2/Users/k&Kd…}, but not {@code /scim2/UsersX}.
 * {@link #exactPath(String)} matches only the path itself. Methods compare ignoring case.
 *
 * <pre>{@code
 * fake.enqueueFault(RequestMatch.method("POST").path("/scim2/Users"), Fault.status(503));
 * fake.enqueueFault(RequestMatch.any(), Fault.dropConnection());
 * }</pre>
 */
public final class RequestMatch {

    private static final RequestMatch ANY = new RequestMatch(null, null, false);

    private final String method;
    private final String path;
    private final boolean exact;

    private RequestMatch(String method, String path, boolean exact) {
        this.method = method;
        this.path = path;
        this.exact = exact;
    }

    /** @return a match for every request */
    public static RequestMatch any() {
        return ANY;
    }

    /**
     * @param method an HTTP method such as {@code POST}, in any case
     * @return a match for every request with that method
     * @throws NullPointerException     if {@code method} is null
     * @throws IllegalArgumentException if {@code method} is blank
     */
    public static RequestMatch method(String method) {
        Objects.requireNonNull(method, "method is null");
        if (method.isBlank()) {
            throw new IllegalArgumentException("method is blank");
        }
        return new RequestMatch(method.trim().toUpperCase(Locale.ROOT), null, false);
    }

    /**
     * Narrows this match to a path and everything below it (segment prefix).
     *
     * @param pathPrefix a decoded path starting with {@code /}, e.g. {@code /scim2/Users}
     * @return a copy that also requires the path
     * @throws NullPointerException     if {@code pathPrefix} is null
     * @throws IllegalArgumentException if it does not start with {@code /}
     */
    public RequestMatch path(String pathPrefix) {
        return new RequestMatch(method, checkPath(pathPrefix), false);
    }

    /**
     * Narrows this match to exactly one path.
     *
     * @param exactPath a decoded path starting with {@code /}, e.g. {@code /scim2/Users}
     * @return a copy that also requires exactly that path
     * @throws NullPointerException     if {@code exactPath} is null
     * @throws IllegalArgumentException if it does not start with {@code /}
     */
    public RequestMatch exactPath(String exactPath) {
        return new RequestMatch(method, checkPath(exactPath), true);
    }

    /**
     * @param requestMethod the request's method
     * @param requestPath   the request's decoded path
     * @return whether this match applies
     * @throws NullPointerException if an argument is null
     */
    public boolean matches(String requestMethod, String requestPath) {
        Objects.requireNonNull(requestMethod, "requestMethod is null");
        Objects.requireNonNull(requestPath, "requestPath is null");
        if (method != null && !method.equalsIgnoreCase(requestMethod)) {
            return false;
        }
        if (path == null) {
            return true;
        }
        if (exact || requestPath.length() == path.length()) {
            return requestPath.equals(path);
        }
        String prefix = path.endsWith("/") ? path : path + "/";
        return requestPath.startsWith(prefix);
    }

    private static String checkPath(String path) {
        Objects.requireNonNull(path, "path is null");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/' but was '" + path + "'");
        }
        return path;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequestMatch that && exact == that.exact && Objects.equals(method, that.method)
                && Objects.equals(path, that.path);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, path, exact);
    }

    @Override
    public String toString() {
        return (method == null ? "any method" : method) + " "
                + (path == null ? "any path" : exact ? path : path + "[/**]");
    }
}
