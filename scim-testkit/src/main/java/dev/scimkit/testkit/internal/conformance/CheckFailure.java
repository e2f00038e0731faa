package dev.scimkit.testkit.internal.conformance;

import dev.scimkit.testkit.conformance.Exchange;
import java.util.Optional;

/**
 * A broken check: what was expected, and the exchange that broke it. Carries no stack trace.
 * A failure may be marked as found on an ambiguous sample (one the RFC leaves open for some
 * resources), so that shrinking prefers samples without open points.
 */
final class CheckFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Exchange exchange;
    private final boolean ambiguousSample;

    CheckFailure(String message, Exchange exchange) {
        this(message, exchange, false);
    }

    private CheckFailure(String message, Exchange exchange, boolean ambiguousSample) {
        super(message, null, false, false);
        this.exchange = exchange;
        this.ambiguousSample = ambiguousSample;
    }

    Optional<Exchange> exchange() {
        return Optional.ofNullable(exchange);
    }

    /** @return whether the failing sample touches a point the RFC leaves open (for other resources) */
    boolean ambiguousSample() {
        return ambiguousSample;
    }

    CheckFailure withMessage(String message) {
        return new CheckFailure(message, exchange, ambiguousSample);
    }

    CheckFailure onAmbiguousSample(boolean value) {
        return new CheckFailure(getMessage(), exchange, value);
    }
}
