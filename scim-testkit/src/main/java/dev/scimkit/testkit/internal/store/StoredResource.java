package dev.scimkit.testkit.internal.store;

import jakarta.json.JsonObject;
import java.util.Objects;
import java.util.function.Function;

/**
 * One version of one stored resource: its canonical JSON (with {@code id} and {@code meta}) plus
 * lazily cached serialised views. A new instance is created for every change, so readers never see a
 * half-applied write and the caches never go stale.
 */
public final class StoredResource {

    private final String id;
    private final long sequence;
    private final long version;
    private final JsonObject json;
    private volatile byte[] fullView;
    private volatile byte[] listView;

    StoredResource(String id, long sequence, long version, JsonObject json) {
        this.id = Objects.requireNonNull(id, "id is null");
        this.sequence = sequence;
        this.version = version;
        this.json = Objects.requireNonNull(json, "json is null");
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

    /** @return the canonical JSON, with {@code id} and {@code meta} */
    public JsonObject json() {
        return json;
    }

    /**
     * Returns the cached full (GET) view, computing it once.
     *
     * @param render how to render this version
     * @return the serialised view
     */
    public byte[] fullView(Function<StoredResource, byte[]> render) {
        byte[] view = fullView;
        if (view == null) {
            view = render.apply(this);
            fullView = view;
        }
        return view;
    }

    /**
     * Returns the cached list-item view, computing it once.
     *
     * @param render how to render this version
     * @return the serialised view
     */
    public byte[] listView(Function<StoredResource, byte[]> render) {
        byte[] view = listView;
        if (view == null) {
            view = render.apply(this);
            listView = view;
        }
        return view;
    }

    /**
     * @param version a version counter
     * @return its weak entity tag
     */
    static String etag(long version) {
        return "W/\"" + version + "\"";
    }

    @Override
    public String toString() {
        return "StoredResource[" + id + " v" + version + "]";
    }
}
