package dev.scimkit.filter.internal.patch;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A copy-on-write view of a JSON object while a PATCH is applied: the input's immutable object
 * stays the base, and writes go to an overlay of changed members and a set of removed ones. A
 * changed member is a {@link JsonValue}, a {@code WorkingObject} or a {@link List} of those.
 * Nothing is shared mutably with the input, so a failed request leaves it untouched, and
 * {@link #toJson()} copies the base once and applies the overlay.
 *
 * <p>Member names are matched case-insensitively through {@link AttributeNames}; an existing
 * member keeps its spelling when it is overwritten.
 */
final class WorkingObject {

    private final JsonObject base;
    private final LinkedHashMap<String, Object> overlay = new LinkedHashMap<>(8);
    private Set<String> removed;

    private WorkingObject(JsonObject base) {
        this.base = base;
    }

    /** @return an empty object */
    static WorkingObject empty() {
        return new WorkingObject(JsonValue.EMPTY_JSON_OBJECT);
    }

    /**
     * @param object an immutable JSON object
     * @return a working view over it
     */
    static WorkingObject of(JsonObject object) {
        return new WorkingObject(object);
    }

    /**
     * @param name a member name in any case
     * @return the member's name as stored, or {@code null} when absent
     */
    String findKey(String name) {
        if (overlay.containsKey(name) || (base.containsKey(name) && (removed == null || !removed.contains(name)))) {
            return name;
        }
        String key = overlay.isEmpty() ? null : find(overlay.keySet(), name);
        if (key != null) {
            return key;
        }
        key = base.containsKey(name) ? name : find(base.keySet(), name);
        return key == null || (removed != null && removed.contains(key)) ? null : key;
    }

    private static String find(Set<String> keys, String name) {
        for (String key : keys) {
            if (AttributeNames.same(key, name)) {
                return key;
            }
        }
        return null;
    }

    /**
     * @param name a member name in any case
     * @return the member (a JsonValue, WorkingObject or List), or {@code null} when absent
     */
    Object get(String name) {
        String key = findKey(name);
        if (key == null) {
            return null;
        }
        Object changed = overlay.get(key);
        return changed != null ? changed : base.get(key);
    }

    /**
     * The member as a working object, converting an immutable object in place.
     *
     * @param name a member name in any case
     * @return the object, or {@code null} if absent or not an object
     */
    WorkingObject object(String name) {
        String key = findKey(name);
        if (key == null) {
            return null;
        }
        Object value = overlay.containsKey(key) ? overlay.get(key) : base.get(key);
        if (value instanceof WorkingObject working) {
            return working;
        }
        if (value instanceof JsonObject json) {
            WorkingObject working = of(json);
            overlay.put(key, working);
            return working;
        }
        return null;
    }

    /**
     * The member as a working list, converting an immutable array in place.
     *
     * @param name a member name in any case
     * @return the list, or {@code null} if absent or not an array
     */
    List<Object> list(String name) {
        String key = findKey(name);
        if (key == null) {
            return null;
        }
        Object value = overlay.containsKey(key) ? overlay.get(key) : base.get(key);
        if (value instanceof JsonArray json) {      // before List: a JsonArray is an immutable List
            List<Object> list = new ArrayList<>(json);
            overlay.put(key, list);
            return list;
        }
        if (value instanceof List<?>) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) value;
            return list;
        }
        return null;
    }

    /**
     * Sets a member, keeping the spelling of an existing member with the same name.
     *
     * @param name  a member name in any case
     * @param value a JsonValue, WorkingObject or List
     */
    void put(String name, Object value) {
        String key = findKey(name);
        overlay.put(key == null ? name : key, value);
    }

    /**
     * @param name a member name in any case
     * @return whether a member was removed
     */
    boolean remove(String name) {
        String key = findKey(name);
        if (key == null) {
            return false;
        }
        overlay.remove(key);
        if (base.containsKey(key)) {
            if (removed == null) {
                removed = new HashSet<>(4);
            }
            removed.add(key);
        }
        return true;
    }

    /** @return whether the object has no members */
    boolean isEmpty() {
        return overlay.isEmpty() && (removed == null ? base.isEmpty() : removed.containsAll(base.keySet()));
    }

    /** @return the immutable JSON object this working view now describes */
    JsonObject toJson() {
        if (overlay.isEmpty() && removed == null) {
            return base;
        }
        JsonObjectBuilder builder = base.isEmpty() ? ScimJson.builders().createObjectBuilder()
                : ScimJson.builders().createObjectBuilder(base);
        if (removed != null) {
            for (String key : removed) {
                builder.remove(key);
            }
        }
        for (Map.Entry<String, Object> member : overlay.entrySet()) {
            builder.add(member.getKey(), toJson(member.getValue()));
        }
        return builder.build();
    }

    /**
     * @param value a JsonValue, WorkingObject or List of those
     * @return the immutable JSON value it describes
     */
    static JsonValue toJson(Object value) {
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof WorkingObject object) {
            return object.toJson();
        }
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) value;
        JsonArrayBuilder builder = ScimJson.builders().createArrayBuilder();
        for (Object item : list) {
            builder.add(toJson(item));
        }
        return builder.build();
    }
}
