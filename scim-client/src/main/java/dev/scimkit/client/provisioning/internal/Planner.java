package dev.scimkit.client.provisioning.internal;

import dev.scimkit.client.provisioning.AttributeMapping;
import dev.scimkit.client.provisioning.ChangeAction;
import dev.scimkit.client.provisioning.DeprovisionAction;
import dev.scimkit.client.provisioning.GroupChange;
import dev.scimkit.client.provisioning.MatchKey;
import dev.scimkit.client.provisioning.ProvisioningPlan;
import dev.scimkit.client.provisioning.SourceRecord;
import dev.scimkit.client.provisioning.UserChange;
import dev.scimkit.core.PatchOperation;
import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.Schema;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.filter.CompiledFilter;
import dev.scimkit.filter.Filter;
import dev.scimkit.filter.FilterEvaluator;
import dev.scimkit.filter.Patch;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes a {@link ProvisioningPlan} from source records and Zoom's current users and groups. Pure:
 * sends nothing. Immutable and thread-safe.
 */
public final class Planner {

    /** The schema source records are evaluated under: no attributes, so the lenient evaluator compares by JSON type. */
    private static final String SOURCE_SCHEMA = "urn:dev:scimkit:provisioning:Source";
    private static final SchemaRegistry SOURCE_REGISTRY = SchemaRegistry.builder()
            .schema(new Schema(SOURCE_SCHEMA, "Source", "A source directory record", List.of()))
            .resourceType(new ResourceType("Source", "/Source", "A source directory record", SOURCE_SCHEMA, List.of()))
            .build();
    private static final TargetPath ACTIVE = TargetPath.parse("active");
    private static final Attribute GROUP_DISPLAY_NAME = SchemaRegistry.defaults().schema(SchemaRegistry.GROUP)
            .flatMap(group -> group.attribute("displayName")).orElseThrow();

    private final AttributeMapping mapping;
    private final CompiledFilter scope;
    private final MatchKey matchKey;
    private final DeprovisionAction deprovisionAction;
    private final boolean deprovisionUnmatched;

    /**
     * @param mapping              the attribute mapping
     * @param scope                the scope filter over source attributes, or {@code null} for everyone
     * @param matchKey             the match key
     * @param deprovisionAction    deactivate or delete
     * @param deprovisionUnmatched whether Zoom users no record names are deprovisioned
     */
    public Planner(AttributeMapping mapping, Filter scope, MatchKey matchKey, DeprovisionAction deprovisionAction,
                   boolean deprovisionUnmatched) {
        this.mapping = mapping;
        this.scope = scope == null ? null : FilterEvaluator.builder().registry(SOURCE_REGISTRY).strict(false).build()
                .compile(scope, SOURCE_REGISTRY.resourceType("Source").orElseThrow());
        this.matchKey = matchKey;
        this.deprovisionAction = deprovisionAction;
        this.deprovisionUnmatched = deprovisionUnmatched;
    }

    /**
     * @param records       the source directory
     * @param currentUsers  Zoom's users
     * @param currentGroups Zoom's groups
     * @return the plan
     */
    public ProvisioningPlan plan(List<SourceRecord> records, List<JsonObject> currentUsers,
                                 List<JsonObject> currentGroups) {
        Map<String, JsonObject> byKey = new HashMap<>();
        for (JsonObject user : currentUsers) {
            String value = matchKey.valueOf(user);
            if (value != null) {
                byKey.putIfAbsent(matchKey.indexKey(value), user);
            }
        }
        List<UserChange> changes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> matchedIds = new LinkedHashSet<>();
        Map<String, String> groupNames = new LinkedHashMap<>();
        Map<String, Set<String>> wantedMembers = new HashMap<>();
        int index = 0;
        for (SourceRecord record : records) {
            index++;
            UserChange change = planOne(record, index, byKey, seen);
            changes.add(change);
            if (change.userId() != null) {
                matchedIds.add(change.userId());
            }
            if (change.action() == ChangeAction.INVALID || mapping.groupsAttribute().isEmpty()) {
                continue;
            }
            List<String> names;
            try {
                names = mapping.groupsOf(record);
            } catch (ScimException e) {
                changes.set(changes.size() - 1, invalid(change.matchValue(), e.detail()));
                continue;
            }
            boolean member = change.desired() != null && !change.action().deprovisions()
                    && isActive(change.desired())
                    && (change.userId() != null || change.action() == ChangeAction.CREATE);
            String key = matchKey.indexKey(change.matchValue());
            for (String name : names) {
                String folded = fold(name);
                groupNames.putIfAbsent(folded, name);
                Set<String> members = wantedMembers.computeIfAbsent(folded, k -> new LinkedHashSet<>());
                if (member) {
                    members.add(key);
                }
            }
        }
        int matched = matchedIds.size();
        if (deprovisionUnmatched) {
            for (JsonObject user : currentUsers) {
                String id = idOf(user);
                if (id == null || matchedIds.contains(id)) {
                    continue;
                }
                matched++;
                String value = matchKey.valueOf(user);
                String label = value == null ? id : value;
                if (deprovisionAction == DeprovisionAction.DELETE) {
                    changes.add(new UserChange(ChangeAction.DELETE, label, id, user, null, null, null));
                } else if (isActive(user)) {
                    changes.add(new UserChange(ChangeAction.DEACTIVATE, label, id, user, null, null, null));
                } else {
                    changes.add(new UserChange(ChangeAction.UNCHANGED, label, id, user, null, null, null));
                }
            }
        }
        List<GroupChange> groups = mapping.groupsAttribute().isEmpty() ? List.of()
                : planGroups(groupNames, wantedMembers, changes, currentUsers, currentGroups);
        return new ProvisioningPlan(changes, groups, matched);
    }

    private UserChange planOne(SourceRecord record, int index, Map<String, JsonObject> byKey, Set<String> seen) {
        JsonObject desired;
        try {
            desired = mapping.toUser(record);
        } catch (ScimException e) {
            return invalid("record #" + index, e.detail());
        }
        String value = matchKey.valueOf(desired);
        if (value == null || value.isBlank()) {
            return invalid("record #" + index, "the mapping gives no " + matchKey.path() + " to match on");
        }
        String key = matchKey.indexKey(value);
        if (!seen.add(key)) {
            return invalid(value, "another source record has the same " + matchKey.path());
        }
        JsonObject current = byKey.get(key);
        if (current != null && !matchKey.matches(value, matchKey.valueOf(current))) {
            current = null;
        }
        boolean inScope = scope == null || scope.test(record.attributes());
        boolean wanted = inScope && isActive(desired);
        if (current == null) {
            return wanted ? new UserChange(ChangeAction.CREATE, value, null, null, desired, null, null)
                    : new UserChange(ChangeAction.UNCHANGED, value, null, null, desired, null, null);
        }
        String id = idOf(current);
        if (id == null) {
            return invalid(value, "the matching Zoom user has no id");
        }
        if (!wanted) {
            if (deprovisionAction == DeprovisionAction.DELETE) {
                return new UserChange(ChangeAction.DELETE, value, id, current, desired, null, null);
            }
            return isActive(current) ? new UserChange(ChangeAction.DEACTIVATE, value, id, current, desired, null, null)
                    : new UserChange(ChangeAction.UNCHANGED, value, id, current, desired, null, null);
        }
        PatchRequest patch;
        try {
            patch = withoutMatchKeyNoise(Patch.diff(mapping.project(current, desired), mapping.withoutSchemas(desired)),
                    value, current);
        } catch (ScimException e) {
            return invalid(value, "cannot compute the change: " + e.detail());
        }
        if (patch.operations().isEmpty()) {
            return new UserChange(ChangeAction.UNCHANGED, value, id, current, desired, null, null);
        }
        ChangeAction action = isActive(current) ? ChangeAction.UPDATE : ChangeAction.REACTIVATE;
        return new UserChange(action, value, id, current, desired, patch, null);
    }

    /** Drops a replace of the match attribute by a value that matches anyway (e.g. differs only in case). */
    private PatchRequest withoutMatchKeyNoise(PatchRequest patch, String desiredValue, JsonObject current) {
        String currentValue = matchKey.valueOf(current);
        List<PatchOperation> kept = new ArrayList<>();
        for (PatchOperation op : patch.operations()) {
            boolean sameKey = op.path() != null && AttributeNames.same(op.path(), matchKey.path())
                    && currentValue != null && matchKey.matches(desiredValue, currentValue);
            if (!sameKey) {
                kept.add(op);
            }
        }
        return kept.size() == patch.operations().size() ? patch : new PatchRequest(kept);
    }

    private List<GroupChange> planGroups(Map<String, String> groupNames, Map<String, Set<String>> wantedMembers,
                                         List<UserChange> changes, List<JsonObject> currentUsers,
                                         List<JsonObject> currentGroups) {
        Map<String, JsonObject> groupsByName = new HashMap<>();
        boolean membershipKnown = false;
        for (JsonObject group : currentGroups) {
            if (AttributeNames.get(group, "displayName") instanceof JsonString name) {
                groupsByName.putIfAbsent(fold(name.getString()), group);
            }
            membershipKnown |= AttributeNames.get(group, "members") instanceof JsonArray;
        }
        Map<String, Set<String>> membersFromUsers = new HashMap<>();
        for (JsonObject user : currentUsers) {
            if (AttributeNames.get(user, "groups") instanceof JsonArray memberships) {
                membershipKnown = true;
                for (JsonValue membership : memberships) {
                    if (membership instanceof JsonObject object
                            && AttributeNames.get(object, "value") instanceof JsonString groupId) {
                        membersFromUsers.computeIfAbsent(groupId.getString(), k -> new HashSet<>()).add(idOf(user));
                    }
                }
            }
        }
        Map<String, String> idByKey = new HashMap<>();
        Map<String, String> keyById = new HashMap<>();
        for (UserChange change : changes) {
            if (change.userId() != null && change.action() != ChangeAction.INVALID) {
                String key = matchKey.indexKey(change.matchValue());
                idByKey.put(key, change.userId());
                keyById.put(change.userId(), key);
            }
        }
        Map<String, String> valueByKey = new HashMap<>();
        for (UserChange change : changes) {
            if (change.action() != ChangeAction.INVALID) {
                valueByKey.put(matchKey.indexKey(change.matchValue()), change.matchValue());
            }
        }
        List<GroupChange> result = new ArrayList<>();
        for (Map.Entry<String, String> entry : groupNames.entrySet()) {
            Set<String> wanted = wantedMembers.getOrDefault(entry.getKey(), Set.of());
            JsonObject group = groupsByName.get(entry.getKey());
            List<String> adds = new ArrayList<>();
            List<String> removes = new ArrayList<>();
            if (group == null) {
                wanted.forEach(key -> adds.add(valueByKey.get(key)));
                result.add(new GroupChange(ChangeAction.CREATE, entry.getValue(), null, adds, removes,
                        membershipKnown));
                continue;
            }
            String groupId = idOf(group);
            Set<String> currentIds = new HashSet<>(membersFromUsers.getOrDefault(groupId, Set.of()));
            if (AttributeNames.get(group, "members") instanceof JsonArray members) {
                for (JsonValue member : members) {
                    if (member instanceof JsonObject object
                            && AttributeNames.get(object, "value") instanceof JsonString id) {
                        currentIds.add(id.getString());
                    }
                }
            }
            for (String key : wanted) {
                String id = idByKey.get(key);
                if (!membershipKnown || id == null || !currentIds.contains(id)) {
                    adds.add(valueByKey.get(key));
                }
            }
            if (membershipKnown) {
                for (String id : currentIds) {
                    String key = keyById.get(id);
                    if (key != null && !wanted.contains(key)) {
                        removes.add(id);
                    }
                }
            }
            ChangeAction action = adds.isEmpty() && removes.isEmpty() ? ChangeAction.UNCHANGED : ChangeAction.UPDATE;
            result.add(new GroupChange(action, entry.getValue(), groupId, adds, removes, membershipKnown));
        }
        return result;
    }

    private static UserChange invalid(String label, String problem) {
        return new UserChange(ChangeAction.INVALID, label, null, null, null, null, problem);
    }

    private static boolean isActive(JsonObject user) {
        JsonValue active = ACTIVE.read(user);
        return active == null || active.getValueType() == JsonValue.ValueType.TRUE
                || active instanceof JsonString text && text.getString().equalsIgnoreCase("true");
    }

    private static String idOf(JsonObject resource) {
        return AttributeNames.get(resource, "id") instanceof JsonString id ? id.getString() : null;
    }

    /** Group names compare as the core Group schema's {@code displayName} does (not caseExact). */
    private static String fold(String value) {
        return GROUP_DISPLAY_NAME.indexKey(value);
    }

    @Override
    public String toString() {
        return "Planner[" + matchKey + "]";
    }
}
