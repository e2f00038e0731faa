package dev.scimkit.client.provisioning;

import dev.scimkit.core.PatchOperation;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a sync would do: one {@link UserChange} per person (and per unmatched Zoom user when those
 * are deprovisioned) and one {@link GroupChange} per managed group. Computed by
 * {@link Provisioner#plan}, printable as a table ({@link #toTable()}) or JSON ({@link #toJson()}) for a
 * dry run, and applied by {@link Provisioner#apply}. Immutable.
 */
public final class ProvisioningPlan {

    /** Shown instead of a password. */
    private static final String REDACTED = "[redacted]";

    private final List<UserChange> users;
    private final List<GroupChange> groups;
    private final int matchedUsers;

    /**
     * @param users        the user changes, in source order
     * @param groups       the group changes
     * @param matchedUsers how many existing Zoom users the plan covers (the deprovisioning guard's base)
     * @throws NullPointerException     if a list or an element is null
     * @throws IllegalArgumentException if {@code matchedUsers} is negative
     */
    public ProvisioningPlan(List<UserChange> users, List<GroupChange> groups, int matchedUsers) {
        this.users = List.copyOf(Objects.requireNonNull(users, "users is null"));
        this.groups = List.copyOf(Objects.requireNonNull(groups, "groups is null"));
        if (matchedUsers < 0) {
            throw new IllegalArgumentException("matchedUsers must not be negative but was " + matchedUsers);
        }
        this.matchedUsers = matchedUsers;
    }

    /** @return the user changes, in source order (unmatched Zoom users last) */
    public List<UserChange> users() {
        return users;
    }

    /** @return the group changes */
    public List<GroupChange> groups() {
        return groups;
    }

    /** @return how many existing Zoom users the plan covers */
    public int matchedUsers() {
        return matchedUsers;
    }

    /**
     * @param action an action
     * @return how many user changes have it
     */
    public int count(ChangeAction action) {
        Objects.requireNonNull(action, "action is null");
        return (int) users.stream().filter(change -> change.action() == action).count();
    }

    /** @return how many users the plan deactivates or deletes */
    public int deprovisionings() {
        return (int) users.stream().filter(change -> change.action().deprovisions()).count();
    }

    /** @return whether applying the plan sends any write (user or group) */
    public boolean hasChanges() {
        return users.stream().anyMatch(change -> change.action().writes())
                || groups.stream().anyMatch(change -> change.action() != ChangeAction.UNCHANGED);
    }

    /** @return the user changes that are not {@link ChangeAction#UNCHANGED} */
    public List<UserChange> changes() {
        return users.stream().filter(change -> change.action() != ChangeAction.UNCHANGED).toList();
    }

    /** @return counts per user action, e.g. {@code {CREATE=3, UNCHANGED=97}}, only non-zero ones */
    public Map<ChangeAction, Integer> summary() {
        Map<ChangeAction, Integer> counts = new EnumMap<>(ChangeAction.class);
        users.forEach(change -> counts.merge(change.action(), 1, Integer::sum));
        return Map.copyOf(counts);
    }

    /**
     * The dry run as a plain-text table: one row per change (unchanged users are counted in the summary
     * line, not listed), columns ACTION, USER (or GROUP), ID and DETAIL (the PATCH operations, the
     * members added and removed, or the problem).
     *
     * @return the table, lines ending in {@code \n}
     */
    public String toTable() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ACTION", "SUBJECT", "ID", "DETAIL"});
        for (UserChange change : users) {
            if (change.action() != ChangeAction.UNCHANGED) {
                rows.add(new String[] {change.action().name(), change.matchValue(), orDash(change.userId()),
                        detail(change)});
            }
        }
        for (GroupChange change : groups) {
            if (change.action() != ChangeAction.UNCHANGED) {
                rows.add(new String[] {"GROUP " + change.action().name(), change.displayName(),
                        orDash(change.groupId()), groupDetail(change)});
            }
        }
        StringBuilder out = new StringBuilder(Tables.render(rows));
        out.append(String.format(Locale.ROOT, "%d users: %s; %d groups, %d changed%n", users.size(),
                new java.util.TreeMap<>(summary()), groups.size(),
                groups.stream().filter(change -> change.action() != ChangeAction.UNCHANGED).count()));
        return out.toString();
    }

    /**
     * The dry run as JSON: {@code {"summary": {...}, "matchedUsers": n, "users": [...], "groups": [...]}};
     * each user change has {@code action}, {@code match}, {@code id}, and, where they apply,
     * {@code operations} (the PATCH operations), {@code user} (the user to create) and {@code problem};
     * a {@code password} (and the value of a path-less operation) shows as {@code [redacted]}.
     *
     * @return the plan as JSON
     */
    public JsonObject toJson() {
        JsonObjectBuilder summary = ScimJson.builders().createObjectBuilder();
        new java.util.TreeMap<>(summary()).forEach((action, count) ->
                summary.add(action.name().toLowerCase(Locale.ROOT), count));
        JsonArrayBuilder userArray = ScimJson.builders().createArrayBuilder();
        for (UserChange change : users) {
            JsonObjectBuilder item = ScimJson.builders().createObjectBuilder()
                    .add("action", change.action().name().toLowerCase(Locale.ROOT))
                    .add("match", change.matchValue());
            if (change.userId() != null) {
                item.add("id", change.userId());
            }
            if (change.patch() != null) {
                JsonArrayBuilder operations = ScimJson.builders().createArrayBuilder();
                for (PatchOperation op : change.patch().operations()) {
                    JsonObjectBuilder operation = ScimJson.builders().createObjectBuilder()
                            .add("op", op.op().wireName());
                    if (op.path() != null) {
                        operation.add("path", op.path());
                    }
                    if (op.value() != null) {
                        operation.add("value", isSecret(op.path())
                                ? ScimJson.provider().createValue(REDACTED) : op.value());
                    }
                    operations.add(operation);
                }
                item.add("operations", operations);
            }
            if (change.action() == ChangeAction.CREATE) {
                JsonObject user = change.desired();
                String passwordKey = AttributeNames.findKey(user, "password");
                item.add("user", passwordKey == null ? user : ScimJson.builders().createObjectBuilder(user)
                        .add(passwordKey, REDACTED).build());
            }
            if (change.problem() != null) {
                item.add("problem", change.problem());
            }
            userArray.add(item);
        }
        JsonArrayBuilder groupArray = ScimJson.builders().createArrayBuilder();
        for (GroupChange change : groups) {
            JsonObjectBuilder item = ScimJson.builders().createObjectBuilder()
                    .add("action", change.action().name().toLowerCase(Locale.ROOT))
                    .add("displayName", change.displayName())
                    .add("addMembers", ScimJson.builders().createArrayBuilder(change.addMembers()))
                    .add("removeMemberIds", ScimJson.builders().createArrayBuilder(change.removeMemberIds()))
                    .add("membershipVerified", change.membershipVerified());
            if (change.groupId() != null) {
                item.add("id", change.groupId());
            }
            groupArray.add(item);
        }
        return ScimJson.builders().createObjectBuilder()
                .add("summary", summary)
                .add("matchedUsers", matchedUsers)
                .add("users", userArray)
                .add("groups", groupArray)
                .build();
    }

    private static String detail(UserChange change) {
        if (change.problem() != null) {
            return change.problem();
        }
        if (change.patch() != null) {
            List<String> ops = new ArrayList<>();
            for (PatchOperation op : change.patch().operations()) {
                ops.add(op.op().wireName() + " " + (op.path() == null ? "" : op.path())
                        + (op.value() == null ? ""
                                : "=" + (isSecret(op.path()) ? REDACTED : ScimJson.write(op.value()))));
            }
            return String.join("; ", ops);
        }
        return "";
    }

    private static String groupDetail(GroupChange change) {
        String detail = "+" + change.addMembers().size() + " -" + change.removeMemberIds().size();
        return change.membershipVerified() ? detail : detail + " (members unreadable: adds all, removes none)";
    }

    /** A path-less operation may carry a password in its value object, so only named non-secret paths show values. */
    private static boolean isSecret(String path) {
        return path == null || AttributeNames.same(path, "password");
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }

    @Override
    public String toString() {
        return "ProvisioningPlan[" + new java.util.TreeMap<>(summary()) + ", groups " + groups.size() + "]";
    }
}
