package dev.scimkit.client;

import dev.scimkit.core.dialect.AccountPlan;
import dev.scimkit.core.dialect.Dialect;
import dev.scimkit.core.dialect.RateCategory;

/**
 * The client-side request rate, as a token bucket per Zoom rate-limit category, shared by every
 * thread using one client (and by clients derived with {@link ZoomScimClient#newBuilder()}).
 *
 * <p>Each call is counted in the category {@link Dialect#zoom()} gives its operation: lists are
 * "Medium", every other SCIM call (get, create, replace, patch, delete) "Light". Each bucket holds one
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
        return published(AccountPlan.PRO);
    }

    /**
     * Zoom's documented limits for Business accounts and above: Light 80/s, Medium 60/s.
     *
     * @return the Business+ limits
     */
    public static RateLimit zoomBusiness() {
        return published(AccountPlan.BUSINESS);
    }

    private static RateLimit published(AccountPlan plan) {
        Dialect zoom = Dialect.zoom();
        return new RateLimit(zoom.requestsPerSecond(plan, RateCategory.LIGHT).orElseThrow(),
                zoom.requestsPerSecond(plan, RateCategory.MEDIUM).orElseThrow());
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
