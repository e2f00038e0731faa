package dev.scimkit.testkit.internal.conformance;

import dev.scimkit.testkit.conformance.Exchange;
import java.util.Optional;

/** A broken check: what was expected, and the exchange that broke it. Carries no stack trace. */
final class CheckFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Exchange exchange;

    CheckFailure(String message, Exchange exchange) {
        super(message, null, false, false);
        this.exchange = exchange;
    }

    Optional<Exchange> exchange() {
        return Optional.ofNullable(exchange);
    }

    CheckFailure withMessage(String message) {
        return new CheckFailure(message, exchange);
    }
}
