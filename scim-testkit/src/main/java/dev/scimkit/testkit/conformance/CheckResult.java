package dev.scimkit.testkit.conformance;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of one {@link Check}.
 *
 * @param check    the check
 * @param outcome  passed, failed or skipped
 * @param detail   why it failed or was skipped (with the falsifying sample, if any); empty when passed
 * @param exchange the request and response that broke the check, when it failed on one
 */
public record CheckResult(Check check, Outcome outcome, String detail, Optional<Exchange> exchange) {

    /** Checks nulls. */
    public CheckResult {
        Objects.requireNonNull(check, "check is null");
        Objects.requireNonNull(outcome, "outcome is null");
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(exchange, "exchange is null");
    }

    /** @return one line per result, e.g. {@code PASSED  USER_CREATE}, then the detail and exchange if any */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(String.format("%-7s %s (%s)", outcome, check, check.tag()));
        if (!detail.isEmpty()) {
            text.append("\n    ").append(detail.replace("\n", "\n    "));
        }
        exchange.ifPresent(value -> text.append("\n    ").append(value.toString().strip().replace("\n", "\n    ")));
        return text.toString();
    }
}
