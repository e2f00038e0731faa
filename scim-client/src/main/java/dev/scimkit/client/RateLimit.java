package dev.scimkit.client;

/**
 * The client-side request rate, as a token bucket per Zoom rate-limit category, shared by every
 * thread using one client (and by clients derived with {@link ZoomScimClient#newBuilder()}).
 *
 * <p>Zoom labels single-resource SCIM calls (get, replace, patch a user) "Light" and lists
 * "Medium"; creates and deletes are unlabelled and are counted as Medium. Each bucket holds one
 * second's worth of permits. After a 429 the client halves the affected rate (never below a tenth
 * of the configured one), pauses it for any {@code Retry-After}, and raises it again step by step
 * as calls succeed.
 *
 * @param lightPerSecond  permits per second for Light calls; positive
 * @param mediumPerSecond permits per second for Medium calls; positive
 */
public record RateLimit(double lightPerSecond, double mediumPerSecond) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a rate is not positive and finite
     */
    public RateLimit {
        requireRate(lightPerSecond, "lightPerSecond");
        requireRate(mediumPerSecond, "mediumPerSecond");
    }

    /**
     * Zoom's documented limits for Pro accounts: Light 30/s, Medium 20/s. The default.
     *
     * @return the Pro limits
     */
    public static RateLimit zoomPro() {
        return new RateLimit(30, 20);
    }

    /**
     * Zoom's documented limits for Business accounts and above: Light 80/s, Medium 60/s.
     *
     * @return the Business+ limits
     */
    public static RateLimit zoomBusiness() {
        return new RateLimit(80, 60);
    }

    /**
     * @param permitsPerSecond the rate for every call
     * @return one rate for both categories
     * @throws IllegalArgumentException if not positive and finite
     */
    public static RateLimit perSecond(double permitsPerSecond) {
        return new RateLimit(permitsPerSecond, permitsPerSecond);
    }

    /**
     * No client-side limit (429s are still retried). For tests and benchmarks against a fake.
     *
     * @return an effectively unlimited rate
     */
    public static RateLimit unlimited() {
        return new RateLimit(Double.MAX_VALUE, Double.MAX_VALUE);
    }

    /** @return whether this is {@link #unlimited()} */
    public boolean isUnlimited() {
        return lightPerSecond == Double.MAX_VALUE && mediumPerSecond == Double.MAX_VALUE;
    }

    private static void requireRate(double rate, String name) {
        if (!(rate > 0) || Double.isInfinite(rate) || Double.isNaN(rate)) {
            throw new IllegalArgumentException(name + " must be positive and finite but was " + rate);
        }
    }
}
