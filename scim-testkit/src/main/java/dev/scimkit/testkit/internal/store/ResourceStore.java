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
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

/**
 * The fake's in-memory users and groups.
 *
 * <p>Thread-safe. Reads are lock-free and see whole versions ({@link StoredResource} is immutable);
 * writes run one at a time under a single lock, so every write is linearizable and every check it
 * makes (uniqueness, the Basic-user cap, an {@code If-Match} precondition, member existence) holds
 * when it commits. A write that fails changes nothing.
 *
 * <p>{@code userName} is indexed case-insensitively (lookup O(1)), {@code externalId} exactly, group
 * {@code displayName} case-insensitively. The store keeps each user's read-only {@code groups}
 * attribute in step with group membership.
 */
public final class ResourceStore {

    private final ReentrantLock lock = new ReentrantLock();
    private final Clock clock;
    private final long idSeed;
    private final String locationBase;
    private final int basicUserCap;
    private final String defaultGroupName;

    private final Table users = new Table();
    private final Table groups = new Table();
    private final Map<String, String> userNameIndex = new ConcurrentHashMap<>();
    private final Map<String, List<String>> externalIdIndex = new ConcurrentHashMap<>();
    private final Map<String, String> groupNameIndex = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> groupsOfUser = new HashMap<>();   // guarded by lock

    private IdGenerator ids;            // guarded by lock
    private long sequence;              // guarded by lock
    private long version;               // guarded by lock
    private int basicUsers;             // guarded by lock
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
            users.clear();
            groups.clear();
            userNameIndex.clear();
            externalIdIndex.clear();
            groupNameIndex.clear();
            groupsOfUser.clear();
            ids = new IdGenerator(idSeed);
            sequence = 0;
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
        lock.lock();
        try {
            String userName = requireUserName(attributes);
            if (findUserId(userName) != null) {
                throw userNameTaken(userName);
            }
            boolean basic = isBasic(attributes);
            if (basic) {
                checkBasicCap();
            }
            String id = newId(requestedId, users);
            Instant now = now();
            StoredResource user = new StoredResource(id, ++sequence, ++version,
                    compose(id, "User", "Users", attributes, now, now, version, List.of(), true));
            users.put(user);
            userNameIndex.put(CaseFold.fold(userName), id);
            indexExternalId(null, user.json(), id);
            if (basic) {
                basicUsers++;
            }
            return user;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Changes a user atomically.
     *
     * @param id           the user id
     * @param precondition checked against the current version before the change
     * @param change       computes the new attributes from the current canonical JSON; may throw
     *                     {@link ScimException}; {@code id}, {@code meta} and {@code groups} of its result are ignored
     * @return the new version
     * @throws ScimException 404 if there is no such user, 412 if the precondition fails, 409 if the new userName
     *                       is taken, 400 if the Basic-user cap is reached, or whatever {@code change} throws
     */
    public StoredResource updateUser(String id, Precondition precondition, UnaryOperator<JsonObject> change) {
        lock.lock();
        try {
            StoredResource current = users.byId.get(id);
            precondition.check(current);
            if (current == null) {
                throw userNotFound(id);
            }
            JsonObject attributes = change.apply(current.json());
            String userName = requireUserName(attributes);
            String holder = findUserId(userName);
            if (holder != null && !holder.equals(id)) {
                throw userNameTaken(userName);
            }
            boolean wasBasic = isBasic(current.json());
            boolean basic = isBasic(attributes);
            if (basic && !wasBasic) {
                checkBasicCap();
            }
            StoredResource updated = new StoredResource(id, current.sequence(), ++version,
                    compose(id, "User", "Users", attributes, created(current), now(), version,
                            groupRefs(id), true));
            users.put(updated);
            userNameIndex.remove(CaseFold.fold(userNameOf(current.json())));
            userNameIndex.put(CaseFold.fold(userName), id);
            indexExternalId(current.json(), updated.json(), id);
            basicUsers += (basic ? 1 : 0) - (wasBasic ? 1 : 0);
            return updated;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Deletes a user and removes it from every group.
     *
     * @param id           the user id
     * @param precondition checked against the current version
     * @throws ScimException 404 if there is no such user, 412 if the precondition fails
     */
    public void deleteUser(String id, Precondition precondition) {
        lock.lock();
        try {
            StoredResource current = users.byId.get(id);
            precondition.check(current);
            if (current == null) {
                throw userNotFound(id);
            }
            users.remove(current);
            userNameIndex.remove(CaseFold.fold(userNameOf(current.json())));
            indexExternalId(current.json(), null, id);
            if (isBasic(current.json())) {
                basicUsers--;
            }
            Set<String> memberOf = groupsOfUser.remove(id);
            if (memberOf != null) {
                for (String groupId : memberOf) {
                    StoredResource group = groups.byId.get(groupId);
                    JsonObject withoutMember = withMembers(group.json(), membersWithout(group.json(), id));
                    groups.put(new StoredResource(groupId, group.sequence(), ++version,
                            compose(groupId, "Group", "Groups", withoutMember, created(group), now(), version,
                                    null, false)));
                }
            }
        } finally {
            lock.unlock();
        }
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
        List<String> holders = externalIdIndex.getOrDefault(externalId, List.of());
        List<StoredResource> found = new ArrayList<>(holders.size());
        for (String id : holders) {
            StoredResource user = users.byId.get(id);
            if (user != null) {
                found.add(user);
            }
        }
        found.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
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
        lock.lock();
        try {
            return basicUsers;
        } finally {
            lock.unlock();
        }
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
        lock.lock();
        try {
            String displayName = requireDisplayName(attributes);
            if (findGroupId(displayName) != null) {
                throw groupNameTaken(displayName);
            }
            List<JsonObject> members = checkedMembers(attributes);
            String id = newId(requestedId, groups);
            Instant now = now();
            StoredResource group = new StoredResource(id, ++sequence, ++version,
                    compose(id, "Group", "Groups", withMembers(attributes, members), now, now, version, null, false));
            groups.put(group);
            groupNameIndex.put(CaseFold.fold(displayName), id);
            refreshMembership(id, Set.of(), memberIds(members));
            return group;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Changes a group atomically.
     *
     * @param id           the group id
     * @param precondition checked against the current version
     * @param change       computes the new attributes from the current canonical JSON; may throw
     * @return the new version
     * @throws ScimException 404 if there is no such group, 412 if the precondition fails, 400 if displayName
     *                       is missing or a member is not a stored user, 409 if the displayName is taken
     */
    public StoredResource updateGroup(String id, Precondition precondition, UnaryOperator<JsonObject> change) {
        lock.lock();
        try {
            StoredResource current = groups.byId.get(id);
            precondition.check(current);
            if (current == null) {
                throw groupNotFound();
            }
            JsonObject attributes = change.apply(current.json());
            String displayName = requireDisplayName(attributes);
            String holder = findGroupId(displayName);
            if (holder != null && !holder.equals(id)) {
                throw groupNameTaken(displayName);
            }
            List<JsonObject> members = checkedMembers(attributes);
            StoredResource updated = new StoredResource(id, current.sequence(), ++version,
                    compose(id, "Group", "Groups", withMembers(attributes, members), created(current), now(), version,
                            null, false));
            groups.put(updated);
            groupNameIndex.remove(CaseFold.fold(displayNameOf(current.json())));
            groupNameIndex.put(CaseFold.fold(displayName), id);
            Set<String> before = memberIds(membersOf(current.json()));
            Set<String> after = memberIds(members);
            boolean renamed = !displayName.equals(displayNameOf(current.json()));
            refreshMembership(id, renamed ? union(before, after) : before, after);
            return updated;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Deletes a group.
     *
     * @param id           the group id
     * @param precondition checked against the current version
     * @throws ScimException 404 if there is no such group, 412 if the precondition fails, 400 for the default group
     */
    public void deleteGroup(String id, Precondition precondition) {
        lock.lock();
        try {
            StoredResource current = groups.byId.get(id);
            precondition.check(current);
            if (current == null) {
                throw groupNotFound();
            }
            if (id.equals(defaultGroupId)) {
                throw ZoomError.DEFAULT_GROUP_UNDELETABLE.exception();
            }
            groups.remove(current);
            groupNameIndex.remove(CaseFold.fold(displayNameOf(current.json())));
            Set<String> before = memberIds(membersOf(current.json()));
            refreshMembership(id, before, Set.of());
        } finally {
            lock.unlock();
        }
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
        if (group == null || !SchemaAttributes.GROUP_DISPLAY_NAME.valuesEqual(displayNameOf(group.json()), displayName)) {
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

    // ---------------------------------------------------------------- internals

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private String newId(String requestedId, Table table) {
        if (requestedId != null) {
            if (requestedId.isEmpty() || requestedId.indexOf('/') >= 0) {
                throw ScimException.invalidValue("id '" + requestedId + "' must be non-empty and contain no '/'");
            }
            if (users.byId.containsKey(requestedId) || groups.byId.containsKey(requestedId)) {
                throw new ScimException(409, ScimException.UNIQUENESS, "id '" + requestedId + "' is already in use");
            }
            return requestedId;
        }
        String id;
        do {
            id = ids.next();
        } while (users.byId.containsKey(id) || groups.byId.containsKey(id));
        return id;
    }

    private String findUserId(String userName) {
        return userByUserName(userName).map(StoredResource::id).orElse(null);
    }

    private String findGroupId(String displayName) {
        return groupByDisplayName(displayName).map(StoredResource::id).orElse(null);
    }

    private void checkBasicCap() {
        if (basicUserCap > 0 && basicUsers >= basicUserCap) {
            throw ZoomError.BASIC_USER_CAP.exception(Integer.toString(basicUserCap));
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

    private static Instant created(StoredResource resource) {
        JsonObject meta = resource.json().getJsonObject("meta");
        return Instant.parse(meta.getString("created"));
    }

    private JsonObject compose(String id, String resourceType, String endpoint, JsonObject attributes,
                               Instant created, Instant lastModified, long version, List<JsonObject> userGroups,
                               boolean isUser) {
        JsonObjectBuilder out = ScimJson.builders().createObjectBuilder();
        JsonValue schemas = AttributeNames.get(attributes, "schemas");
        if (schemas instanceof JsonArray array) {
            out.add("schemas", array);
        } else {
            out.add("schemas", ScimJson.builders().createArrayBuilder()
                    .add(isUser ? SchemaRegistry.USER : SchemaRegistry.GROUP));
        }
        out.add("id", id);
        for (Map.Entry<String, JsonValue> entry : attributes.entrySet()) {
            String name = entry.getKey();
            if (AttributeNames.same(name, "schemas") || AttributeNames.same(name, "id")
                    || AttributeNames.same(name, "meta") || (isUser && AttributeNames.same(name, "groups"))) {
                continue;
            }
            out.add(name, entry.getValue());
        }
        if (isUser && userGroups != null && !userGroups.isEmpty()) {
            JsonArrayBuilder array = ScimJson.builders().createArrayBuilder();
            userGroups.forEach(array::add);
            out.add("groups", array);
        }
        out.add("meta", ScimJson.builders().createObjectBuilder()
                .add("resourceType", resourceType)
                .add("created", created.toString())
                .add("lastModified", lastModified.toString())
                .add("location", locationBase + "/" + endpoint + "/" + id)
                .add("version", StoredResource.etag(version)));
        return out.build();
    }

    private List<JsonObject> groupRefs(String userId) {
        Set<String> memberOf = groupsOfUser.get(userId);
        if (memberOf == null || memberOf.isEmpty()) {
            return List.of();
        }
        List<StoredResource> sorted = new ArrayList<>();
        for (String groupId : memberOf) {
            sorted.add(groups.byId.get(groupId));
        }
        sorted.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
        List<JsonObject> refs = new ArrayList<>(sorted.size());
        for (StoredResource group : sorted) {
            refs.add(ScimJson.builders().createObjectBuilder()
                    .add("value", group.id())
                    .add("$ref", locationBase + "/Groups/" + group.id())
                    .add("display", displayNameOf(group.json()))
                    .add("type", "direct")
                    .build());
        }
        return refs;
    }

    /** Updates the reverse index and re-renders the {@code groups} attribute of every affected user. */
    private void refreshMembership(String groupId, Set<String> before, Set<String> after) {
        for (String userId : before) {
            if (!after.contains(userId)) {
                Set<String> memberOf = groupsOfUser.get(userId);
                if (memberOf != null) {
                    memberOf.remove(groupId);
                }
            }
        }
        for (String userId : after) {
            groupsOfUser.computeIfAbsent(userId, key -> new LinkedHashSet<>()).add(groupId);
        }
        for (String userId : union(before, after)) {
            StoredResource user = users.byId.get(userId);
            if (user != null) {
                JsonObject json = user.json();
                users.put(new StoredResource(userId, user.sequence(), user.version(),
                        compose(userId, "User", "Users", json, created(user),
                                Instant.parse(json.getJsonObject("meta").getString("lastModified")),
                                user.version(), groupRefs(userId), true)));
            }
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static List<JsonObject> membersOf(JsonObject group) {
        JsonValue members = AttributeNames.get(group, "members");
        List<JsonObject> list = new ArrayList<>();
        if (members instanceof JsonArray array) {
            for (JsonValue member : array) {
                if (member instanceof JsonObject object) {
                    list.add(object);
                }
            }
        }
        return list;
    }

    private static Set<String> memberIds(List<JsonObject> members) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonObject member : members) {
            ids.add(((JsonString) AttributeNames.get(member, "value")).getString());
        }
        return ids;
    }

    /** Validates members: objects with a string {@code value} naming a stored user; duplicates collapse. */
    private List<JsonObject> checkedMembers(JsonObject group) {
        JsonValue members = AttributeNames.get(group, "members");
        if (members == null || members == JsonValue.NULL) {
            return List.of();
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
        return new ArrayList<>(unique.values());
    }

    private static JsonObject withMembers(JsonObject group, List<JsonObject> members) {
        JsonObjectBuilder out = ScimJson.builders().createObjectBuilder(group);
        String key = AttributeNames.findKey(group, "members");
        if (key != null) {
            out.remove(key);
        }
        if (!members.isEmpty()) {
            JsonArrayBuilder array = ScimJson.builders().createArrayBuilder();
            members.forEach(array::add);
            out.add("members", array);
        }
        return out.build();
    }

    private static List<JsonObject> membersWithout(JsonObject group, String userId) {
        List<JsonObject> kept = new ArrayList<>();
        for (JsonObject member : membersOf(group)) {
            if (!((JsonString) AttributeNames.get(member, "value")).getString().equals(userId)) {
                kept.add(member);
            }
        }
        return kept;
    }

    private void indexExternalId(JsonObject before, JsonObject after, String id) {
        String old = before == null ? null : externalIdOf(before);
        String now = after == null ? null : externalIdOf(after);
        if (Objects.equals(old, now)) {
            return;
        }
        if (old != null) {
            List<String> holders = new ArrayList<>(externalIdIndex.getOrDefault(old, List.of()));
            holders.remove(id);
            if (holders.isEmpty()) {
                externalIdIndex.remove(old);
            } else {
                externalIdIndex.put(old, List.copyOf(holders));
            }
        }
        if (now != null) {
            List<String> holders = new ArrayList<>(externalIdIndex.getOrDefault(now, List.of()));
            holders.add(id);
            externalIdIndex.put(now, List.copyOf(holders));
        }
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
