package dev.scimkit.client;

import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link ZoomScimClient#testConnection()}: one {@link Step} per {@link Check}, in the
 * order they are made, each with its outcome and what to do. Steps after a failed one are
 * {@link Outcome#SKIPPED}. Immutable; printable as text ({@link #toText()}) and JSON ({@link #toJson()}).
 * Never contains a token or secret.
 *
 * @param baseUri the SCIM base URI that was tested
 * @param steps   one step per check, in {@link Check} order
 */
public record ConnectionReport(URI baseUri, List<Step> steps) {

    /** The checks, in the order they are made. */
    public enum Check {
        /** the base URL answers and is Zoom's SCIM path ({@code /scim2}) */
        BASE_URL("Base URL answers at Zoom's SCIM path"),
        /** the access token is issued (Server-to-Server OAuth) and accepted */
        TOKEN("Access token accepted"),
        /** the token carries the {@code scim2} scope */
        SCIM_SCOPE("Token has the scim2 scope"),
        /** the account may use SCIM (single sign-on enabled) */
        ACCOUNT("Account can use SCIM (SSO enabled)"),
        /** {@code GET /Users?startIndex=1&count=1} returns a ListResponse */
        LIST_USERS("A list call works (GET /Users?startIndex=1&count=1)");

        private final String title;

        Check(String title) {
            this.title = title;
        }

        /** @return what the check verifies, in a few words */
        public String title() {
            return title;
        }
    }

    /** How a check went. */
    public enum Outcome {
        /** the check passed */
        PASSED,
        /** the check passed but something should be changed */
        WARNING,
        /** the check failed */
        FAILED,
        /** the check was not made because an earlier one failed */
        SKIPPED
    }

    /**
     * One check's result.
     *
     * @param check   which check
     * @param outcome how it went
     * @param message what was observed (request tried, status, Zoom's message)
     * @param advice  what to do, empty when nothing
     * @param hint    the troubleshooting situation, or {@code null} when none applies
     */
    public record Step(Check check, Outcome outcome, String message, String advice, HintCode hint) {

        /**
         * Checks nulls.
         *
         * @throws NullPointerException if {@code check}, {@code outcome}, {@code message} or {@code advice} is null
         */
        public Step {
            Objects.requireNonNull(check, "check is null");
            Objects.requireNonNull(outcome, "outcome is null");
            Objects.requireNonNull(message, "message is null");
            Objects.requireNonNull(advice, "advice is null");
        }
    }

    /**
     * Checks nulls and copies the steps.
     *
     * @throws NullPointerException if an argument or a step is null
     */
    public ConnectionReport {
        Objects.requireNonNull(baseUri, "baseUri is null");
        steps = List.copyOf(steps);
    }

    /** @return whether no step failed (warnings allowed) */
    public boolean successful() {
        return steps.stream().noneMatch(step -> step.outcome() == Outcome.FAILED);
    }

    /** @return the first failed step, if any */
    public Optional<Step> firstFailure() {
        return steps.stream().filter(step -> step.outcome() == Outcome.FAILED).findFirst();
    }

    /**
     * @param check a check
     * @return its step
     * @throws IllegalArgumentException if the report has no step for it
     */
    public Step step(Check check) {
        Objects.requireNonNull(check, "check is null");
        return steps.stream().filter(step -> step.check() == check).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step for " + check));
    }

    /**
     * @return a plain-text report: a verdict line, the base URI, then one line per step
     *         ({@code [FAILED ] title: message}) with its advice indented below
     */
    public String toText() {
        StringBuilder out = new StringBuilder("Zoom SCIM connection test: ")
                .append(successful() ? "OK" : "FAILED").append('\n')
                .append("Base URL: ").append(baseUri).append('\n');
        for (Step step : steps) {
            out.append(String.format("  [%-7s] ", step.outcome())).append(step.check().title()).append(": ")
                    .append(step.message()).append('\n');
            if (!step.advice().isEmpty()) {
                out.append("            -> ").append(step.advice()).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * @return {@code {"baseUri":…,"successful":…,"steps":[{"check":…,"outcome":…,"message":…,"advice":…,
     *         "hint":…}]}} ({@code hint} only when a situation applies)
     */
    public JsonObject toJson() {
        JsonArrayBuilder array = ScimJson.builders().createArrayBuilder();
        for (Step step : steps) {
            JsonObjectBuilder item = ScimJson.builders().createObjectBuilder()
                    .add("check", step.check().name())
                    .add("outcome", step.outcome().name())
                    .add("message", step.message())
                    .add("advice", step.advice());
            if (step.hint() != null) {
                item.add("hint", step.hint().name());
            }
            array.add(item);
        }
        return ScimJson.builders().createObjectBuilder()
                .add("baseUri", baseUri.toString())
                .add("successful", successful())
                .add("steps", array)
                .build();
    }

    /** @return {@link #toText()} */
    @Override
    public String toString() {
        return toText();
    }
}
