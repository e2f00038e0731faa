package dev.scimkit.filter.internal.eval;

import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.AttributeNames;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A compiled attribute path: where its values live in a JSON object, and its definition. Names
 * are the schema's spelling (tried first, exactly) and are otherwise matched ignoring case through
 * {@link AttributeNames}. Walking the values allocates nothing.
 */
public final class AttributeAccess {

    private final String extensionUrn;
    private final String name;
    private final String subName;
    private final Attribute attribute;
    private final Attribute parent;

    /**
     * @param extensionUrn the extension object the attribute lives in, or {@code null} for top level
     * @param name         the (top-level) attribute name
     * @param subName      the sub-attribute name, or {@code null}
     * @param attribute    the definition of the attribute the path names (the sub-attribute, if any)
     * @param parent       the definition of the parent for a sub-attribute path, else {@code null}
     */
    AttributeAccess(String extensionUrn, String name, String subName, Attribute attribute, Attribute parent) {
        this.extensionUrn = extensionUrn;
        this.name = name;
        this.subName = subName;
        this.attribute = attribute;
        this.parent = parent;
    }

    /** @return the definition of the attribute (the sub-attribute for a sub-attribute path) */
    public Attribute attribute() {
        return attribute;
    }

    /** @return the same access one level down: the sub-attribute {@code sub} of this complex attribute */
    AttributeAccess sub(Attribute sub) {
        return new AttributeAccess(extensionUrn, name, sub.name(), sub, attribute);
    }

    /**
     * @param object the resource or element
     * @return the raw value of the top-level attribute (an array for multi-valued ones), or {@code null}
     */
    JsonValue top(JsonObject object) {
        JsonObject base = object;
        if (extensionUrn != null) {
            JsonValue extension = AttributeNames.get(object, extensionUrn);
            if (!(extension instanceof JsonObject extensionObject)) {
                return null;
            }
            base = extensionObject;
        }
        return AttributeNames.get(base, name);
    }

    /**
     * @param object the resource or element
     * @param test   the test for one value
     * @return whether any value of the attribute satisfies the test
     */
    boolean anyMatch(JsonObject object, ValueTest test) {
        JsonValue top = top(object);
        if (top == null) {
            return false;
        }
        if (subName == null) {
            return anyScalar(top, test);
        }
        if (top instanceof JsonObject complex) {
            JsonValue value = AttributeNames.get(complex, subName);
            return value != null && anyScalar(value, test);
        }
        if (top instanceof JsonArray array) {
            for (int i = 0, n = array.size(); i < n; i++) {
                if (array.get(i) instanceof JsonObject element) {
                    JsonValue value = AttributeNames.get(element, subName);
                    if (value != null && anyScalar(value, test)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The value a resource sorts by (RFC 7644 §3.4.2.3): for a multi-valued attribute the primary
     * element's, else the first element's; for a complex element without sub-attribute its
     * {@code value}.
     *
     * @param object the resource
     * @return the value, or {@code null} when it has none
     */
    JsonValue sortValue(JsonObject object) {
        JsonValue top = top(object);
        if (top instanceof JsonArray array) {
            top = primaryOrFirst(array);
        }
        if (top == null) {
            return null;
        }
        JsonValue value = top;
        if (subName != null) {
            value = top instanceof JsonObject complex ? AttributeNames.get(complex, subName) : null;
        } else if (top instanceof JsonObject complex) {
            value = AttributeNames.get(complex, "value");
        }
        if (value instanceof JsonArray array) {
            value = primaryOrFirst(array);
        }
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL
                || (value instanceof JsonString text && text.getString().isEmpty())) {
            return null;
        }
        return value;
    }

    private static JsonValue primaryOrFirst(JsonArray array) {
        if (array.isEmpty()) {
            return null;
        }
        for (int i = 0, n = array.size(); i < n; i++) {
            if (array.get(i) instanceof JsonObject element
                    && AttributeNames.get(element, "primary") == JsonValue.TRUE) {
                return element;
            }
        }
        return array.get(0);
    }

    /**
     * Visits every element of a multi-valued complex attribute (or the single object).
     *
     * @param object  the resource
     * @param element the element matcher
     * @return whether any element matches
     */
    boolean anyElement(JsonObject object, Matcher element) {
        JsonValue top = top(object);
        if (top instanceof JsonObject single) {
            return element.matches(single);
        }
        if (top instanceof JsonArray array) {
            for (int i = 0, n = array.size(); i < n; i++) {
                if (array.get(i) instanceof JsonObject item && element.matches(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean anyScalar(JsonValue value, ValueTest test) {
        if (value instanceof JsonArray array) {
            for (int i = 0, n = array.size(); i < n; i++) {
                if (test.test(array.get(i))) {
                    return true;
                }
            }
            return false;
        }
        return test.test(value);
    }

    @Override
    public String toString() {
        return (extensionUrn == null ? "" : extensionUrn + ":") + name + (subName == null ? "" : "." + subName);
    }

    /** @return the parent definition for a sub-attribute path, else {@code null} */
    Attribute parent() {
        return parent;
    }
}
