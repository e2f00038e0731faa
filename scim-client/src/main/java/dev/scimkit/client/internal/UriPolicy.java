package dev.scimkit.client.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Where the client may send requests, and how path segments and query values are encoded. */
public final class UriPolicy {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriPolicy() {
    }

    /**
     * @param uri               an absolute URI
     * @param allowInsecureHttp whether plain {@code http} to other hosts is allowed
     * @return {@code null} when the URI may be used, otherwise why not
     */
    public static String violation(URI uri, boolean allowInsecureHttp) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null) {
            return "has no host";
        }
        if (scheme.equals("https")) {
            return null;
        }
        if (!scheme.equals("http")) {
            return "uses scheme '" + scheme + "'; only https (or http to loopback) is allowed";
        }
        if (isLoopback(uri.getHost()) || allowInsecureHttp) {
            return null;
        }
        return "uses plain http to the non-loopback host " + uri.getHost()
                + ", which would expose the token; use https or set allowInsecureHttp(true) to allow it";
    }

    /**
     * @param host a URI host (IPv6 literals in brackets)
     * @return whether it is a loopback name or literal; never resolves names
     */
    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost") || h.equals("[::1]") || h.equals("::1")) {
            return true;
        }
        return h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    /**
     * @param a a URI
     * @param b another URI
     * @return whether both have the same scheme, host and port
     */
    public static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    /**
     * Percent-encodes everything but RFC 3986 unreserved characters, so a value is safe as a path
     * segment or query component (Zoom ids contain {@code &}).
     *
     * @param value any text
     * @return the encoded text
     */
    public static String encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 8);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }
}
