package dev.scimkit.filter.internal.patch;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.AttributeNames;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Comparisons and small helpers over working values (JsonValue, WorkingObject or List). */
final class Values {

    private Values() {
    }

    /**
     * @param value a JSON value or {@code null}
     * @return whether it is unassigned in the sense of RFC 7643 §2.5: absent, null or an empty array
     */
    static boolean unassigned(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL
                || (value instanceof JsonArray array && array.isEmpty());
    }

    /**
     * @param value a working value or {@code null}
     * @return its JSON form, or {@code null}
     */
    static JsonValue json(Object value) {
        return value == null ? null : WorkingObject.toJson(value);
    }

    /**
     * @param element one element of a multi-valued attribute
     * @return it as an object; a simple value {@code v} becomes {@code {"value": v}}
     */
    static JsonObject elementObject(Object element) {
        JsonValue json = json(element);
        if (json instanceof JsonObject object) {
            return object;
        }
        return ScimJson.builders().createObjectBuilder().add("value", json).build();
    }

    /**
     * Whether two values are the same SCIM value: member names compare case-insensitively and
     * strings per the (sub-)attribute's {@code caseExact}.
     *
     * @param def the attribute both are values (or elements) of, or {@code null}
     * @param a   a working value or {@code null}
     * @param b   a working value or {@code null}
     * @return whether they are equal
     */
    static boolean same(Attribute def, Object a, Object b) {
        return sameJson(def, json(a), json(b));
    }

    private static boolean sameJson(Attribute def, JsonValue a, JsonValue b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof JsonString x && b instanceof JsonString y) {
            return def == null ? x.getString().equals(y.getString()) : def.valuesEqual(x.getString(), y.getString());
        }
        if (a instanceof JsonObject x && b instanceof JsonObject y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<String, JsonValue> member : x.entrySet()) {
                JsonValue other = AttributeNames.get(y, member.getKey());
                Attribute sub = def == null ? null : def.subAttribute(member.getKey()).orElse(null);
                if (other == null || !sameJson(sub, member.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof JsonArray x && b instanceof JsonArray y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!sameJson(def, x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /**
     * @param def  the multi-valued attribute, or {@code null}
     * @param list its elements
     * @param item a candidate element
     * @return whether an identical element is present
     */
    static boolean contains(Attribute def, List<Object> list, Object item) {
        for (Object element : list) {
            if (same(def, element, item)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param def  the complex attribute, or {@code null}
     * @param name a sub-attribute name
     * @return the sub-attribute's definition, or {@code null}
     */
    static Attribute sub(Attribute def, String name) {
        if (def == null) {
            return null;
        }
        Optional<Attribute> sub = def.subAttribute(name);
        return sub.orElse(null);
    }

    /**
     * @param def  the complex attribute, or {@code null}
     * @param name a sub-attribute name as written
     * @return the schema's spelling of it, else as written
     */
    static String subName(Attribute def, String name) {
        Attribute sub = sub(def, name);
        return sub == null ? name : sub.name();
    }
}
