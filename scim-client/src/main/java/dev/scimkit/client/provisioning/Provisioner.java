package dev.scimkit.client.provisioning;

import dev.scimkit.client.ZoomScimClient;
import dev.scimkit.client.provisioning.internal.Planner;
import dev.scimkit.client.provisioning.internal.PlanRunner;
import dev.scimkit.core.Group;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.User;
import dev.scimkit.filter.Filter;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Keeps Zoom's users equal to a source directory, as an identity provider does: creates joiners,
 * updates changed attributes with a minimal PATCH, deactivates leavers (or deletes them, opt-in),
 * reactivates returners, and manages groups and memberships. Immutable and thread-safe.
 *
 * <pre>{@code
 * Provisioner provisioner = Provisioner.builder()
 *         .client(client)
 *         .mapping(Presets.entraId())
 *         .scope("accountEnabled eq true or department pr")
 *         .build();
 * ProvisioningPlan plan = provisioner.plan(records);     // dry run: reads, sends no write
 * System.out.print(plan.toTable());
 * ProvisioningReport report = provisioner.apply(plan);   // or provisioner.sync(records)
 * }</pre>
 *
 * <p><b>Reading.</b> {@link #plan} lists Zoom's users once (a lazily paged {@code GET /Users}, never a
 * GET per user) and, when the mapping provisions groups, its groups once.
 *
 * <p><b>Deciding.</b> Each source record is mapped ({@link AttributeMapping#toUser}) and matched to a
 * Zoom user by the {@link MatchKey} (default {@code userName}, ignoring case). A record in scope (the
 * scope filter, evaluated by scim-filter over the record's source attributes) whose mapped
 * {@code active} is true is created, updated, reactivated or left unchanged; one out of scope or
 * disabled has its Zoom user deprovisioned. Only mapped attributes with a value are compared: an
 * update is {@code Patch.diff} of the Zoom user restricted to them against the mapped user. Zoom users
 * no record names are left alone unless {@link Builder#deprovisionUnmatched(boolean)} is set.
 *
 * <p><b>Applying.</b> Changes run concurrently (at most {@link Builder#concurrency(int)} requests in
 * flight; the client's rate limit and retries still apply to each), users first, then groups. One
 * failure never stops the others: each change gets a {@link ChangeOutcome}, a Zoom refusal at the
 * Basic-user cap is {@link OutcomeStatus#BASIC_USER_CAP}, and the listener hears about each.
 */
public final class Provisioner {

    private final ZoomScimClient client;
    private final AttributeMapping mapping;
    private final Filter scope;
    private final MatchKey matchKey;
    private final DeprovisionAction deprovisionAction;
    private final boolean deprovisionUnmatched;
    private final UpdateMethod updateMethod;
    private final int concurrency;
    private final double deprovisionThreshold;
    private final boolean force;
    private final Clock clock;
    private final ProgressListener listener;
    private final Planner planner;

    private Provisioner(Builder builder) {
        this.client = builder.client;
        this.mapping = builder.mapping;
        this.scope = builder.scope;
        this.matchKey = builder.matchKey;
        this.deprovisionAction = builder.deprovisionAction;
        this.deprovisionUnmatched = builder.deprovisionUnmatched;
        this.updateMethod = builder.updateMethod;
        this.concurrency = builder.concurrency;
        this.deprovisionThreshold = builder.deprovisionThreshold;
        this.force = builder.force;
        this.clock = builder.clock;
        this.listener = builder.listener;
        this.planner = new Planner(mapping, scope, matchKey, deprovisionAction, deprovisionUnmatched);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads Zoom's current state (one paged user list, plus one paged group list when groups are
     * provisioned) and plans the sync. Sends no write.
     *
     * @param records the source directory: every person, in scope or not
     * @return the plan
     * @throws ScimException if listing fails (after the client's retries)
     * @throws NullPointerException if {@code records} or an element is null
     */
    public ProvisioningPlan plan(Collection<SourceRecord> records) {
        List<SourceRecord> copy = List.copyOf(Objects.requireNonNull(records, "records is null"));
        List<JsonObject> users = client.users().list().stream().map(User::toJson).toList();
        List<JsonObject> groups = mapping.groupsAttribute().isPresent()
                ? client.groups().list().stream().map(Group::toJson).toList()
                : List.of();
        return planner.plan(copy, users, groups);
    }

    /**
     * Plans against a given state instead of reading Zoom (for tools that already hold it, and tests).
     *
     * @param records      the source directory
     * @param currentUsers Zoom's users as SCIM JSON
     * @param currentGroups Zoom's groups as SCIM JSON (ignored unless groups are provisioned)
     * @return the plan
     * @throws NullPointerException if an argument or element is null
     */
    public ProvisioningPlan plan(Collection<SourceRecord> records, List<JsonObject> currentUsers,
                                 List<JsonObject> currentGroups) {
        return planner.plan(List.copyOf(Objects.requireNonNull(records, "records is null")),
                List.copyOf(Objects.requireNonNull(currentUsers, "currentUsers is null")),
                List.copyOf(Objects.requireNonNull(currentGroups, "currentGroups is null")));
    }

    /**
     * Applies a plan: every change is attempted and recorded, whatever happens to the others.
     *
     * @param plan the plan, normally from {@link #plan}
     * @return the report
     * @throws DeprovisioningGuardException before anything is sent, if the plan deprovisions more than
     *                                     the {@linkplain Builder#deprovisionThreshold threshold} of the
     *                                     matched users and {@linkplain Builder#force force} is off
     * @throws NullPointerException if {@code plan} is null
     */
    public ProvisioningReport apply(ProvisioningPlan plan) {
        Objects.requireNonNull(plan, "plan is null");
        int deprovisionings = plan.deprovisionings();
        if (!force && deprovisionings > 0 && deprovisionings > deprovisionThreshold * plan.matchedUsers()) {
            throw new DeprovisioningGuardException(deprovisionings, plan.matchedUsers(), deprovisionThreshold);
        }
        return new PlanRunner(client, matchKey, updateMethod, concurrency, clock, listener).run(plan);
    }

    /**
     * {@link #plan} then {@link #apply}.
     *
     * @param records the source directory: every person, in scope or not
     * @return the report
     * @throws ScimException                if reading the current state fails
     * @throws DeprovisioningGuardException as {@link #apply} does
     * @throws NullPointerException         if {@code records} or an element is null
     */
    public ProvisioningReport sync(Collection<SourceRecord> records) {
        return apply(plan(records));
    }

    /** @return the mapping */
    public AttributeMapping mapping() {
        return mapping;
    }

    /** @return the match key */
    public MatchKey matchKey() {
        return matchKey;
    }

    @Override
    public String toString() {
        return "Provisioner[scope=" + (scope == null ? "everyone" : scope) + ", match=" + matchKey.path()
                + ", deprovision=" + deprovisionAction + (deprovisionUnmatched ? " (incl. unmatched)" : "")
                + ", update=" + updateMethod + ", concurrency=" + concurrency + ", threshold="
                + deprovisionThreshold + (force ? ", forced" : "") + "]";
    }

    /** Builds a {@link Provisioner}; each setter checks its argument at once. Not thread-safe. */
    public static final class Builder {
        private ZoomScimClient client;
        private AttributeMapping mapping;
        private Filter scope;
        private MatchKey matchKey = MatchKey.userName();
        private DeprovisionAction deprovisionAction = DeprovisionAction.DEACTIVATE;
        private boolean deprovisionUnmatched;
        private UpdateMethod updateMethod = UpdateMethod.PATCH;
        private int concurrency = 4;
        private double deprovisionThreshold = 0.10;
        private boolean force;
        private Clock clock = Clock.systemUTC();
        private ProgressListener listener = ProgressListener.none();

        private Builder() {
        }

        /**
         * @param value the client to read and write Zoom with (required)
         * @return this
         * @throws NullPointerException if {@code value} is null
         */
        public Builder client(ZoomScimClient value) {
            client = Objects.requireNonNull(value, "client is null");
            return this;
        }

        /**
         * @param value the attribute mapping (required), e.g. {@link Presets#entraId()}
         * @return this
         * @throws NullPointerException if {@code value} is null
         */
        public Builder mapping(AttributeMapping value) {
            mapping = Objects.requireNonNull(value, "mapping is null");
            return this;
        }

        /**
         * @param filter who is in scope, as a SCIM filter over source attributes; if this method is not
         *               invoked, everyone is
         * @return this
         * @throws NullPointerException if {@code filter} is null
         */
        public Builder scope(Filter filter) {
            scope = Objects.requireNonNull(filter, "scope is null");
            return this;
        }

        /**
         * @param filter who is in scope, e.g. {@code department eq "Sales" and accountEnabled eq true}
         * @return this
         * @throws dev.scimkit.filter.FilterParseException if the text is not a SCIM filter
         * @throws NullPointerException                   if {@code filter} is null
         */
        public Builder scope(String filter) {
            return scope(Filter.parse(Objects.requireNonNull(filter, "scope is null")));
        }

        /**
         * @param value how people are matched to Zoom users; default {@link MatchKey#userName()}
         * @return this
         * @throws NullPointerException if {@code value} is null
         */
        public Builder matchKey(MatchKey value) {
            matchKey = Objects.requireNonNull(value, "matchKey is null");
            return this;
        }

        /**
         * @param value what happens to leavers; default {@link DeprovisionAction#DEACTIVATE}
         * @return this
         * @throws NullPointerException if {@code value} is null
         */
        public Builder deprovisionAction(DeprovisionAction value) {
            deprovisionAction = Objects.requireNonNull(value, "deprovisionAction is null");
            return this;
        }

        /**
         * @param value whether Zoom users that no source record names are deprovisioned too (the source
         *              is then the whole truth); default false (they are left alone)
         * @return this
         */
        public Builder deprovisionUnmatched(boolean value) {
            deprovisionUnmatched = value;
            return this;
        }

        /**
         * @param value how updates are sent; default {@link UpdateMethod#PATCH}
         * @return this
         * @throws NullPointerException if {@code value} is null
         */
        public Builder updateMethod(UpdateMethod value) {
            updateMethod = Objects.requireNonNull(value, "updateMethod is null");
            return this;
        }

        /**
         * @param value the most requests in flight while applying, 1 to 64; default 4 (the client's rate
         *              limit spaces them further)
         * @return this
         * @throws IllegalArgumentException if out of range
         */
        public Builder concurrency(int value) {
            if (value < 1 || value > 64) {
                throw new IllegalArgumentException("concurrency must be 1 to 64 but was " + value);
            }
            concurrency = value;
            return this;
        }

        /**
         * @param value the largest share (0 to 1) of the matched Zoom users a plan may deactivate or
         *              delete before {@link #apply} refuses; default 0.10 (10%)
         * @return this
         * @throws IllegalArgumentException if not within 0 to 1
         */
        public Builder deprovisionThreshold(double value) {
            if (!(value >= 0.0 && value <= 1.0)) {
                throw new IllegalArgumentException("deprovisionThreshold must be 0 to 1 but was " + value);
            }
            deprovisionThreshold = value;
            return this;
        }

        /**
         * @param value whether {@link #apply} ignores the deprovisioning threshold; default false
         * @return this
         */
        public Builder force(boolean value) {
            force = value;
            return this;
        }

        /**
         * @param value the clock for the report's times and the progress ETA; default
         *              {@link Clock#systemUTC()}
         * @return this
         * @throws NullPointerException if {@code value} is null
         */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock is null");
            return this;
        }

        /**
         * @param value told after each applied change; default {@link ProgressListener#none()}
         * @return this
         * @throws NullPointerException if {@code value} is null
         */
        public Builder progressListener(ProgressListener value) {
            listener = Objects.requireNonNull(value, "progressListener is null");
            return this;
        }

        /**
         * @return the provisioner
         * @throws IllegalStateException if the client or the mapping is missing
         */
        public Provisioner build() {
            if (client == null) {
                throw new IllegalStateException("client is required");
            }
            if (mapping == null) {
                throw new IllegalStateException("mapping is required");
            }
            return new Provisioner(this);
        }
    }
}
