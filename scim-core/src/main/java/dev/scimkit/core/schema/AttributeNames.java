package dev.scimkit.core.schema;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Map;

/**
 * The one place that decides whether two SCIM attribute names or schema URNs are the same.
 *
 * <p>RFC 7643 §2.1: attribute names and schema URIs are case-insensitive. Every module (evaluator,
 * PATCH engine, projection, the fake) compares names through this class.
 */
public final class AttributeNames {

    private AttributeNames() {
    }

    /**
     * @param a a name or URN
     * @param b another name or URN
     * @return whether they name the same attribute or schema
     */
    public static boolean same(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }

    /**
     * @param name a name or URN
     * @return a normalised key for maps and indexes (lower case, root locale)
     */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * Finds a member of a JSON object by name, ignoring case; an exact match wins.
     *
     * @param object the object
     * @param name   the member name
     * @return the member's name as it appears in the object, or {@code null} when absent
     */
    public static String findKey(JsonObject object, String name) {
        if (object.containsKey(name)) {
            return name;
        }
        for (String key : object.keySet()) {
            if (key.equalsIgnoreCase(name)) {
                return key;
            }
        }
        return null;
    }

    /**
     * Reads a member of a JSON object by name, ignoring case.
     *
     * @param object the object
     * @param name   the member name
     * @return the value, or {@code null} when absent
     */
    public static JsonValue get(JsonObject object, String name) {
        JsonValue exact = object.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
