package dev.scimkit.testkit.internal.store;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.dialect.ZoomError;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The fake's in-memory users and groups.
 *
 * <p>Thread-safe. Reads are lock-free and see whole versions ({@link StoredResource} is immutable).
 * Writes are optimistic: a write reads the current versions it depends on, computes the new ones
 * (request evaluation, validation, serialisation) without any lock, then takes the single write lock
 * only to check that nothing it read has changed, to re-check what must hold when it commits
 * (uniqueness, the Basic-user cap, member existence) and to publish. If something changed, it computes
 * again; after {@value #OPTIMISTIC_ATTEMPTS} tries it computes under the lock, so every write ends.
 * Every write is therefore linearizable, an {@code If-Match} precondition is checked against the
 * version the write replaces, and a write that fails changes nothing. A write that changes several
 * resources (a membership change: the group and each user's {@code groups}) publishes them one after
 * the other within its commit, never a resource half-changed.
 *
 * <p>{@code userName} is indexed case-insensitively (lookup O(1)), {@code externalId} exactly, group
 * {@code displayName} case-insensitively. The store keeps each user's read-only {@code groups}
 * attribute in step with group membership; a membership change rewrites the changed members only
 * (O(changed members), not O(group size)) and gives each of them a new version, so their ETags change.
 */
public final class ResourceStore {

    /** Optimistic tries before a write computes its change while holding the lock. */
    private static final int OPTIMISTIC_ATTEMPTS = 3;
    /** Parsed trees kept for repeated reads; each holds one resource version (a few KB for a user). */
    private static final int TREE_CACHE_SLOTS = 256;

    private final ReentrantLock lock = new ReentrantLock();
    private final Clock clock;
    private final long idSeed;
    private final String locationBase;
    private final int basicUserCap;
    private final String defaultGroupName;
    private final TreeCache trees = new TreeCache(TREE_CACHE_SLOTS);
    private final Dictionary dictionary;
    private final StoredResource.Kind userKind;
    private final StoredResource.Kind groupKind;

    private final Table users = new Table();
    private final Table groups = new Table();
    private final Map<String, String> userNameIndex = new ConcurrentHashMap<>();
    /** externalId to the id of the one user holding it, or a {@code String[]} of ids when several do. */
    private final Map<String, Object> externalIdIndex = new ConcurrentHashMap<>();
    private final Map<String, String> groupNameIndex = new ConcurrentHashMap<>();

    private final AtomicLong sequence = new AtomicLong();
    private final Object idLock = new Object();
    private IdGenerator ids;                // guarded by idLock
    private long version;                   // guarded by lock
    private volatile int basicUsers;        // written under lock
    private volatile long epoch;            // written under lock; a reset makes prepared writes retry
    private volatile String defaultGroupId;

    /**
     * Creates an empty store (plus the default group, if one is named).
     *
     * @param clock            the source of {@code meta.created}/{@code lastModified}
     * @param idSeed           seed of the id generator, for reproducible ids
     * @param locationBase     base URL for {@code meta.location}, e.g. {@code http://127.0.0.1:8080/scim2}
     * @param basicUserCap     the most users of userType Basic, or 0 for no cap
     * @param defaultGroupName the account's undeletable default group, or {@code null} for none
     */
    public ResourceStore(Clock clock, long idSeed, String locationBase, int basicUserCap, String defaultGroupName) {
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.idSeed = idSeed;
        this.locationBase = Objects.requireNonNull(locationBase, "locationBase is null");
        this.basicUserCap = basicUserCap;
        this.defaultGroupName = defaultGroupName;
        this.dictionary = new Dictionary(List.of(SchemaRegistry.USER, SchemaRegistry.GROUP, SchemaRegistry.ENTERPRISE_USER,
                SchemaRegistry.ZOOM_USER, SchemaRegistry.ZOOM_USER_LICENSE, SchemaRegistry.ZOOM_GROUP),
                List.of(locationBase + "/Users/", locationBase + "/Groups/"));
        this.userKind = new StoredResource.Kind("User", "Users", locationBase, trees, dictionary);
        this.groupKind = new StoredResource.Kind("Group", "Groups", locationBase, trees, dictionary);
        reset();
    }

    /** @return the base URL of {@code meta.location} values, e.g. {@code http://127.0.0.1:8080/scim2} */
    public String locationBase() {
        return locationBase;
    }

    /** Removes every user and group and re-creates the default group; ids restart from the seed. */
    public void reset() {
        lock.lock();
        try {
            epoch++;
            users.clear();
            groups.clear();
            userNameIndex.clear();
            externalIdIndex.clear();
            groupNameIndex.clear();
            trees.clear();
            synchronized (idLock) {
                ids = new IdGenerator(idSeed);
            }
            sequence.set(0);
            version = 0;
            basicUsers = 0;
            defaultGroupId = null;
            if (defaultGroupName != null) {
                JsonObject group = ScimJson.builders().createObjectBuilder()
                        .add("schemas", ScimJson.builders().createArrayBuilder().add(SchemaRegistry.GROUP))
                        .add("displayName", defaultGroupName).build();
                defaultGroupId = createGroup(group, null).id();
            }
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------- users

    /**
     * Creates a user.
     *
     * @param attributes  the user's attributes; {@code id}, {@code meta} and {@code groups} are ignored
     * @param requestedId the id to use (seeding), or {@code null} to generate one
     * @return the stored user
     * @throws ScimException 409 if the userName (or requested id) is taken; 400 if userName is missing or
     *                       the Basic-user cap is reached
     */
    public StoredResource createUser(JsonObject attributes, String requestedId) {
        String userName = requireUserName(attributes);
        boolean basic = isBasic(attributes);
        String externalId = externalIdOf(attributes);
        return write(() -> {
            checkUserNameFree(userName, null);
            if (basic) {
                checkBasicCap();
            }
            Plan<StoredResource> plan = new Plan<>();
            String id = newId(requestedId, plan);
            Draft draft = Draft.create(userKind, users, id, sequence.incrementAndGet(),
                    body(composeUser(id, attributes, List.of())), null);
            return plan.commit(() -> {
                checkUserNameFree(userName, null);
                if (basic) {
                    checkBasicCap();
                }
                StoredResource user = publish(draft, now());
                userNameIndex.put(CaseFold.fold(userName), id);
                indexExternalId(null, externalId, id);
                if (basic) {
                    basicUsers++;
                }
                return user;
            });
        });
    }

    /**
     * Changes a user atomically.
     *
     * @param id           the user id
     * @param precondition checked against the version the change replaces
     * @param change       computes the new attributes from the current canonical JSON; may throw
     *                     {@link ScimException}; {@code id}, {@code meta} and {@code groups} of its result are
     *                     ignored. It may be called more than once (when a concurrent write intervened), so
     *                     it must have no side effects.
     * @return the new version
     * @throws ScimException 404 if there is no such user, 412 if the precondition fails, 409 if the new userName
     *                       is taken, 400 if the Basic-user cap is reached, or whatever {@code change} throws
     */
    public StoredResource updateUser(String id, Precondition precondition, UnaryOperator<JsonObject> change) {
        return write(() -> {
            StoredResource current = users.byId.get(id);
            precondition.check(current);
            if (current == null) {
                throw userNotFound(id);
            }
            JsonObject before = current.json();
            JsonObject attributes = change.apply(before);
            String userName = requireUserName(attributes);
            checkUserNameFree(userName, id);
            boolean wasBasic = isBasic(before);
            boolean basic = isBasic(attributes);
            if (basic && !wasBasic) {
                checkBasicCap();
            }
            Plan<StoredResource> plan = new Plan<>();
            plan.expect(users, id, current);
            Draft draft = Draft.update(current, users, body(composeUser(id, attributes, groupRefsOf(before))), null);
            return plan.commit(() -> {
                checkUserNameFree(userName, id);
                if (basic && !wasBasic) {
                    checkBasicCap();
                }
                StoredResource updated = publish(draft, now());
                reindex(userNameIndex, CaseFold.fold(userNameOf(before)), CaseFold.fold(userName), id);
                indexExternalId(externalIdOf(before), externalIdOf(attributes), id);
                basicUsers += (basic ? 1 : 0) - (wasBasic ? 1 : 0);
                return updated;
            });
        });
    }

    /**
     * Deletes a user and removes it from every group.
     *
     * @param id           the user id
     * @param precondition checked against the current version
     * @throws ScimException 404 if there is no such user, 412 if the precondition fails
     */
    public void deleteUser(String id, Precondition precondition) {
        write(() -> {
            StoredResource current = users.byId.get(id);
            precondition.check(current);
            if (current == null) {
                throw userNotFound(id);
            }
            JsonObject json = current.json();
            Plan<Void> plan = new Plan<>();
            plan.expect(users, id, current);
            List<Draft> changedGroups = new ArrayList<>();
            for (JsonObject ref : groupRefsOf(json)) {
                String groupId = ((JsonString) AttributeNames.get(ref, "value")).getString();
                StoredResource group = groups.byId.get(groupId);
                plan.expect(groups, groupId, group);
                if (group != null) {
                    changedGroups.add(Draft.update(group, groups, null, group.members().without(id)));
                }
            }
            return plan.commit(() -> {
                users.remove(current);
                userNameIndex.remove(CaseFold.fold(userNameOf(json)), id);
                indexExternalId(externalIdOf(json), null, id);
                if (isBasic(json)) {
                    basicUsers--;
                }
                Instant now = now();
                for (Draft group : changedGroups) {
                    publish(group, now);
                }
                return null;
            });
        });
    }

    /**
     * @param id a user id
     * @return the user, if stored
     */
    public Optional<StoredResource> user(String id) {
        return Optional.ofNullable(users.byId.get(id));
    }

    /**
     * Finds a user by userName, ignoring case, in constant time.
     *
     * @param userName the userName
     * @return the user, if stored
     */
    public Optional<StoredResource> userByUserName(String userName) {
        String id = userNameIndex.get(CaseFold.fold(userName));
        StoredResource user = id == null ? null : users.byId.get(id);
        if (user == null || !SchemaAttributes.USER_NAME.valuesEqual(userNameOf(user.json()), userName)) {
            return Optional.empty();
        }
        return Optional.of(user);
    }

    /**
     * @param externalId an externalId (caseExact)
     * @return the users carrying it, in creation order
     */
    public List<StoredResource> usersByExternalId(String externalId) {
        List<StoredResource> found = new ArrayList<>();
        for (String id : holders(externalIdIndex.get(externalId))) {
            StoredResource user = users.byId.get(id);
            if (user != null) {
                found.add(user);
            }
        }
        found.sort(Comparator.comparingLong(StoredResource::sequence));
        return found;
    }

    /** @return every user, in creation order (a weakly consistent live view) */
    public Collection<StoredResource> users() {
        return users.bySequence.values();
    }

    /** @return how many users are stored */
    public int userCount() {
        return users.byId.size();
    }

    /** @return how many users have userType Basic */
    public int basicUserCount() {
        return basicUsers;
    }

    // ---------------------------------------------------------------- groups

    /**
     * Creates a group.
     *
     * @param attributes  the group's attributes; {@code id} and {@code meta} are ignored
     * @param requestedId the id to use (seeding), or {@code null} to generate one
     * @return the stored group
     * @throws ScimException 400 if displayName is missing or a member is not a stored user; 409 if the
     *                       displayName (or requested id) is taken
     */
    public StoredResource createGroup(JsonObject attributes, String requestedId) {
        String displayName = requireDisplayName(attributes);
        return write(() -> {
            checkGroupNameFree(displayName, null);
            Map<String, JsonObject> members = checkedMembers(attributes);
            Plan<StoredResource> plan = new Plan<>();
            String id = newId(requestedId, plan);
            long created = sequence.incrementAndGet();
            Members joined = Members.NONE;
            for (Map.Entry<String, JsonObject> member : members.entrySet()) {
                joined = joined.with(member.getKey(), member.getValue());
            }
            Draft draft = Draft.create(groupKind, groups, id, created, body(composeGroup(id, attributes)), joined);
            byte[] ref = codedRef(id, displayName);
            List<Draft> changedUsers = new ArrayList<>();
            for (String userId : members.keySet()) {
                changedUsers.add(userWithRef(plan, userId, id, created, ref, true));
            }
            return plan.commit(() -> {
                checkGroupNameFree(displayName, null);
                Instant now = now();
                StoredResource group = publish(draft, now);
                groupNameIndex.put(CaseFold.fold(displayName), id);
                for (Draft user : changedUsers) {
                    publish(user, now);
                }
                return group;
            });
        });
    }

    /**
     * Changes a group atomically; {@code change} sees every member.
     *
     * @param id           the group id
     * @param precondition checked against the version the change replaces
     * @param change       computes the new attributes from the current canonical JSON; may throw; may be
     *                     called more than once, so it must have no side effects
     * @return the new version
     * @throws ScimException 404 if there is no such group, 412 if the precondition fails, 400 if displayName
     *                       is missing or a member is not a stored user, 409 if the displayName is taken
     */
    public StoredResource updateGroup(String id, Precondition precondition, UnaryOperator<JsonObject> change) {
        return updateGroup(id, precondition, null, change);
    }

    /**
     * Changes a group atomically, showing {@code change} only the members it may touch, so that the work
     * grows with the members changed rather than with the group's size.
     *
     * <p>With {@code touched} given, {@code change} receives the group with {@code members} holding only the
     * current members whose {@code value} equals one of {@code touched} ignoring case (absent if none do),
     * in joining order; what it returns as {@code members} replaces exactly those: a touched member it
     * leaves out is removed, a new one is added (after the others), and every other member stays. The
     * caller guarantees that the change could not affect any other member (adds of those values, removes
     * of {@code members[value eq …]} or of listed values) and does not both remove and add one value (which
     * would move it to the end of the whole list); a change that fails on the partial view is
     * computed again on the whole group, so its error is the same as without {@code touched}.
     *
     * @param id           the group id
     * @param precondition checked against the version the change replaces
     * @param touched      the member values the change may add or remove, or {@code null} to show it every
     *                     member
     * @param change       computes the new attributes; may throw; may be called more than once, so it must
     *                     have no side effects
     * @return the new version
     * @throws ScimException 404 if there is no such group, 412 if the precondition fails, 400 if displayName
     *                       is missing or a member is not a stored user, 409 if the displayName is taken
     */
    public StoredResource updateGroup(String id, Precondition precondition, Collection<String> touched,
                                      UnaryOperator<JsonObject> change) {
        return write(() -> {
            StoredResource current = groups.byId.get(id);
            precondition.check(current);
            if (current == null) {
                throw groupNotFound();
            }
            if (touched != null) {
                try {
                    return prepareGroupUpdate(current, touched, change);
                } catch (ScimException onlyPartOfTheGroup) {
                    // computed again on the whole group below, for the error a full view gives
                }
            }
            return prepareGroupUpdate(current, null, change);
        });
    }

    private Plan<StoredResource> prepareGroupUpdate(StoredResource current, Collection<String> touched,
                                                    UnaryOperator<JsonObject> change) {
        String id = current.id();
        Members before = current.members();
        JsonObject own = current.attributes();
        List<Members.Member> window = touched == null ? before.inOrder() : window(before, touched);
        JsonObject attributes = change.apply(touched == null ? current.json() : withMembers(own, window));
        String displayName = requireDisplayName(attributes);
        checkGroupNameFree(displayName, id);
        Map<String, JsonObject> after = checkedMembers(attributes);

        Members members = touched == null ? Members.NONE : before;
        Set<String> windowIds = new HashSet<>();
        window.forEach(member -> windowIds.add(member.id()));
        Set<String> removed = new LinkedHashSet<>();
        Set<String> added = new LinkedHashSet<>();
        for (Members.Member member : window) {
            if (!after.containsKey(member.id())) {
                removed.add(member.id());
                members = members.without(member.id());
            }
        }
        for (Map.Entry<String, JsonObject> member : after.entrySet()) {
            String userId = member.getKey();
            boolean wasMember = before.get(userId) != null;
            if (touched == null || !wasMember || windowIds.contains(userId)) {
                // a member outside the window keeps its first object, as duplicates do on a full change
                members = members.with(userId, member.getValue());
            }
            if (!wasMember) {
                added.add(userId);
            }
        }

        Plan<StoredResource> plan = new Plan<>();
        plan.expect(groups, id, current);
        Draft draft = Draft.update(current, groups, body(composeGroup(id, attributes)), members);
        String oldName = displayNameOf(own);
        boolean renamed = !displayName.equals(oldName);
        byte[] ref = codedRef(id, displayName);
        List<Draft> changedUsers = new ArrayList<>();
        for (String userId : removed) {
            changedUsers.add(userWithRef(plan, userId, id, current.sequence(), null, false));
        }
        for (String userId : added) {
            changedUsers.add(userWithRef(plan, userId, id, current.sequence(), ref, true));
        }
        if (renamed) {
            for (Members.Member member : members.inOrder()) {
                if (!added.contains(member.id())) {
                    changedUsers.add(userWithRef(plan, member.id(), id, current.sequence(), ref, false));
                }
            }
        }
        changedUsers.removeIf(Objects::isNull);
        return plan.commit(() -> {
            checkGroupNameFree(displayName, id);
            Instant now = now();
            StoredResource updated = publish(draft, now);
            reindex(groupNameIndex, CaseFold.fold(oldName), CaseFold.fold(displayName), id);
            for (Draft user : changedUsers) {
                publish(user, now);
            }
            return updated;
        });
    }

    /**
     * Deletes a group.
     *
     * @param id           the group id
     * @param precondition checked against the current version
     * @throws ScimException 404 if there is no such group, 412 if the precondition fails, 400 for the default group
     */
    public void deleteGroup(String id, Precondition precondition) {
        write(() -> {
            StoredResource current = groups.byId.get(id);
            precondition.check(current);
            if (current == null) {
                throw groupNotFound();
            }
            if (id.equals(defaultGroupId)) {
                throw ZoomError.DEFAULT_GROUP_UNDELETABLE.exception();
            }
            Plan<Void> plan = new Plan<>();
            plan.expect(groups, id, current);
            String displayName = displayNameOf(current.attributes());
            List<Draft> changedUsers = new ArrayList<>();
            for (Members.Member member : current.members().inOrder()) {
                changedUsers.add(userWithRef(plan, member.id(), id, current.sequence(), null, false));
            }
            changedUsers.removeIf(Objects::isNull);
            return plan.commit(() -> {
                groups.remove(current);
                groupNameIndex.remove(CaseFold.fold(displayName), id);
                Instant now = now();
                for (Draft user : changedUsers) {
                    publish(user, now);
                }
                return null;
            });
        });
    }

    /**
     * @param id a group id
     * @return the group, if stored
     */
    public Optional<StoredResource> group(String id) {
        return Optional.ofNullable(groups.byId.get(id));
    }

    /**
     * Finds a group by displayName, ignoring case, in constant time.
     *
     * @param displayName the displayName
     * @return the group, if stored
     */
    public Optional<StoredResource> groupByDisplayName(String displayName) {
        String id = groupNameIndex.get(CaseFold.fold(displayName));
        StoredResource group = id == null ? null : groups.byId.get(id);
        if (group == null || !SchemaAttributes.GROUP_DISPLAY_NAME.valuesEqual(
                displayNameOf(group.attributes()), displayName)) {
            return Optional.empty();
        }
        return Optional.of(group);
    }

    /** @return every group, in creation order (a weakly consistent live view) */
    public Collection<StoredResource> groups() {
        return groups.bySequence.values();
    }

    /** @return how many groups are stored */
    public int groupCount() {
        return groups.byId.size();
    }

    /** @return the id of the account's default group, if one is configured */
    public Optional<String> defaultGroupId() {
        return Optional.ofNullable(defaultGroupId);
    }

    // ---------------------------------------------------------------- writing

    /**
     * Runs a write: prepares it from the current versions, then commits under the lock if none of them
     * changed meanwhile; otherwise prepares again, the last time while holding the lock.
     */
    private <T> T write(Supplier<Plan<T>> prepare) {
        for (int attempt = 1; ; attempt++) {
            boolean exclusive = attempt > OPTIMISTIC_ATTEMPTS;
            if (exclusive) {
                lock.lock();
            }
            try {
                Plan<T> plan = prepare.get();
                lock.lock();
                try {
                    if (plan.stillCurrent()) {
                        return plan.action.get();
                    }
                    if (exclusive) {
                        throw new IllegalStateException("a write prepared under the lock saw a concurrent change");
                    }
                } finally {
                    lock.unlock();
                }
            } finally {
                if (exclusive) {
                    lock.unlock();
                }
            }
        }
    }

    /** Stamps a draft with the next version and its meta, and publishes it. Under the lock. */
    private StoredResource publish(Draft draft, Instant now) {
        long next = ++version;
        Instant created = draft.created == null ? now : draft.created;
        StringBuilder meta = new StringBuilder(160).append(",\"meta\":{\"resourceType\":");
        quote(meta, draft.kind.resourceType()).append(",\"created\":");
        quote(meta, created.toString()).append(",\"lastModified\":");
        quote(meta, now.toString()).append(",\"location\":");
        quote(meta, draft.kind.location(draft.id)).append(",\"version\":");
        quote(meta, StoredResource.etag(next)).append("}}");
        byte[] tail = meta.toString().getBytes(StandardCharsets.UTF_8);
        tail = dictionary.compress(tail);
        byte[] bytes = Arrays.copyOf(draft.body, draft.bodyLength + tail.length);
        System.arraycopy(tail, 0, bytes, draft.bodyLength, tail.length);
        StoredResource published = new StoredResource(draft.kind, draft.id, draft.sequence, next, created,
                draft.bodyLength, bytes, draft.members);
        draft.table.put(published);
        return published;
    }

    /** Appends a JSON string literal (RFC 8259 §7: quote, backslash and control characters escaped). */
    private static StringBuilder quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"');
    }

    /**
     * A user's next version with its reference to one group replaced (or removed when {@code ref} is null),
     * the references ordered by group creation; edited in the stored bytes, not parsed. Records the user as
     * a dependency of the plan.
     *
     * @param ref       the group's reference as coded JSON ({@link #codedRef}), or {@code null}
     * @param mustExist whether a missing user is an error (a new member) rather than a user deleted since
     *                  the group was read (the plan then fails its check and the write is prepared again)
     * @return the draft, or {@code null} for a missing user that need not exist
     */
    private Draft userWithRef(Plan<?> plan, String userId, String groupId, long groupSequence, byte[] ref,
                              boolean mustExist) {
        StoredResource user = users.byId.get(userId);
        plan.expect(users, userId, user);
        if (user == null) {
            if (mustExist) {
                throw memberNotAUser(userId);
            }
            return null;
        }
        byte[] body = GroupRefs.withRef(user.bytes(), user.bodyLength(), groupId, ref, id -> {
            if (id.equals(groupId)) {
                return groupSequence;
            }
            StoredResource group = groups.byId.get(id);
            return group == null ? Long.MAX_VALUE : group.sequence();
        }, dictionary);
        return Draft.update(user, users, body, null);
    }

    /** @return the reference to a group that its members carry in {@code groups}, as coded JSON */
    private byte[] codedRef(String groupId, String displayName) {
        return dictionary.compress(ScimJson.writeBytes(ScimJson.builders().createObjectBuilder()
                .add("value", groupId)
                .add("$ref", groupKind.location(groupId))
                .add("display", displayName)
                .add("type", "direct")
                .build()));
    }

    /** The members a partial group change may touch: those matching a touched value ignoring case. */
    private static List<Members.Member> window(Members members, Collection<String> touched) {
        Map<String, Members.Member> found = new LinkedHashMap<>();
        for (String value : touched) {
            for (Members.Member member : members.matchingIgnoringCase(value)) {
                found.putIfAbsent(member.id(), member);
            }
        }
        List<Members.Member> window = new ArrayList<>(found.values());
        window.sort(Comparator.comparingLong(Members.Member::joined));
        return window;
    }

    /** The group's attributes with the given members before {@code meta} (none: no {@code members}). */
    private static JsonObject withMembers(JsonObject own, List<Members.Member> members) {
        if (members.isEmpty()) {
            return own;
        }
        JsonObjectBuilder out = ScimJson.builders().createObjectBuilder();
        JsonValue meta = null;
        for (Map.Entry<String, JsonValue> entry : own.entrySet()) {
            if (entry.getKey().equals("meta")) {
                meta = entry.getValue();
            } else {
                out.add(entry.getKey(), entry.getValue());
            }
        }
        JsonArrayBuilder array = ScimJson.builders().createArrayBuilder();
        members.forEach(member -> array.add(member.json()));
        out.add("members", array);
        if (meta != null) {
            out.add("meta", meta);
        }
        return out.build();
    }

    /** The versions a write read, checked under the lock before it commits. */
    private final class Plan<T> {
        private final long epochSeen = epoch;
        private final List<Object> expected = new ArrayList<>();   // Table, id, StoredResource (or null)
        private Supplier<T> action;

        void expect(Table table, String id, StoredResource current) {
            expected.add(table);
            expected.add(id);
            expected.add(current);
        }

        /** Sets what the write does under the lock once the versions it read are found current. */
        Plan<T> commit(Supplier<T> commitAction) {
            this.action = commitAction;
            return this;
        }

        boolean stillCurrent() {
            if (epochSeen != epoch) {
                return false;
            }
            for (int i = 0; i < expected.size(); i += 3) {
                if (((Table) expected.get(i)).byId.get((String) expected.get(i + 1)) != expected.get(i + 2)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A resource's next version, everything but its version and {@code meta}. */
    private static final class Draft {
        final StoredResource.Kind kind;
        final Table table;
        final String id;
        final long sequence;
        final Instant created;
        final byte[] body;
        final int bodyLength;
        final Members members;

        /** A new resource; its {@code created} is the commit time. */
        static Draft create(StoredResource.Kind kind, Table table, String id, long sequence, byte[] body,
                            Members members) {
            return new Draft(kind, table, id, sequence, null, body, body.length - 1, members);
        }

        private Draft(StoredResource.Kind kind, Table table, String id, long sequence, Instant created, byte[] body,
                      int bodyLength, Members members) {
            this.kind = kind;
            this.table = table;
            this.id = id;
            this.sequence = sequence;
            this.created = created;
            this.body = body;
            this.bodyLength = bodyLength;
            this.members = members;
        }

        /**
         * @param current  the version to replace
         * @param body     the new serialised attributes (ending in the closing brace), or {@code null} to keep them
         * @param members  the new members (groups), or {@code null} for a user
         */
        static Draft update(StoredResource current, Table table, byte[] body, Members members) {
            return body == null
                    ? new Draft(current.kind(), table, current.id(), current.sequence(), current.created(),
                            current.bytes(), current.bodyLength(), members)
                    : new Draft(current.kind(), table, current.id(), current.sequence(), current.created(), body,
                            body.length - 1, members);
        }
    }

    // ---------------------------------------------------------------- rules and helpers

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Chooses the id of a new resource; the plan re-checks at commit that it is still free. */
    private String newId(String requestedId, Plan<?> plan) {
        String id;
        if (requestedId != null) {
            if (requestedId.isEmpty() || requestedId.indexOf('/') >= 0) {
                throw ScimException.invalidValue("id '" + requestedId + "' must be non-empty and contain no '/'");
            }
            if (users.byId.containsKey(requestedId) || groups.byId.containsKey(requestedId)) {
                throw new ScimException(409, ScimException.UNIQUENESS, "id '" + requestedId + "' is already in use");
            }
            id = requestedId;
        } else {
            synchronized (idLock) {
                do {
                    id = ids.next();
                } while (users.byId.containsKey(id) || groups.byId.containsKey(id));
            }
        }
        plan.expect(users, id, null);
        plan.expect(groups, id, null);
        return id;
    }

    private void checkUserNameFree(String userName, String self) {
        String holder = userByUserName(userName).map(StoredResource::id).orElse(null);
        if (holder != null && !holder.equals(self)) {
            throw userNameTaken(userName);
        }
    }

    private void checkGroupNameFree(String displayName, String self) {
        String holder = groupByDisplayName(displayName).map(StoredResource::id).orElse(null);
        if (holder != null && !holder.equals(self)) {
            throw groupNameTaken(displayName);
        }
    }

    private void checkBasicCap() {
        if (basicUserCap > 0 && basicUsers >= basicUserCap) {
            throw ZoomError.BASIC_USER_CAP.exception(Integer.toString(basicUserCap));
        }
    }

    /** Moves an index entry from one key to another without a moment in which neither holds it. */
    private static void reindex(Map<String, String> index, String oldKey, String newKey, String id) {
        index.put(newKey, id);
        if (!oldKey.equals(newKey)) {
            index.remove(oldKey, id);
        }
    }

    private static boolean isBasic(JsonObject json) {
        return AttributeNames.get(json, "userType") instanceof JsonString type
                && SchemaAttributes.USER_TYPE.valuesEqual(type.getString(), "Basic");
    }

    private static String requireUserName(JsonObject json) {
        JsonValue value = AttributeNames.get(json, "userName");
        if (!(value instanceof JsonString text) || text.getString().isBlank()) {
            throw ScimException.invalidValue("userName is required and must be a non-empty string");
        }
        return text.getString();
    }

    private static String userNameOf(JsonObject json) {
        return ((JsonString) AttributeNames.get(json, "userName")).getString();
    }

    private static String requireDisplayName(JsonObject json) {
        JsonValue value = AttributeNames.get(json, "displayName");
        if (!(value instanceof JsonString text) || text.getString().isBlank()) {
            throw ZoomError.INVALID_GROUP_NAME.exception();
        }
        return text.getString();
    }

    private static String displayNameOf(JsonObject json) {
        return ((JsonString) AttributeNames.get(json, "displayName")).getString();
    }

    private static ScimException userNameTaken(String userName) {
        return ZoomError.USER_EXISTS.exception(userName);
    }

    private static ScimException groupNameTaken(String displayName) {
        return ZoomError.GROUP_EXISTS.exception(displayName);
    }

    private static ScimException memberNotAUser(String value) {
        return ScimException.invalidValue("members value '" + value + "' is not the id of an existing user");
    }

    /**
     * @param id the id that was looked up
     * @return the 404 a missing user yields
     */
    public static ScimException userNotFound(String id) {
        return ZoomError.USER_NOT_FOUND.exception(id);
    }

    /** @return the 404 a missing group yields (Zoom's message) */
    public static ScimException groupNotFound() {
        return ZoomError.GROUP_NOT_FOUND.exception();
    }

    /** A user's canonical JSON without {@code meta}: schemas, id, its attributes, then {@code groups}. */
    private static JsonObject composeUser(String id, JsonObject attributes, List<JsonObject> userGroups) {
        JsonObjectBuilder out = ScimJson.builders().createObjectBuilder();
        addSchemasAndId(out, attributes, SchemaRegistry.USER, id);
        for (Map.Entry<String, JsonValue> entry : attributes.entrySet()) {
            String name = entry.getKey();
            if (!AttributeNames.same(name, "schemas") && !AttributeNames.same(name, "id")
                    && !AttributeNames.same(name, "meta") && !AttributeNames.same(name, "groups")) {
                out.add(name, entry.getValue());
            }
        }
        if (!userGroups.isEmpty()) {
            JsonArrayBuilder array = ScimJson.builders().createArrayBuilder();
            userGroups.forEach(array::add);
            out.add("groups", array);
        }
        return out.build();
    }

    /** A group's canonical JSON without {@code members} and {@code meta}. */
    private static JsonObject composeGroup(String id, JsonObject attributes) {
        JsonObjectBuilder out = ScimJson.builders().createObjectBuilder();
        addSchemasAndId(out, attributes, SchemaRegistry.GROUP, id);
        for (Map.Entry<String, JsonValue> entry : attributes.entrySet()) {
            String name = entry.getKey();
            if (!AttributeNames.same(name, "schemas") && !AttributeNames.same(name, "id")
                    && !AttributeNames.same(name, "meta") && !AttributeNames.same(name, "members")) {
                out.add(name, entry.getValue());
            }
        }
        return out.build();
    }

    private static void addSchemasAndId(JsonObjectBuilder out, JsonObject attributes, String coreSchema, String id) {
        JsonValue schemas = AttributeNames.get(attributes, "schemas");
        if (schemas instanceof JsonArray array) {
            out.add("schemas", array);
        } else {
            out.add("schemas", ScimJson.builders().createArrayBuilder().add(coreSchema));
        }
        out.add("id", id);
    }

    /** @return the serialised object, coded, whose last byte is its closing brace */
    private byte[] body(JsonObject withoutMeta) {
        return dictionary.compress(ScimJson.writeBytes(withoutMeta));
    }

    private static List<JsonObject> groupRefsOf(JsonObject user) {
        List<JsonObject> refs = new ArrayList<>();
        if (user.get("groups") instanceof JsonArray array) {
            for (JsonValue ref : array) {
                refs.add(ref.asJsonObject());
            }
        }
        return refs;
    }

    /**
     * Validates members: objects with a string {@code value} naming a stored user; duplicates collapse to
     * the first.
     *
     * @return the member objects by user id, in order
     */
    private Map<String, JsonObject> checkedMembers(JsonObject group) {
        JsonValue members = AttributeNames.get(group, "members");
        if (members == null || members == JsonValue.NULL) {
            return Map.of();
        }
        if (!(members instanceof JsonArray array)) {
            throw ScimException.invalidValue("members must be an array of {\"value\": userId} objects");
        }
        Map<String, JsonObject> unique = new LinkedHashMap<>();
        int index = 0;
        for (JsonValue member : array) {
            if (!(member instanceof JsonObject object)
                    || !(AttributeNames.get(object, "value") instanceof JsonString value)) {
                throw ScimException.invalidValue("members[" + index + "] must be an object with a string \"value\"");
            }
            if (!users.byId.containsKey(value.getString())) {
                throw ScimException.invalidValue("members[" + index + "].value '" + value.getString()
                        + "' is not the id of an existing user");
            }
            unique.putIfAbsent(value.getString(), object);
            index++;
        }
        return unique;
    }

    private void indexExternalId(String before, String after, String id) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before != null) {
            externalIdIndex.computeIfPresent(before, (key, holders) -> withoutHolder(holders, id));
        }
        if (after != null) {
            externalIdIndex.merge(after, id, ResourceStore::withHolder);
        }
    }

    private static Object withHolder(Object holders, Object id) {
        String[] all = holders instanceof String[] many ? many : new String[] {(String) holders};
        String[] grown = Arrays.copyOf(all, all.length + 1);
        grown[all.length] = (String) id;
        return grown;
    }

    private static Object withoutHolder(Object holders, String id) {
        if (holders instanceof String one) {
            return one.equals(id) ? null : one;
        }
        List<String> kept = new ArrayList<>(Arrays.asList((String[]) holders));
        kept.remove(id);
        return kept.isEmpty() ? null : kept.size() == 1 ? kept.get(0) : kept.toArray(new String[0]);
    }

    private static List<String> holders(Object holders) {
        if (holders == null) {
            return List.of();
        }
        return holders instanceof String one ? List.of(one) : List.of((String[]) holders);
    }

    private static String externalIdOf(JsonObject json) {
        return AttributeNames.get(json, "externalId") instanceof JsonString text ? text.getString() : null;
    }

    /** One resource type's rows: by id and in creation order. */
    private static final class Table {
        final Map<String, StoredResource> byId = new ConcurrentHashMap<>();
        final ConcurrentSkipListMap<Long, StoredResource> bySequence = new ConcurrentSkipListMap<>();

        void put(StoredResource resource) {
            byId.put(resource.id(), resource);
            bySequence.put(resource.sequence(), resource);
        }

        void remove(StoredResource resource) {
            byId.remove(resource.id());
            bySequence.remove(resource.sequence());
        }

        void clear() {
            byId.clear();
            bySequence.clear();
        }
    }
}
