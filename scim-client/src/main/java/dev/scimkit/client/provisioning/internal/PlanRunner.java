package dev.scimkit.client.provisioning.internal;

import dev.scimkit.client.ZoomScimClient;
import dev.scimkit.client.provisioning.ChangeAction;
import dev.scimkit.client.provisioning.ChangeOutcome;
import dev.scimkit.client.provisioning.GroupChange;
import dev.scimkit.client.provisioning.MatchKey;
import dev.scimkit.client.provisioning.OutcomeStatus;
import dev.scimkit.client.provisioning.Progress;
import dev.scimkit.client.provisioning.ProgressListener;
import dev.scimkit.client.provisioning.ProvisioningPlan;
import dev.scimkit.client.provisioning.ProvisioningReport;
import dev.scimkit.client.provisioning.UpdateMethod;
import dev.scimkit.client.provisioning.UserChange;
import dev.scimkit.core.Group;
import dev.scimkit.core.PatchOperation;
import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.dialect.ZoomError;
import dev.scimkit.core.User;
import dev.scimkit.filter.Patch;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Applies one plan: users first, then groups, at most {@code concurrency} requests in flight, each
 * change ending in a {@link ChangeOutcome}. One instance per run.
 */
public final class PlanRunner {

    private static final System.Logger LOG = System.getLogger(PlanRunner.class.getName());
    /** Members per group PATCH, keeping bodies far below Zoom's 100,000-character limit. */
    private static final int MEMBERS_PER_REQUEST = 200;

    private final ZoomScimClient client;
    private final MatchKey matchKey;
    private final UpdateMethod updateMethod;
    private final Semaphore permits;
    private final Clock clock;
    private final ProgressListener listener;
    private final Map<String, String> idByKey = new ConcurrentHashMap<>();
    private final Object progressLock = new Object();
    private Instant started;
    private int total;
    private int done;
    private int failures;

    /**
     * @param client       the client
     * @param matchKey     the match key (to resolve group members)
     * @param updateMethod PATCH or PUT
     * @param concurrency  the most requests in flight
     * @param clock        the clock for times and ETA
     * @param listener     the progress listener
     */
    public PlanRunner(ZoomScimClient client, MatchKey matchKey, UpdateMethod updateMethod, int concurrency,
                      Clock clock, ProgressListener listener) {
        this.client = client;
        this.matchKey = matchKey;
        this.updateMethod = updateMethod;
        this.permits = new Semaphore(concurrency);
        this.clock = clock;
        this.listener = listener;
    }

    /**
     * @param plan the plan
     * @return the report
     */
    public ProvisioningReport run(ProvisioningPlan plan) {
        started = clock.instant();
        List<UserChange> userChanges = plan.users().stream().filter(c -> c.action() != ChangeAction.UNCHANGED).toList();
        List<GroupChange> groupChanges = plan.groups().stream()
                .filter(c -> c.action() != ChangeAction.UNCHANGED).toList();
        total = userChanges.size() + groupChanges.size();
        for (UserChange change : plan.users()) {
            if (change.userId() != null) {
                idByKey.put(matchKey.indexKey(change.matchValue()), change.userId());
            }
        }
        List<CompletableFuture<ChangeOutcome>> userFutures = new ArrayList<>();
        for (UserChange change : userChanges) {
            userFutures.add(submit(change.matchValue(), false, change.action(), () -> applyUser(change)));
        }
        List<ChangeOutcome> outcomes = new ArrayList<>(join(userFutures));
        for (ChangeOutcome outcome : outcomes) {
            if (outcome.succeeded() && outcome.action() == ChangeAction.CREATE && outcome.resourceId() != null) {
                idByKey.put(matchKey.indexKey(outcome.subject()), outcome.resourceId());
            }
        }
        List<CompletableFuture<ChangeOutcome>> groupFutures = new ArrayList<>();
        for (GroupChange change : groupChanges) {
            groupFutures.add(submit(change.displayName(), true, change.action(), () -> applyGroup(change)));
        }
        outcomes.addAll(join(groupFutures));
        return new ProvisioningReport(plan, outcomes, started, max(started, clock.instant()));
    }

    private CompletableFuture<ChangeOutcome> submit(String subject, boolean group, ChangeAction action,
                                                    Supplier<CompletableFuture<String>> work) {
        permits.acquireUninterruptibly();
        CompletableFuture<String> future;
        try {
            future = work.get();
        } catch (RuntimeException e) {
            future = CompletableFuture.failedFuture(e);
        }
        return future.handle((id, failure) -> {
            permits.release();
            ChangeOutcome outcome = failure == null
                    ? new ChangeOutcome(subject, group, action, OutcomeStatus.SUCCEEDED, id, null)
                    : failed(subject, group, action, failure);
            progress(outcome);
            return outcome;
        });
    }

    private CompletableFuture<String> applyUser(UserChange change) {
        return switch (change.action()) {
            case INVALID -> CompletableFuture.failedFuture(ScimException.invalidValue(change.problem()));
            case CREATE -> client.users().createAsync(User.fromJson(change.desired())).thenApply(User::id);
            case UPDATE, REACTIVATE -> updateMethod == UpdateMethod.PATCH
                    ? client.users().patchAsync(change.userId(), change.patch()).thenApply(user -> change.userId())
                    : client.users().replaceAsync(User.fromJson(Patch.apply(change.current(), change.patch())))
                            .thenApply(user -> change.userId());
            case DEACTIVATE -> updateMethod == UpdateMethod.PATCH
                    ? client.users().deactivateAsync(change.userId()).thenApply(user -> change.userId())
                    : client.users().replaceAsync(User.fromJson(Patch.apply(change.current(),
                            PatchRequest.of(PatchOperation.replace("active", JsonValue.FALSE)))))
                            .thenApply(user -> change.userId());
            case DELETE -> client.users().deleteAsync(change.userId()).thenApply(nothing -> change.userId());
            case UNCHANGED -> CompletableFuture.completedFuture(change.userId());
        };
    }

    private CompletableFuture<String> applyGroup(GroupChange change) {
        CompletableFuture<String> groupId = change.action() == ChangeAction.CREATE
                ? client.groups().createAsync(Group.builder().displayName(change.displayName()).build())
                        .thenApply(Group::id)
                : CompletableFuture.completedFuture(change.groupId());
        return groupId.thenCompose(id -> {
            List<String> adds = new ArrayList<>();
            List<String> unresolved = new ArrayList<>();
            for (String member : change.addMembers()) {
                String userId = idByKey.get(matchKey.indexKey(member));
                if (userId == null) {
                    unresolved.add(member);
                } else {
                    adds.add(userId);
                }
            }
            CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
            for (List<String> chunk : chunks(adds)) {
                chain = chain.thenCompose(x -> client.groups().addMembersAsync(id, chunk.toArray(String[]::new)));
            }
            for (List<String> chunk : chunks(change.removeMemberIds())) {
                chain = chain.thenCompose(x -> client.groups().removeMembersAsync(id, chunk.toArray(String[]::new)));
            }
            return chain.thenApply(x -> {
                if (!unresolved.isEmpty()) {
                    throw new ScimException(424, null, "group '" + change.displayName() + "': not added because "
                            + "their users were not created: " + String.join(", ", unresolved));
                }
                return id;
            });
        });
    }

    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += MEMBERS_PER_REQUEST) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + MEMBERS_PER_REQUEST)));
        }
        return chunks;
    }

    private ChangeOutcome failed(String subject, boolean group, ChangeAction action, Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        ScimException error = cause instanceof ScimException scim ? scim
                : new ScimException(500, null, "unexpected failure: " + cause.getClass().getName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
        OutcomeStatus status = isBasicUserCap(error) ? OutcomeStatus.BASIC_USER_CAP : OutcomeStatus.FAILED;
        return new ChangeOutcome(subject, group, action, status, null, error);
    }

    /**
     * Zoom refuses a Basic user beyond the account's cap (9,999) with a 400 whose detail speaks of the
     * Basic-user limit; no scimType distinguishes it. Decided by the classifier of Zoom's error catalogue,
     * the one {@code hint()} uses too, so the report and the hint agree.
     */
    static boolean isBasicUserCap(ScimException error) {
        return ZoomError.classify(error).filter(ZoomError.BASIC_USER_CAP::equals).isPresent();
    }

    private void progress(ChangeOutcome outcome) {
        Progress progress;
        synchronized (progressLock) {
            done++;
            if (!outcome.succeeded()) {
                failures++;
            }
            Duration elapsed = Duration.between(started, max(started, clock.instant()));
            Optional<Duration> eta = Optional.of(elapsed.multipliedBy(total - done).dividedBy(done));
            progress = new Progress(done, total, failures, eta);
            try {
                listener.onProgress(progress);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "progress listener failed", e);
            }
        }
    }

    private static List<ChangeOutcome> join(List<CompletableFuture<ChangeOutcome>> futures) {
        List<ChangeOutcome> outcomes = new ArrayList<>(futures.size());
        for (CompletableFuture<ChangeOutcome> future : futures) {
            outcomes.add(future.join());
        }
        return outcomes;
    }

    private static Instant max(Instant a, Instant b) {
        return b.isBefore(a) ? a : b;
    }
}
