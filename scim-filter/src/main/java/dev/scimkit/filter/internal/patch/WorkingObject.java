package dev.scimkit.filter.internal.patch;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A copy-on-write view of a JSON object while a PATCH is applied: members start as the input's
 * immutable {@link JsonValue}s and become {@code WorkingObject}s or {@link List}s only where an
 * operation writes. Nothing is shared with the input, so a failed request leaves it untouched and
 * {@link #toJson()} rebuilds only the touched branches.
 *
 * <p>Member names are matched case-insensitively through {@link AttributeNames}; an existing
 * member keeps its spelling when it is overwritten.
 */
final class WorkingObject {

    private final LinkedHashMap<String, Object> members;

    private WorkingObject(LinkedHashMap<String, Object> members) {
        this.members = members;
    }

    /** @return an empty object */
    static WorkingObject empty() {
        return new WorkingObject(new LinkedHashMap<>());
    }

    /**
     * @param object an immutable JSON object
     * @return a working copy whose members are the object's (shared, immutable) values
     */
    static WorkingObject of(JsonObject object) {
        return new WorkingObject(new LinkedHashMap<>(object));
    }

    /**
     * @param name a member name in any case
     * @return the member's name as stored, or {@code null} when absent
     */
    String findKey(String name) {
        if (members.containsKey(name)) {
            return name;
        }
        for (String key : members.keySet()) {
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
        return key == null ? null : members.get(key);
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
        Object value = members.get(key);
        if (value instanceof WorkingObject working) {
            return working;
        }
        if (value instanceof JsonObject json) {
            WorkingObject working = of(json);
            members.put(key, working);
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
        Object value = members.get(key);
        if (value instanceof JsonArray json) {      // before List: a JsonArray is an immutable List
            List<Object> list = new ArrayList<>(json);
            members.put(key, list);
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
        members.put(key == null ? name : key, value);
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
        members.remove(key);
        return true;
    }

    /** @return whether the object has no members */
    boolean isEmpty() {
        return members.isEmpty();
    }

    /** @return the member entries, in order (values are JsonValue, WorkingObject or List) */
    Iterable<Map.Entry<String, Object>> entries() {
        return members.entrySet();
    }

    /** @return an iterator over member names that allows removal */
    Iterator<String> keys() {
        return members.keySet().iterator();
    }

    /** @return the immutable JSON object this working copy now describes */
    JsonObject toJson() {
        JsonObjectBuilder builder = ScimJson.builders().createObjectBuilder();
        for (Map.Entry<String, Object> member : members.entrySet()) {
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
