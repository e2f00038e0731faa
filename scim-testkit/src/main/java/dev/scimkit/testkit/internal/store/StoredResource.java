package dev.scimkit.testkit.internal.store;

import dev.scimkit.core.json.JsonLimits;
import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One version of one stored resource. Immutable: every change creates a new instance, so readers
 * never see a half-applied write and nothing cached here goes stale.
 *
 * <p>A version is kept compactly: its canonical JSON (with {@code id}, {@code meta} and, for users,
 * {@code groups}) as UTF-8 bytes with the store's repeated strings coded short ({@link Dictionary}), plus,
 * for groups, the {@link Members} structure (members are not in the bytes, so that one membership change
 * does not rewrite them all). The JSON tree is parsed on demand (a small shared {@link TreeCache} keeps
 * recent ones); the GET and list views are computed once per version and kept as slices of the stored
 * bytes when they only leave members out (see {@link ViewSlices}), so serving one is a single copy.
 */
public final class StoredResource {

    /** Stored documents were checked on the way in; parsing them again needs no bounds. */
    private static final JsonLimits STORED = new JsonLimits(Integer.MAX_VALUE, Long.MAX_VALUE);

    private final String id;
    private final long sequence;
    private final long version;
    private final long createdSecond;
    private final Kind kind;
    private final int bodyLength;
    private final byte[] bytes;
    private final Members members;
    private volatile Object fullView;
    private volatile Object listView;

    /**
     * @param bodyLength where {@code ,"meta":} starts in {@code bytes} (what a new version without a change
     *                   of attributes can reuse)
     */
    StoredResource(Kind kind, String id, long sequence, long version, Instant created, int bodyLength, byte[] bytes,
                   Members members) {
        this.kind = Objects.requireNonNull(kind, "kind is null");
        this.id = Objects.requireNonNull(id, "id is null");
        this.sequence = sequence;
        this.version = version;
        this.createdSecond = created.getEpochSecond();
        this.bodyLength = bodyLength;
        this.bytes = Objects.requireNonNull(bytes, "bytes is null");
        this.members = members;
    }

    /** @return the resource id */
    public String id() {
        return id;
    }

    /** @return the creation order of this resource (stable across updates) */
    public long sequence() {
        return sequence;
    }

    /** @return the version counter behind {@code meta.version} */
    public long version() {
        return version;
    }

    /** @return the weak entity tag of this version, e.g. {@code W/"12"} */
    public String etag() {
        return etag(version);
    }

    /** @return {@code User} or {@code Group}, as in {@code meta.resourceType} */
    public String resourceType() {
        return kind.resourceType();
    }

    /** @return {@code meta.location}, e.g. {@code http://127.0.0.1:8080/scim2/Users/abc} */
    public String location() {
        return kind.location(id);
    }

    /**
     * @return the canonical JSON, with {@code id} and {@code meta} (users: and {@code groups}; groups: and
     *         {@code members}); parsed from the stored bytes unless recently parsed
     */
    public JsonObject json() {
        JsonObject tree = kind.trees().get(this);
        if (tree == null) {
            tree = members == null || members.size() == 0 ? attributes() : withMembers(attributes());
            kind.trees().put(this, tree);
        }
        return tree;
    }

    /**
     * Returns the GET view, rendering it on first use.
     *
     * @param render how to render this version (the same function every time)
     * @return the serialised view; callers must not modify it
     */
    public byte[] fullView(Function<StoredResource, byte[]> render) {
        Object view = fullView;
        if (view == null) {
            view = ViewSlices.describe(bytes, kind.dictionary().compress(render.apply(this)));
            fullView = view;
        }
        return expand(view);
    }

    /**
     * Returns the list-item view, rendering it on first use.
     *
     * @param render how to render this version (the same function every time)
     * @return the serialised view; callers must not modify it
     */
    public byte[] listView(Function<StoredResource, byte[]> render) {
        Object view = listView;
        if (view == null) {
            view = ViewSlices.describe(bytes, kind.dictionary().compress(render.apply(this)));
            listView = view;
        }
        return expand(view);
    }

    /** @return the bytes a {@link ViewSlices#describe} description stands for, decoded */
    private byte[] expand(Object view) {
        if (view instanceof int[] slices) {
            return kind.dictionary().expand(bytes, slices);
        }
        return kind.dictionary().expand((byte[]) view);
    }

    /**
     * @param version a version counter
     * @return its weak entity tag
     */
    static String etag(long version) {
        return "W/\"" + version + "\"";
    }

    Instant created() {
        return Instant.ofEpochSecond(createdSecond);
    }

    Kind kind() {
        return kind;
    }

    /** @return the length of the stored bytes before {@code ,"meta":} */
    int bodyLength() {
        return bodyLength;
    }

    /** @return the stored (coded) bytes: the canonical JSON, without {@code members} for a group */
    byte[] bytes() {
        return bytes;
    }

    /** @return a group's members; {@code null} for a user */
    Members members() {
        return members;
    }

    /** @return the stored bytes parsed: the canonical JSON, without {@code members} for a group */
    JsonObject attributes() {
        return ScimJson.parseObject(kind.dictionary().expand(bytes), STORED);
    }

    /** The group's attributes with {@code members} in joining order, before {@code meta} (as it was stored). */
    private JsonObject withMembers(JsonObject attributes) {
        JsonObjectBuilder out = ScimJson.builders().createObjectBuilder();
        JsonValue meta = null;
        for (Map.Entry<String, JsonValue> entry : attributes.entrySet()) {
            if (entry.getKey().equals("meta")) {
                meta = entry.getValue();
            } else {
                out.add(entry.getKey(), entry.getValue());
            }
        }
        JsonArrayBuilder array = ScimJson.builders().createArrayBuilder();
        for (Members.Member member : members.inOrder()) {
            array.add(member.json());
        }
        out.add("members", array);
        if (meta != null) {
            out.add("meta", meta);
        }
        return out.build();
    }

    @Override
    public String toString() {
        return "StoredResource[" + id + " v" + version + "]";
    }

    /**
     * What a store's users (or groups) share: their resource type, location base, tree cache and dictionary.
     *
     * @param resourceType {@code User} or {@code Group}
     * @param endpoint     {@code Users} or {@code Groups}
     * @param locationBase the store's base URL
     * @param trees        the store's tree cache
     * @param dictionary   the store's coding of repeated strings
     */
    record Kind(String resourceType, String endpoint, String locationBase, TreeCache trees, Dictionary dictionary) {

        String location(String id) {
            return locationBase + "/" + endpoint + "/" + id;
        }
    }
}
