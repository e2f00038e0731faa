package dev.scimkit.testkit.internal.conformance;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.testkit.conformance.Exchange;
import jakarta.json.JsonObject;

/**
 * A response the suite received, with the exchange that produced it.
 *
 * @param status   the HTTP status
 * @param body     the body text
 * @param exchange the printable request and response
 */
record Response(int status, String body, Exchange exchange) {

    /** @return the body as a JSON object, or a {@link CheckFailure} saying it is not one */
    JsonObject json() {
        try {
            return ScimJson.parseObject(body);
        } catch (ScimException e) {
            throw new CheckFailure("expected a JSON object body but it " + (body.isEmpty() ? "was empty"
                    : "does not parse: " + e.detail()), exchange);
        }
    }

    /**
     * @param expected the allowed statuses
     * @return this, or a {@link CheckFailure} naming the statuses expected
     */
    Response expect(String what, int... expected) {
        for (int candidate : expected) {
            if (status == candidate) {
                return this;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (int candidate : expected) {
            allowed.append(allowed.length() == 0 ? "" : " or ").append(candidate);
        }
        throw new CheckFailure(what + ": expected HTTP " + allowed + " but got " + status, exchange);
    }

    CheckFailure fail(String message) {
        return new CheckFailure(message, exchange);
    }
}
