package dev.scimkit.testkit;

import dev.scimkit.core.dialect.AccountPlan;
import dev.scimkit.core.dialect.Dialect;
import dev.scimkit.core.dialect.RateCategory;

/**
 * Per-second request limits of the fake, per Zoom rate-limit category (Zoom's limits are per account
 * and shared by all apps). Each request counts in the category its profile's dialect gives its
 * operation ({@link Dialect#rateCategory}): listing users or groups (and a search) is {@code Medium};
 * every other SCIM request is {@code Light}. Each category is a token bucket that holds one second's
 * worth of requests and refills continuously by the fake's clock; a request that finds its bucket
 * empty is answered 429 with {@code Retry-After} and {@code X-RateLimit-*} headers.
 *
 * @param lightPerSecond  requests per second of the Light category, 0 for unlimited
 * @param mediumPerSecond requests per second of the Medium category, 0 for unlimited
 */
public record RateLimits(int lightPerSecond, int mediumPerSecond) {

    private static final RateLimits OFF = new RateLimits(0, 0);

    /**
     * Checks the limits.
     *
     * @throws IllegalArgumentException if a limit is negative
     */
    public RateLimits {
        if (lightPerSecond < 0) {
            throw new IllegalArgumentException("lightPerSecond must be 0 (unlimited) or positive but was "
                    + lightPerSecond);
        }
        if (mediumPerSecond < 0) {
            throw new IllegalArgumentException("mediumPerSecond must be 0 (unlimited) or positive but was "
                    + mediumPerSecond);
        }
    }

    /** @return no limits (the fake's default) */
    public static RateLimits off() {
        return OFF;
    }

    /**
     * @param lightPerSecond  Light requests per second, 0 for unlimited
     * @param mediumPerSecond Medium requests per second, 0 for unlimited
     * @return these limits
     * @throws IllegalArgumentException if a limit is negative
     */
    public static RateLimits perSecond(int lightPerSecond, int mediumPerSecond) {
        return new RateLimits(lightPerSecond, mediumPerSecond);
    }

    /** @return Zoom's published limits for Business and higher plans: Light 80/s, Medium 60/s */
    public static RateLimits zoomBusiness() {
        return published(AccountPlan.BUSINESS);
    }

    /** @return Zoom's published limits for Pro plans: Light 30/s, Medium 20/s */
    public static RateLimits zoomPro() {
        return published(AccountPlan.PRO);
    }

    private static RateLimits published(AccountPlan plan) {
        Dialect zoom = Dialect.zoom();
        return new RateLimits(zoom.requestsPerSecond(plan, RateCategory.LIGHT).orElseThrow(),
                zoom.requestsPerSecond(plan, RateCategory.MEDIUM).orElseThrow());
    }

    /** @return Zoom's older documented SCIM limit: one request per second for every endpoint */
    public static RateLimits zoomLegacy() {
        return new RateLimits(1, 1);
    }

    /** @return whether any category is limited */
    public boolean enabled() {
        return lightPerSecond > 0 || mediumPerSecond > 0;
    }
}
