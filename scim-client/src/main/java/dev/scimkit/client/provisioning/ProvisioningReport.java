package dev.scimkit.client.provisioning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What applying a plan did: one {@link ChangeOutcome} per change that was attempted (unchanged
 * users are not listed), and when it ran. Immutable.
 */
public final class ProvisioningReport {

    private final ProvisioningPlan plan;
    private final List<ChangeOutcome> outcomes;
    private final Instant started;
    private final Instant finished;

    /**
     * @param plan     the plan that was applied
     * @param outcomes the outcomes, users first (in plan order), then groups
     * @param started  when applying started (by the provisioner's clock)
     * @param finished when it finished
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code finished} is before {@code started}
     */
    public ProvisioningReport(ProvisioningPlan plan, List<ChangeOutcome> outcomes, Instant started, Instant finished) {
        this.plan = Objects.requireNonNull(plan, "plan is null");
        this.outcomes = List.copyOf(Objects.requireNonNull(outcomes, "outcomes is null"));
        this.started = Objects.requireNonNull(started, "started is null");
        this.finished = Objects.requireNonNull(finished, "finished is null");
        if (finished.isBefore(started)) {
            throw new IllegalArgumentException("finished " + finished + " is before started " + started);
        }
    }

    /** @return the plan that was applied */
    public ProvisioningPlan plan() {
        return plan;
    }

    /** @return every outcome, users first, then groups */
    public List<ChangeOutcome> outcomes() {
        return outcomes;
    }

    /** @return the outcomes that did not succeed */
    public List<ChangeOutcome> failures() {
        return outcomes.stream().filter(outcome -> !outcome.succeeded()).toList();
    }

    /**
     * @param status a status
     * @return how many outcomes have it
     */
    public int count(OutcomeStatus status) {
        Objects.requireNonNull(status, "status is null");
        return (int) outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }

    /** @return whether every change succeeded */
    public boolean isComplete() {
        return outcomes.stream().allMatch(ChangeOutcome::succeeded);
    }

    /** @return when applying started */
    public Instant started() {
        return started;
    }

    /** @return when applying finished */
    public Instant finished() {
        return finished;
    }

    /** @return how long applying took */
    public Duration duration() {
        return Duration.between(started, finished);
    }

    /**
     * @return the report as a plain-text table of failures (STATUS, SUBJECT, ACTION, ERROR) and a
     *         summary line
     */
    public String toTable() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"STATUS", "SUBJECT", "ACTION", "ERROR"});
        for (ChangeOutcome outcome : failures()) {
            rows.add(new String[] {outcome.status().name(), outcome.subject(),
                    (outcome.group() ? "GROUP " : "") + outcome.action().name(),
                    outcome.error().status() + " " + outcome.error().detail()});
        }
        return Tables.render(rows) + String.format(Locale.ROOT,
                "%d changes: %d succeeded, %d failed, %d at the Basic-user cap; %d ms%n",
                outcomes.size(), count(OutcomeStatus.SUCCEEDED), count(OutcomeStatus.FAILED),
                count(OutcomeStatus.BASIC_USER_CAP), duration().toMillis());
    }

    @Override
    public String toString() {
        return "ProvisioningReport[" + outcomes.size() + " changes, " + failures().size() + " failed, "
                + duration().toMillis() + " ms]";
    }
}
